// The country a document is about, read from its coded names: the one most of them belong to. US
// political news names Trump, the FBI and Ohio's senators; it seldom says "the United States" before
// "Congress" or "a lawyer". A place inside a country counts for it: a local crime story names Texas
// and Ohio, never the country they lie in. A name that leaves its country unsaid is read as that country's:
//   - a bare body ("Congress", "the Senate", "the Navy", kb/institutions/bare-names.tsv) is the body of
//     the listed country the document names most, and nothing when it names none of them;
//   - a person's title or apposition with a role word of society ("a nursing home owner", "a lawyer",
//     "police officer") and no country is that role of the home country. Roles of the state's
//     executive, armed forces and intelligence are never guessed: "a financial adviser" is no
//     government's, and an uncoded mention is better than a wrong one.
import type { BareName } from '../kb/bare-names.js';
import type { KnownName } from './names.js';

export type CountryCounts = ReadonlyMap<string, number>;

/** Coded mentions and places per country (the first part of their codes), other sectors left out. */
export function countryCounts(names: readonly KnownName[], countries: ReadonlySet<string>): CountryCounts {
  const counts = new Map<string, number>();
  for (const n of names) {
    const country = n.alias.code.slice(0, 3);
    if (n.coded && countries.has(country)) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** How much more the first listed body of a bare name counts than the others. */
const FIRST_WEIGHT = 2;

/** At least this many coded mentions make a country the document's home. */
const MIN_HOME_MENTIONS = 2;

/**
 * How many times more mentions the home country needs than the next one: a US paper's story about
 * RT names Russia often, but the production company's chief executive it quotes is no Russian.
 */
const HOME_MARGIN = 2;

/** The country with the most coded mentions, when it has at least two and twice as many as any other. */
export function homeCountry(counts: CountryCounts): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [country, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = country;
    } else if (n > second) second = n;
  }
  return top >= MIN_HOME_MENTIONS && top >= HOME_MARGIN * second ? best : null;
}

/**
 * The body a bare name means in this document: the listed country named most (a tie is no choice).
 * The first listed body is what English news means by the name ("Congress" is the US Congress in a
 * US story about Mexico): another country takes the name only when named twice as often.
 */
export function bareBody(bare: BareName, counts: CountryCounts): string | null {
  const home = homeCountry(counts);
  const candidates = [...bare.codes, ...(home ? bare.anyCountry.map((role) => home + role) : [])];
  const first = bare.codes[0];
  let best: string | null = null;
  let top = 0;
  let tied = false;
  for (const code of new Set(candidates)) {
    const n = (counts.get(code.slice(0, 3)) ?? 0) * (code === first ? FIRST_WEIGHT : 1);
    if (n > top) {
      top = n;
      best = code;
      tied = false;
    } else if (n === top && n > 0 && code.slice(0, 3) !== best?.slice(0, 3)) tied = true;
  }
  return tied ? null : best;
}

/** Roles of society that a title or apposition may give a person of the home country. */
export const HOME_ROLES: ReadonlySet<string> = new Set(['LEG', 'JUD', 'COP', 'PTY', 'OPP', 'BUS', 'MED', 'EDU', 'CVL', 'LAB', 'REL', 'HLH', 'AGR', 'ENV', 'HRI', 'NGO', 'ELI', 'REF', 'CRM']);
