// A knowledge-base name found in the text: its entity type, and the actor code valid on the
// document's day. A person is coded strictly by the office held that day: after a state office they
// are its former elite (ELI), before their first known office they have no code, so that a senator
// of 2019 is never coded from the vice presidency of 2021. A thing that is gone (the Soviet Union in
// a 2018 story) is still what its name means.
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
  company: 'ORG',
  place: 'GPE',
  person: 'PERSON',
};

export function entityType(alias: Alias): EntityType {
  // another name of an organisation (code longer than a country's) names an organisation
  if (alias.kind === 'name' && alias.code.length > 3) return 'ORG';
  return TYPE_OF_KIND[alias.kind];
}

const inRange = (a: DateRange, day: string) => (a.from === null || a.from <= day) && (a.to === null || day <= a.to);

/** A name as it stands on the document's day: the alias it means, and whether that alias's code holds then. */
export interface DatedAlias {
  readonly alias: Alias;
  /** False for a person out of every office that day and never in a state office before it. */
  readonly coded: boolean;
}

/**
 * The alias that holds on `day` among those written the same way. A thing that is gone keeps the
 * alias nearest in time; a person out of office is the former elite of the last state office held
 * before the day, else named but not coded. No day: the latest.
 */
export function aliasAt(entries: readonly Alias[], day: string | null): DatedAlias | null {
  if (entries.length === 0) return null;
  if (day === null) return { alias: latest(entries)!, coded: true };
  const valid = entries.filter((a) => inRange(a, day));
  if (valid.length) {
    // a surname two known people share, each with another code that day ("Johnson": a British
    // prime minister, a late US president), says nothing of which one it is: only the context can
    const best = preferred(valid);
    const rival = best.kind === 'person' && valid.some((a) => a.kind === 'person' && a.canonical !== best.canonical && a.code !== best.code);
    return { alias: best, coded: !rival };
  }
  const things = entries.filter((a) => a.kind !== 'person');
  if (things.length) return { alias: nearest(things, day)!, coded: true };
  const role = roleAt(entries, day);
  return role ? { alias: role, coded: true } : { alias: nearest(entries, day)!, coded: false };
}

/** Branches of a state whose holders are its former elite once out of office (as kb/out-of-office.ts derives). */
const STATE_BRANCHES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);

/**
 * The office a person held on `day`; out of office, the former elite (ELI) of the last state office
 * that ended before the day (Tony Blair after his later UN post); else null: an office held later
 * says nothing of the day ("Kamala Harris" in 2019 was no vice president), and nor does one whose
 * end is only its source's horizon (a Phoenix minister of 2015 in a 2018 story). No day: the latest.
 */
export function roleAt<T extends DateRange & { readonly code: string; readonly horizon?: boolean }>(roles: readonly T[], day: string | null): T | null {
  if (day === null) return latest(roles);
  const held = roles.find((r) => inRange(r, day));
  if (held) return held;
  const before = roles.filter((r) => r.to !== null && r.to < day);
  // the office known last before the day: if it ended only at the horizon, the day is past knowing
  if (latest(before)?.horizon) return null;
  const state = before.filter((r) => r.code.length === 6 && STATE_BRANCHES.has(r.code.slice(3)));
  const last = latest(state);
  return last ? { ...last, code: `${last.code.slice(0, 3)}ELI` } : null;
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
const WORD_NAME_KINDS = new Set<AliasKind>(['agency', 'party', 'company']);
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
