// Reading the Phoenix / PETRARCH actor dictionaries (TABARI format): an entry line (a name, words
// joined by `_`, maybe codes in brackets), `+` lines with its other names, and indented code lines
// `[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]` (from) or `[CODE <YYMMDD]` (until); dates also
// as YYYYMMDD. `#` starts a comment.

export interface PhoenixCode {
  readonly code: string;
  /** YYYY-MM-DD or null when open. */
  readonly from: string | null;
  readonly to: string | null;
  /** True when the code carries no date: the entry's default outside its dated codes. */
  readonly undated: boolean;
}

export interface PhoenixEntry {
  /** The entry's phrase and its `+` phrases as written ("VLADIMIR_PUTIN_"). */
  readonly phrases: readonly string[];
  readonly codes: readonly PhoenixCode[];
  /** 1-based line of the entry in its file. */
  readonly line: number;
}

export interface PhoenixProblem {
  readonly line: number;
  readonly message: string;
}

const CODE = /\[([A-Z0-9]+)(?:\s+([<>]?)(\d{6}|\d{8})(?:-(\d{6}|\d{8}))?)?\s*\]/g;

/**
 * A Phoenix date as YYYY-MM-DD. Six digits are YYMMDD with the century of the dictionaries' own
 * years: they run from the 1930s to 2015 and no two-digit year falls between 15 and 30, so 00-29
 * are 2000-2029 and 30-99 are 1930-1999. Null when it is no real day.
 */
export function phoenixDay(digits: string): string | null {
  const yy = digits.length === 6 ? Number(digits.slice(0, 2)) : null;
  const year = yy === null ? digits.slice(0, 4) : String(yy < 30 ? 2000 + yy : 1900 + yy);
  const rest = digits.slice(digits.length - 4);
  const day = `${year}-${rest.slice(0, 2)}-${rest.slice(2)}`;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

function codesIn(text: string, line: number, problems: PhoenixProblem[]): PhoenixCode[] {
  const out: PhoenixCode[] = [];
  for (const m of text.matchAll(CODE)) {
    const [, code = '', sign = '', a, b] = m;
    if (a === undefined) {
      out.push({ code, from: null, to: null, undated: true });
      continue;
    }
    const first = phoenixDay(a);
    const second = b === undefined ? null : phoenixDay(b);
    if (first === null || (b !== undefined && second === null)) {
      problems.push({ line, message: `bad date in "${m[0]}"` });
    } else if (b !== undefined) {
      if (first <= second!) out.push({ code, from: first, to: second, undated: false });
      else problems.push({ line, message: `reversed dates in "${m[0]}"` });
    } else if (sign === '<') {
      out.push({ code, from: null, to: first, undated: false });
    } else {
      // ">" and a lone date both mean "from then on"
      out.push({ code, from: first, to: null, undated: false });
    }
  }
  return out;
}

export function parsePhoenix(text: string, problems: PhoenixProblem[] = []): PhoenixEntry[] {
  const entries: { phrases: string[]; codes: PhoenixCode[]; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const hash = raw.indexOf('#');
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trimEnd();
    if (body.trim() === '') continue;
    const current = entries.at(-1);
    const first = body.charAt(0);
    const phrase = body.replace(CODE, '').trim();
    if (first === ' ' || first === '\t' || first === '[') {
      if (current === undefined) problems.push({ line: i + 1, message: 'code line before any entry' });
      else current.codes.push(...codesIn(body, i + 1, problems));
    } else if (first === '+') {
      if (current === undefined) problems.push({ line: i + 1, message: 'synonym before any entry' });
      else {
        current.phrases.push(phrase.slice(1).trim());
        current.codes.push(...codesIn(body, i + 1, problems));
      }
    } else {
      entries.push({ phrases: [phrase], codes: codesIn(body, i + 1, problems), line: i + 1 });
    }
  }
  return entries;
}
