// The owner of a thing an act is aimed at when the clause names no actor ("slammed the impeachment
// hearings", "said the legislation is unacceptable"): some things belong to one institution of the
// country the story is about, so the act is aimed at that institution. Things with no such owner
// ("the agreement", "the plan") give no target: the act is coded with its source alone.
import type { ClauseView } from './match.js';
import type { Member, Unit } from './units.js';

/** Words (lemmas) naming a thing held by one institution, and that institution's role code. */
const OWNERS: ReadonlyMap<string, string> = new Map([
  ['hearing', 'LEG'],
  ['impeachment', 'LEG'],
  ['legislation', 'LEG'],
  ['filibuster', 'LEG'],
  ['verdict', 'JUD'],
  ['ruling', 'JUD'],
]);

const NOUNS = new Set(['NOUN', 'PROPN']);

/** The provenance of a target read from the thing the act is aimed at. */
export const THING_OWNER = 'coder/thing-owner';

/**
 * The institution that owns the thing in sequence positions [from, to] of the clause (the words the
 * pattern matched after its trigger), as a target member, or null. Needs the story's home country.
 */
export function thingOwner(view: ClauseView, from: number, to: number, home: string | null): Member | null {
  if (!home) return null;
  // the thing's phrase goes on to its head noun ("the budget hearings" matched at "budget")
  let end = to;
  while (end + 1 < view.seq.length && NOUNS.has(view.words[view.seq[end + 1]!]?.pos ?? '')) end++;
  for (let p = end; p >= from; p--) {
    const w = view.words[view.seq[p]!];
    const role = w ? OWNERS.get(w.lemma) : undefined;
    if (w && role) return { code: `${home}${role}`, text: w.text, start: view.seq[p]!, end: view.seq[p]! + 1, ref: null, rule: THING_OWNER };
  }
  return null;
}

/** Code prefixes that name no country: international, non-governmental and militant groups. */
const NOT_COUNTRIES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'UIS', 'REG']);

/** The country of a unit's actors when they all share one ("USAGOV" and "USALEG": "USA"), else null. */
export function countryOf(unit: Unit | null): string | null {
  const countries = new Set(unit?.members.map((m) => (m.code && /^[A-Z]{3}/.test(m.code) && !NOT_COUNTRIES.has(m.code.slice(0, 3)) ? m.code.slice(0, 3) : null)) ?? []);
  if (countries.size !== 1) return null;
  const [country] = countries;
  return country ?? null;
}
