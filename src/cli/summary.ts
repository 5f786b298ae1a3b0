// The lines a run ends with on standard error, shared by `code` and `ingest`.

/** Documents in another language were read but not coded: say how many. */
export function foreignLine(foreign: number, documents: number): string | null {
  return foreign ? `dyad: ${foreign} of ${documents} documents are not in English and were not coded (see their not-english issue)` : null;
}

/** Undated documents were coded as of no day: say how many and how to give them one. */
export function undatedLine(undated: number, documents: number): string | null {
  if (!undated) return null;
  return `dyad: ${undated} of ${documents} documents had no date (relative dates unresolved, actors in their latest offices); give one with --date or --date-from-filename`;
}
