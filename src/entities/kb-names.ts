// A knowledge-base name found in the text: its entity type, and the actor code valid on the
// document's day. A person is coded by the office held that day; one who held none that day
// (a past leader named in background) by the office nearest in time.
import type { Alias, AliasKind, DateRange } from '../kb/types.js';
import type { EntityType, Token } from '../types.js';

const TYPE_OF_KIND: Record<AliasKind, EntityType> = {
  country: 'GPE',
  name: 'GPE',
  adj: 'NORP',
  capital: 'GPE',
  seat: 'ORG',
  region: 'LOC',
  igo: 'ORG',
  ngo: 'ORG',
  body: 'ORG',
  armed: 'ORG',
  agency: 'ORG',
  party: 'ORG',
  place: 'GPE',
  person: 'PERSON',
};

export function entityType(alias: Alias): EntityType {
  // another name of an organisation (code longer than a country's) names an organisation
  if (alias.kind === 'name' && alias.code.length > 3) return 'ORG';
  return TYPE_OF_KIND[alias.kind];
}

const inRange = (a: DateRange, day: string) => (a.from === null || a.from <= day) && (a.to === null || day <= a.to);

/**
 * The alias that holds on `day` among those written the same way, else the one nearest in time: a
 * past leader or a state that is gone (the Soviet Union in a 2018 story) is still what the name
 * means. No day: the latest.
 */
export function aliasAt(entries: readonly Alias[], day: string | null): Alias | null {
  if (entries.length === 0) return null;
  if (day === null) return latest(entries);
  const valid = entries.filter((a) => inRange(a, day));
  return valid.length ? preferred(valid) : nearest(entries, day);
}

/** The office a person held on `day`, else the one nearest in time. */
export function roleAt<T extends DateRange>(roles: readonly T[], day: string | null): T | null {
  if (day === null) return latest(roles);
  return roles.find((r) => inRange(r, day)) ?? nearest(roles, day);
}

function nearest<T extends DateRange>(list: readonly T[], day: string): T | null {
  if (!list.length) return null;
  const before = list.filter((a) => a.to !== null && a.to < day);
  return before.length ? latest(before) : earliest(list);
}

/**
 * When a name holds for several things at once, a person or named organisation beats a country
 * adjective, and an actor beats a place that is none (Georgia: places.ts reads the state from context).
 */
function preferred(valid: readonly Alias[]): Alias {
  const rank = (a: Alias) => (a.kind === 'person' ? 0 : a.kind === 'adj' ? 2 : a.kind === 'place' ? 3 : 1);
  return [...valid].sort((a, b) => rank(a) - rank(b))[0]!;
}

const latest = <T extends DateRange>(list: readonly T[]) => [...list].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999'))[0] ?? null;
const earliest = <T extends DateRange>(list: readonly T[]) => [...list].sort((a, b) => (a.from ?? '0000').localeCompare(b.from ?? '0000'))[0] ?? null;

/** Kinds whose one-word names are often ordinary words inside other names ("Liberation", "The National", "League"). */
const WORD_NAME_KINDS = new Set<AliasKind>(['agency', 'party']);
const ONE_WORD = /^(?:The\s+)?\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Tags of a word that can be part of a name ("As Politico reported": "As" is not). */
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ']);
/** Words that end a party's own name ("Likud Party"), not start another one. */
const NAME_HEADS = new Set(['party', 'movement']);

/**
 * A paper or party called by one capitalised word is not that word inside a longer capitalised
 * name: "People's Liberation Army", "The National Assembly", "Champions League", "Michael Bloomberg".
 * `first` and `after` are the indexes of its first token and of the token after it.
 */
export function insideLongerName(text: string, tokens: readonly Token[], first: number, after: number, alias: Alias): boolean {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[after - 1]?.end ?? 0;
  if (!WORD_NAME_KINDS.has(alias.kind) || !ONE_WORD.test(text.slice(start, end))) return false;
  const nameWord = (t: Token | undefined) => t !== undefined && NAME_POS.has(t.pos) && CAPITALISED.test(text.slice(t.start, t.end));
  const next = tokens[after];
  return nameWord(tokens[first - 1]) || (nameWord(next) && !NAME_HEADS.has(next!.normal));
}
