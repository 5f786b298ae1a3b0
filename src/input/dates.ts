// Calendar dates as the contract writes them: YYYY-MM-DD (YYYYMMDD accepted on input).

/** YYYY-MM-DD for a valid YYYY-MM-DD or YYYYMMDD string, else null. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isoDate(new Date(`${iso}T00:00:00Z`)) === iso ? iso : null;
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
