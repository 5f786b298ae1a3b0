// Publication dates as YYYY-MM-DD, from machine dates ("2019-11-19T08:02:00Z"), written dates
// ("Nov. 19, 2019", "19 November 2019") and URLs ("/2019/11/19/").
import { monthNumber } from '../article/months.js';
import { calendarDay as valid } from '../input/dates.js';

const ISO = /(?:^|\D)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:\D|$)/;
const MONTH_FIRST = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/i;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b/i;
const URL_DATE = /[/_-]((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;

/** The first date in a machine or written date string, or null. */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text.trim().slice(0, 200);
  let m = ISO.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(s);
  if (m) return valid(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return valid(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
  return null;
}

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url);
  return m ? valid(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
