// Calendar dates as the contract writes them: YYYY-MM-DD. On input (a record's "date", --date) the
// forms people and feeds write are read too: YYYYMMDD, ISO timestamps ("2024-01-05T10:00:00Z", the day
// as written, not moved to UTC), written dates ("Jan 5, 2024", "Friday, 5 January 2024") and RFC 822
// feed dates ("Fri, 05 Jan 2024 10:00:00 GMT").
import { monthNumber } from '../article/months.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The years a reference date may fall in. News is dated within them; a year like 0001 or 9999 is a
 * placeholder or a typo, and days counted back or forward from it would leave the four-digit format.
 */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2200;

/** YYYY-MM-DD when the year, month and day make a real day within FIRST_YEAR..LAST_YEAR, else null. */
export function calendarDay(year: number, month: number, day: number): string | null {
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const NUMERIC = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TIME_TAIL = /,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{1,5}|[+-]\d{4})?$/i;
const MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/i;

/** YYYY-MM-DD for a date in one of the accepted forms (the whole string), else null. */
export function normaliseDate(value: string): string | null {
  const s = value.trim();
  const numeric = NUMERIC.exec(s);
  if (numeric) return calendarDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = s.replace(WEEKDAY, '').replace(TIME_TAIL, '');
  const monthFirst = MONTH_FIRST.exec(written);
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(written);
  const [month, day, year] = monthFirst ? [monthNumber(monthFirst[1]!), monthFirst[2], monthFirst[3]] : dayFirst ? [monthNumber(dayFirst[2]!), dayFirst[1], dayFirst[3]] : [null, null, null];
  return month ? calendarDay(Number(year), month, Number(day)) : null;
}

/** The forms normaliseDate reads, for messages. */
export const DATE_FORMS = 'YYYY-MM-DD, YYYYMMDD, an ISO timestamp or a written date such as "Jan 5, 2024"';

const NAME_DATE = /(?:^|[^\d])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/;

/** The date a file name carries ("2015-03-02-ap.txt", "nyt_20150302_0041.txt"), else null. */
export function dateFromName(name: string): string | null {
  const m = NAME_DATE.exec(name);
  return m ? calendarDay(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/** Why normaliseDate refused a value, for the issue or usage error that says so. */
export function dateProblem(value: string): string {
  const m = /^(\d{4})-?\d{2}-?\d{2}(?![\d])/.exec(value.trim());
  if (m && (Number(m[1]) < FIRST_YEAR || Number(m[1]) > LAST_YEAR)) return `is outside the years ${FIRST_YEAR}-${LAST_YEAR}`;
  return m ? 'is not a day of the calendar' : `is not a date (${DATE_FORMS})`;
}

export function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** A UTC Date at noon of an ISO day (noon keeps it on the same day in any time zone). */
export function dayToDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const d = dayToDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}
