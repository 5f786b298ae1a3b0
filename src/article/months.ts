// Month names and their abbreviations as news writes them ("March", "Mar.", "Sept.").
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const INDEX = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** The regular-expression alternation of every month form as written (Capitalised or UPPER), longest first. */
export const MONTH_PATTERN = [...INDEX.keys()]
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m[0]!.toUpperCase() + m.slice(1), m.toUpperCase()])
  .join('|');

/** 1-12 for a month name or abbreviation (any case, trailing dot allowed), else null. */
export function monthNumber(word: string): number | null {
  return INDEX.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
