// The dateline that opens a wire story: "SEOUL, March 20 (UPI) --", "NEW YORK (AP) —",
// "BEIRUT, Lebanon (Reuters) -", "Seoul, March 20 (Xinhua) --". The place is upper case, or any
// case when an agency in parentheses vouches for it; a dash or colon must follow, so an ordinary
// sentence is never read as a dateline.
import { addDays } from '../input/dates.js';
import type { Dateline } from '../types.js';
import { MONTH_PATTERN, monthNumber } from './months.js';

const UPPER_PLACE = String.raw`[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]*){0,4}`;
const ANY_PLACE = String.raw`[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}`;
const DATE = String.raw`(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:,\s*\d{4})?`;
const REGION = String.raw`[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}`;
const TAIL = String.raw`(?:,\s*(?<date1>${DATE})|,\s*(?<region>${REGION}))?(?:,\s*(?<date2>${DATE}))?`;
const AGENCY = String.raw`\((?<agency>[A-Za-z][A-Za-z0-9 .&'/\-]{0,40})\)`;
const DASH = String.raw`\s*(?:--|[-–—]|:)\s+`;
// without an agency to vouch for it, only the long dashes of a dateline count, not a hyphen
const LONG_DASH = String.raw`\s*(?:--|[–—])\s+`;

const WITH_AGENCY = new RegExp(String.raw`^(?<place>${ANY_PLACE})${TAIL}\s*${AGENCY}${DASH}`);
const UPPER_ONLY = new RegExp(String.raw`^(?<place>${UPPER_PLACE})${TAIL}${LONG_DASH}`);

export interface DatelineMatch {
  readonly dateline: Dateline;
  /** Length of the dateline at the start of the paragraph, separator included. */
  readonly length: number;
}

export function matchDateline(paragraph: string, referenceDate: string | null): DatelineMatch | null {
  const m = WITH_AGENCY.exec(paragraph) ?? UPPER_ONLY.exec(paragraph);
  const g = m?.groups;
  if (!m || !g?.place) return null;
  const place = g.place.trim();
  if (place.replace(/[^A-Za-z]/g, '').length < 2) return null;
  const written = g.date1 ?? g.date2 ?? null;
  return {
    dateline: {
      place: g.region ? `${place}, ${g.region.trim()}` : place,
      date: written ? resolveMonthDay(written, referenceDate) : null,
      agency: g.agency?.trim() ?? null,
      raw: m[0].trim(),
    },
    length: m[0].length,
  };
}

/**
 * "March 20" to YYYY-MM-DD: a written year wins; otherwise the year that puts the day on or before
 * the reference date (a dateline never lies in the future of its article; two days of slack for
 * time zones).
 */
export function resolveMonthDay(written: string, referenceDate: string | null): string | null {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(written.trim());
  const month = m?.[1] ? monthNumber(m[1]) : null;
  if (!m || !month) return null;
  const day = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const inYear = (y: number) => `${y}-${pad(month)}-${pad(day)}`;
  if (m[3]) return inYear(Number(m[3]));
  if (!referenceDate) return null;
  const year = Number(referenceDate.slice(0, 4));
  return inYear(year) <= addDays(referenceDate, 2) ? inYear(year) : inYear(year - 1);
}
