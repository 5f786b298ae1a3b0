// Calendar dates as the contract writes them: YYYY-MM-DD (YYYYMMDD accepted on input).

/**
 * The years a reference date may fall in. News is dated within them; a year like 0001 or 9999 is a
 * placeholder or a typo, and days counted back or forward from it would leave the four-digit format.
 */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2200;

/** YYYY-MM-DD for a valid YYYY-MM-DD or YYYYMMDD string within FIRST_YEAR..LAST_YEAR, else null. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isoDate(new Date(`${iso}T00:00:00Z`)) === iso ? iso : null;
}

/** Why normaliseDate refused a value, for the issue or usage error that says so. */
export function dateProblem(value: string): string {
  const m = /^(\d{4})-?\d{2}-?\d{2}$/.exec(value.trim());
  if (m && (Number(m[1]) < FIRST_YEAR || Number(m[1]) > LAST_YEAR)) return `is outside the years ${FIRST_YEAR}-${LAST_YEAR}`;
  return m ? 'is not a day of the calendar' : 'is not YYYY-MM-DD or YYYYMMDD';
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
