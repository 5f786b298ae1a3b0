// People and groups no dictionary holds are coded from the words around them, as an analyst would:
// "Russian foreign ministry official Andrei Kulik" (a title before the name), "Andrei Kulik, a
// Russian diplomat," (an apposition after it), "the North Korean leader", "Russian diplomats"
// (a description with no name). The country or organisation named in those words gives the first
// part of the code, the leftmost role word the second: "opposition leader" is OPP, not GOV.
import type { Alias } from '../kb/types.js';
import type { Span, Token } from '../types.js';
import type { GazetteerMatch } from './gazetteer.js';
import type { EntityKnowledge, RoleName } from './knowledge.js';
import { firstAtOrAfter, spanIndex } from '../span-index.js';
import { HOME_ROLES } from './home-country.js';
import type { KnownName } from './names.js';
import { OTHERS_OF_OWNER } from '../language/others-of-owner.js';
import { misreadPastTense } from './pronoun-antecedents.js';
import { isKin } from './bereaved.js';

export interface TitleCode {
  readonly code: string;
  /** The words that gave the code. */
  readonly span: Span;
  readonly rule: string;
  /** The role word names a person ("official"), not a body ("ministry"); null when there is none. */
  readonly personal: boolean | null;
}

/** Role words that name a body, not a person: "the Russian government" is an organisation. */
const COLLECTIVE = new Set([
  'government',
  'administration',
  'authorities',
  'authority',
  'regime',
  'cabinet',
  'ministry',
  'leadership',
  'army',
  'military',
  'navy',
  'police',
  'parliament',
  'congress',
  'senate',
  'media',
  'press',
  'party',
  'court',
  'opposition',
  'forces',
  'troops',
  'junta',
  'council',
  'agency',
  'embassy',
  'delegation',
  'company',
  'firm',
  'corporation',
  'business',
  'bank',
  'conglomerate',
  'manufacturer',
  'industry',
  'group',
  'people',
  'public',
  'population',
  'crowd',
]);

/** True when a role word (as written, singular) names one person. */
export function isPersonal(role: RoleName, written: string): boolean {
  const last = written.toLowerCase().split(' ').pop() ?? '';
  return written.toLowerCase() === role.role.word && !COLLECTIVE.has(last);
}

/** Word classes that may stand inside a title or description noun phrase. */
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const NP_GLUE = new Set(['-', "'s", '’s', "'", '’']);

export interface TitleContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Knowledge-base names found in the document, each with the alias that holds on its day. */
  readonly names: readonly KnownName[];
  readonly knowledge: EntityKnowledge;
  /** Role words found in the document, matched once. */
  readonly roles: readonly GazetteerMatch<RoleName>[];
  /**
   * The document's country, for the names of people whose title or apposition says a role of
   * society but no country (home-country.ts); absent for descriptions without a name.
   */
  readonly home?: string | null;
  /** The document's country for protesters alone, also in descriptions without a name (protestersAtHome). */
  readonly streetHome?: string | null;
}

/**
 * The first token index of the noun phrase that ends just before token `end` (exclusive), and its
 * determiner. A known name or a role word inside the phrase is stepped over whole, whatever its
 * words' tags ("Moon Jae-in's envoys": the tagger reads "in" as a preposition; "secretary of
 * state"); so is an "of" between capitalised words, which joins the parts of one title ("U.S.
 * Secretary of Defense", "Ministry of Foreign Affairs").
 */
export function phraseBefore(ctx: TitleContext, end: number, floor: number): { start: number; determiner: string | null } {
  let i = end - 1;
  while (i >= floor) {
    const t = ctx.tokens[i]!;
    const whole = spanIndex(ctx.names).covering(t.start, t.end)[0] ?? spanIndex(ctx.roles).covering(t.start, t.end)[0];
    if (whole) {
      while (i >= floor && ctx.tokens[i]!.start >= whole.start) i--;
    } else if (pastTenseAfterNoun(ctx, i, floor)) break;
    else if (NP_POS.has(t.pos) || NP_GLUE.has(t.normal) || (i < end - 1 && titleOf(ctx, i, floor))) i--;
    else break;
  }
  const det = ctx.tokens[i];
  if (det && i >= floor && det.pos === 'DET') return { start: i, determiner: det.normal };
  return { start: i + 1, determiner: null };
}

const UPPER = /^\p{Lu}/u;
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/**
 * Token i is a past tense the tagger misread right after a noun: a participle modifies the noun after
 * it from before the phrase ("the abducted soldiers"), never from behind a noun, so there it is the
 * verb of the clause ("Kenyan rebels abducted two soldiers") and ends the phrase.
 */
function pastTenseAfterNoun(ctx: TitleContext, i: number, floor: number): boolean {
  const before = ctx.tokens[i - 1];
  return i > floor && before !== undefined && NOUN_POS.has(before.pos) && misreadPastTense(ctx.tokens[i]!);
}

/** Token i is the "of" inside a capitalised title: "Secretary of State", "Minister of Foreign Affairs". */
function titleOf(ctx: TitleContext, i: number, floor: number): boolean {
  const capitalised = (t: Token | undefined) => t !== undefined && UPPER.test(ctx.text.slice(t.start, t.start + 1));
  return ctx.tokens[i]!.normal === 'of' && i > floor && capitalised(ctx.tokens[i - 1]) && capitalised(ctx.tokens[i + 1]);
}

/** The code that the words in tokens [from, to) give, or null when they name no country or organisation. */
export function codeFromWords(ctx: TitleContext, from: number, to: number, rule: string): TitleCode | null {
  const first = ctx.tokens[from];
  const last = ctx.tokens[to - 1];
  if (!first || !last || from >= to) return null;
  const span = { start: first.start, end: last.end };
  const roles = rolesIn(ctx, span);
  const role = roles[0]?.entries[0] ?? null;
  const head = roles[roles.length - 1];
  const personal = head ? isPersonal(head.entries[0]!, ctx.text.slice(head.start, head.end)) : null;
  const direct = ownerIn(ctx, span, OTHERS_OF_OWNER.has(last.lemma)) ?? localOwner(ctx, span, role, rule);
  // "the senator's daughter" holds no office of the senator's: a relative is coded from her own words
  if (direct?.kind === 'person' && head && isKin(head.entries[0]!)) return null;
  const earlier = direct ? null : earlierBodyOwner(ctx, span, roles);
  const owner = direct ?? earlier ?? (personal ? homeOwner(ctx, role, rule) : null) ?? protestersAtHome(ctx, role);
  if (!owner) return null;
  const how = earlier ? `${rule}/earlier-body` : rule;
  // "a former official at the Pentagon": a role word that is itself the former elite makes the state body's holder its country's
  const formerOfBody = role?.role.code === FORMER_ELITE && owner.code.length === 6 && STATE_BRANCHES.has(owner.code.slice(3));
  const code = formerOfBody ? owner.code.slice(0, 3) + FORMER_ELITE : owner.code.length > 3 || !role ? owner.code : role.role.suffix ? owner.code + role.role.code : role.role.code;
  // "former White House adviser": out of a state office, the country's former elite, as for known
  // people; "former MSNBC personality": a past post of another kind says nothing of the present one.
  // A role word that is itself the former elite ("former president") is read as it stands.
  if (formerOutsideRole(ctx, from, to)) return STATE_BRANCHES.has(code.slice(3, 6)) && code.length === 6 ? { code: `${code.slice(0, 3)}ELI`, span, rule: how, personal } : null;
  return { code, span, rule: how, personal };
}

/** Branches of a state whose former holders are its former elite (as kb/out-of-office.ts derives). */
const STATE_BRANCHES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);

/**
 * The country or organisation named in a span: a country adjective, name, or organisation; or a
 * person in the possessive, whose own code stands for what is theirs ("Moon Jae-in's envoys").
 */
function ownerIn(ctx: TitleContext, span: Span, othersOfOwner: boolean): Alias | null {
  const possessive = (end: number) => /^['’]s\b/.test(ctx.text.slice(end, end + 3));
  // a place that is no actor owns nothing here: "Ohio Gov." is the United States' through localOwner
  // nor does a person out of office: "Trump's aides" in 2016 were no government's
  const named = spanIndex(ctx.names)
    .inside(span.start, span.end)
    .filter((n) => n.coded && n.alias.kind !== 'place' && (n.alias.kind !== 'person' || possessive(n.end)))
    // "Israel's critics" are not Israel's opposition ("Israeli critics" are): the owner names others
    .filter((n) => !(othersOfOwner && possessive(n.end)));
  const inside = named.filter((n, i) => !isTopic(ctx, n, i > 0));
  // a journalist's title names the outlet, then the beat: "VOA Pentagon correspondent" is VOA's
  const outlet = inside.find((n) => n.alias.kind === 'agency');
  // a capital or seat carries its own role (Moscow = RUSGOV): its country part stands for the owner
  const owner = outlet?.alias ?? inside[inside.length - 1]?.alias ?? null;
  if (owner && (owner.kind === 'capital' || owner.kind === 'seat')) return { ...owner, code: owner.code.slice(0, 3) };
  return owner;
}

/** Owned bodies by role word, in text order, per document (the role list is made once per document). */
const ownedBodies = new WeakMap<readonly GazetteerMatch<RoleName>[], Map<string, (Span & { owner: Alias })[]>>();

/**
 * The owner of the same body named earlier with its country: after "India's foreign ministry said",
 * "Foreign ministry spokesman Arun Mehta" is India's. Only a title whose sector word names a body
 * before its head ("foreign ministry" before "spokesman"), and the last such body before it decides:
 * a bare "spokesman" borrows no one's country.
 */
function earlierBodyOwner(ctx: TitleContext, span: Span, roles: readonly GazetteerMatch<RoleName>[]): Alias | null {
  const sector = roles[0];
  if (!sector || roles.length < 2 || isPersonal(sector.entries[0]!, ctx.text.slice(sector.start, sector.end))) return null;
  let byWord = ownedBodies.get(ctx.roles);
  if (!byWord) {
    byWord = new Map();
    ownedBodies.set(ctx.roles, byWord);
    let t = 0;
    for (const r of ctx.roles) {
      while (t < ctx.tokens.length && ctx.tokens[t]!.start < r.start) t++;
      const from = ctx.tokens[phraseBefore(ctx, t, 0).start];
      const owner = from && from.start < r.start ? ownerIn(ctx, { start: from.start, end: r.start }, false) : null;
      if (!owner) continue;
      const word = r.entries[0]!.role.word;
      const list = byWord.get(word) ?? [];
      if (!list.length) byWord.set(word, list);
      list.push({ start: r.start, end: r.end, owner });
    }
  }
  // the last body before the title (role matches never overlap, and the title's own start after it)
  const bodies = byWord.get(sector.entries[0]!.role.word) ?? [];
  return bodies[firstAtOrAfter(bodies, span.start) - 1]?.owner ?? null;
}

const DESCRIPTION_RULE = 'actor/description';

/** Role words of a town's or state's own police and courts: "Columbus police", "a Texas judge". */
const LOCAL_ROLE_WORDS = new Set(['police', 'policeman', 'police officer', 'riot police', 'law enforcement', 'police commissioner', 'police chief', 'prison guard', 'court', 'supreme court', 'judge', 'prosecutor', 'magistrate', 'tribunal', 'judiciary']);
/**
 * A state's or town's executive: sub-national executives code as the country's government (guide
 * §4.1). Only as a person's title ("Ohio Gov. Jane Roe"), not in a description with no name ("the
 * Ohio governor"), which refers to someone named before.
 */
const STATE_EXECUTIVE = new Set(['governor', 'gov.', 'lt. gov.', 'lieutenant governor', 'mayor']);
/** How many words a town's name may have ("Salt Lake City"). */
const MAX_TOWN_WORDS = 3;

/** A role of society that a US state or town makes American; not a lawyer, who is no court ("a Texas lawyer"). */
const localSociety = (role: RoleName): boolean => role.role.suffix && HOME_ROLES.has(role.role.code) && role.role.code !== 'JUD';

/**
 * A US state or town before a police or court role word, or a state before a role of society, owns
 * it for the United States: "Columbus police" is USACOP, "a Manhattan federal court" USAJUD, "Ohio
 * voters" USACVL; and a state's governor: "Ohio Gov." is USAGOV, as the guide (§4.1) codes
 * sub-national executives as the country's government.
 */
function localOwner(ctx: TitleContext, span: Span, role: RoleName | null, rule: string): Alias | null {
  const court = role !== null && LOCAL_ROLE_WORDS.has(role.role.word);
  if (!role || !(court || localSociety(role) || (STATE_EXECUTIVE.has(role.role.word) && rule !== DESCRIPTION_RULE))) return null;
  const state = ctx.names.find((n) => n.start >= span.start && n.end <= span.end && n.alias.kind === 'place' && n.alias.code === 'USA');
  if (state) return state.alias;
  // a town only for police and courts: capitalised words in a group's name may spell a town
  // ("the Independence Farmers Union of Freedonia")
  if (!court) return null;
  const words = ctx.tokens.filter((t) => t.start >= span.start && t.end <= span.end && UPPER.test(ctx.text.slice(t.start, t.start + 1)));
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_TOWN_WORDS, words.length - i); n > 0; n--) {
      const town = ctx.knowledge.usTowns.get(ctx.text.slice(words[i]!.start, words[i + n - 1]!.end));
      if (town) return town;
    }
  }
  return null;
}

const FORMER_ELITE = 'ELI';

/** Words that put a title in the past: a "retired general" is no longer in the armed forces. */
const FORMER = new Set(['former', 'ex', 'ex-', 'retired']);

/** A "former" among tokens [from, to) that no role word holds. */
function formerOutsideRole(ctx: TitleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (FORMER.has(t.normal) && spanIndex(ctx.roles).covering(t.start, t.end).length === 0) return true;
  }
  return false;
}

/**
 * The document's country as the owner of one person's role of society ("a nursing home owner", "a
 * lawyer"). A civilian only in an apposition (", a resident of Tulsa,"): before a name, "Black
 * Women's" is part of an organisation's name.
 */
function homeOwner(ctx: TitleContext, role: RoleName | null, rule: string): Pick<Alias, 'code' | 'kind'> | null {
  if (!ctx.home || !role || !role.role.suffix || !HOME_ROLES.has(role.role.code)) return null;
  if (role.role.code === 'CVL' && rule !== 'actor/apposition') return null;
  return { code: ctx.home, kind: 'country' };
}

/** Role words of people in the street, singular as written in kb/roles.tsv. */
const PROTEST_ROLE_WORDS = new Set(['protester', 'protestor', 'demonstrator']);

/**
 * The document's country as the owner of protesters it leaves unplaced ("hundreds of demonstrators
 * blocked roads" in a story about Iran): a protest is told where it happens, and a story's home is
 * the country it is about.
 */
function protestersAtHome(ctx: TitleContext, role: RoleName | null): Pick<Alias, 'code' | 'kind'> | null {
  const home = ctx.home ?? ctx.streetHome;
  return home && role && PROTEST_ROLE_WORDS.has(role.role.word) ? { code: home, kind: 'country' } : null;
}

/** Nouns whose country modifier is what they study, cover or fought in, not whom they serve: "a China scholar", "an Iraq war veteran". */
const TOPICAL = new Set(['expert', 'scholar', 'analyst', 'specialist', 'researcher', 'watcher', 'hand', 'war', 'veteran']);
/** The same after another owner only: "White House Russia adviser"; but "U.S. envoy" is the U.S.'s. */
const TOPICAL_AFTER_OWNER = new Set(['adviser', 'advisor', 'envoy', 'correspondent', 'czar', 'tsar']);
const COUNTRY_NOUNS = new Set(['country', 'name']);
const NEXT_WORD = /^\s+(\p{L}+)/u;

/**
 * A country noun right before a topical noun ("White House Russia adviser", "a China expert") is
 * the subject; an adjective ("a Chinese scholar") or a possessive ("China's envoy") is the owner.
 */
function isTopic(ctx: TitleContext, n: TitleContext['names'][number], afterOwner: boolean): boolean {
  if (!COUNTRY_NOUNS.has(n.alias.kind) || n.alias.code.length !== 3) return false;
  const next = NEXT_WORD.exec(ctx.text.slice(n.end, n.end + 20))?.[1]
    ?.toLowerCase()
    .replace(/s$/, '');
  return next !== undefined && (TOPICAL.has(next) || (afterOwner && TOPICAL_AFTER_OWNER.has(next)));
}

/** Role words in a span, left to right: the leftmost says the sector, the last is the head noun. */
function rolesIn(ctx: TitleContext, span: Span) {
  return spanIndex(ctx.roles).inside(span.start, span.end);
}

/** Prepositions that join a posting role to where it is held: "ambassador to Britain", "envoy at the UN". */
const POSTED = new Set(['to', 'at', 'in', 'for']);

/**
 * The title before a name: the noun phrase that ends where the name starts; `codeEnd` is where the
 * words that code it end. In "China's ambassador to Britain Liu Xiaoming" the phrase right before the
 * name is the place of posting: the title is the phrase before "to", which ends in a role word, and
 * its owner (China) is the person's, not the host's. The place must be a known name.
 */
function titlePhrase(ctx: TitleContext, nameStart: number, floor: number): { start: number; determiner: string | null; codeEnd: number } {
  const phrase = phraseBefore(ctx, nameStart, floor);
  const prep = phrase.start - 1;
  const roleEnd = ctx.tokens[prep - 1]?.end;
  const place = ctx.tokens[phrase.start];
  const posted = place !== undefined && phrase.start < nameStart && spanIndex(ctx.names).inside(place.start, ctx.tokens[nameStart - 1]!.end).length > 0;
  if (posted && prep > floor && POSTED.has(ctx.tokens[prep]!.normal) && roleEnd !== undefined && spanIndex(ctx.roles).endingAt(roleEnd).length > 0) {
    return { ...phraseBefore(ctx, prep, floor), codeEnd: prep };
  }
  return { ...phrase, codeEnd: nameStart };
}

/** The title before a name: tokens of the noun phrase that ends where the name starts. */
export function titleBefore(ctx: TitleContext, nameStart: number, sentenceStart: number): TitleCode | null {
  const { start, codeEnd } = titlePhrase(ctx, nameStart, sentenceStart);
  return codeFromWords(ctx, start, codeEnd, 'actor/title');
}

/**
 * The words of a person's title before their name, without a determiner ("U.S. Secretary of State"
 * in "the U.S. Secretary of State Antony Blinken") or a place of posting, when they hold a role word;
 * else null.
 */
export function titleSpanBefore(ctx: TitleContext, nameStart: number, sentenceStart: number): Span | null {
  // a posting's place is not part of the title: "China's ambassador" to "Britain"
  const { start, determiner, codeEnd } = titlePhrase(ctx, nameStart, sentenceStart);
  const first = ctx.tokens[determiner === null ? start : start + 1];
  const last = ctx.tokens[codeEnd - 1];
  if (!first || !last || first.start >= last.end) return null;
  const span = { start: first.start, end: last.end };
  return rolesIn(ctx, span).length > 0 ? span : null;
}

/**
 * The branch a title before a name says, for a person whose country is known otherwise (a US party
 * tag): "Governor Mary Fallin (R-OK)" is a governor, so the executive, not a legislator. Null when
 * the title holds no role word that combines with a country.
 */
export function titleBranchBefore(ctx: TitleContext, nameStart: number, sentenceStart: number): string | null {
  const span = titleSpanBefore(ctx, nameStart, sentenceStart);
  const roles = span ? rolesIn(ctx, span) : [];
  const head = roles[roles.length - 1]?.entries[0]?.role;
  return head?.suffix ? head.code : null;
}

/**
 * A description set off before a name that opens its sentence: "The suspect, Michael Webb, was
 * convicted", "The company's chief executive, Ana Lobo, said". Both commas are needed: with one,
 * the name may be the next item of a list.
 */
export function appositionBefore(ctx: TitleContext, nameStart: number, nameEnd: number, sentenceStart: number): TitleCode | null {
  const comma = nameStart - 1;
  if (comma <= sentenceStart || ctx.tokens[comma]!.normal !== ',' || ctx.tokens[nameEnd]?.normal !== ',') return null;
  const { start, determiner } = phraseBefore(ctx, comma, sentenceStart);
  const headEnd = ctx.tokens[comma - 1]!.end;
  if (start !== sentenceStart || determiner === null || spanIndex(ctx.roles).endingAt(headEnd).length === 0) return null;
  return codeFromWords(ctx, start, comma, 'actor/apposition');
}

/** An apposition after a name: ", a Russian diplomat," or ", Russia's envoy to ...". */
export function appositionAfter(ctx: TitleContext, nameEnd: number, sentenceEnd: number): TitleCode | null {
  if (ctx.tokens[nameEnd]?.normal !== ',') return null;
  let i = nameEnd + 1;
  if (ctx.tokens[i]?.pos === 'DET') i++;
  const from = i;
  while (i < sentenceEnd && (NP_POS.has(ctx.tokens[i]!.pos) || NP_GLUE.has(ctx.tokens[i]!.normal))) i++;
  // only a phrase headed by a role word describes the person: ", BBC's Emily Maitlis" is another
  // person, ", Real Madrid" the next item of a list, ", the U.S. military operation" a thing
  const headEnd = ctx.tokens[i - 1]?.end;
  if (headEnd === undefined || spanIndex(ctx.roles).endingAt(headEnd).length === 0) return null;
  const aide = aideTo(ctx, i);
  if (aide) return { code: aide.code, span: { start: ctx.tokens[from]!.start, end: aide.end }, rule: 'actor/aide-to', personal: true };
  return codeFromWords(ctx, from, servedOrganisation(ctx, i) ?? i, 'actor/apposition');
}

/** Role words of people who work for one person: "an aide to", "a senior adviser to". */
const AIDES = new Set(['aide', 'adviser', 'advisor', 'chief of staff', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "an aide to Senator Ana Lobo", "a spokesman for Prime Minister Ivo Brandt": after a role word for
 * someone's staff ending before token `at`, "to" or "for" and a person the knowledge base codes on
 * the day; the person's code (their staff serve in their branch) and the end of the name, or null.
 */
export function aideTo(ctx: TitleContext, at: number): { code: string; end: number } | null {
  const prep = ctx.tokens[at]?.normal;
  const headEnd = ctx.tokens[at - 1]?.end;
  if ((prep !== 'to' && prep !== 'for') || headEnd === undefined) return null;
  const head = spanIndex(ctx.roles).endingAt(headEnd)[0];
  if (!head || !AIDES.has(head.entries[0]!.role.word)) return null;
  // a title may stand before the name: "to Senator", "to the Prime Minister"
  let k = at + 1;
  if (ctx.tokens[k]?.pos === 'DET') k++;
  while (ctx.tokens[k] && spanIndex(ctx.roles).covering(ctx.tokens[k]!.start, ctx.tokens[k]!.end).length > 0) k++;
  const start = ctx.tokens[k]?.start;
  const person =
    start === undefined
      ? undefined
      : spanIndex(ctx.names)
          .startingAt(start)
          .find((n) => n.coded && n.alias.kind === 'person');
  // "an aide to Obama's chief of staff" serves someone else
  if (!person || /^['’]s\b/.test(ctx.text.slice(person.end, person.end + 3))) return null;
  return { code: person.alias.code, end: person.end };
}

/** Words that join a role to the organisation it serves: "a spokesman for", "an official with". */
const SERVING = new Set(['for', 'of', 'at', 'with']);
/** Kinds of known organisation a person may serve (not countries: "an adviser for Russia" is a topic as often). */
const SERVED_KINDS = new Set(['igo', 'ngo', 'body', 'agency', 'party', 'company', 'armed']);

/** Kinds of known name that own a role after "of": "the government of Rwanda", "the president of France". */
const OWNING_COUNTRY_KINDS = new Set(['country', 'name']);

/**
 * "the government of Rwanda", "officials of the Philippines": after a role word ending before token
 * `at`, "of" and a country; the token after the country's name, or null. Only "of": "an adviser for
 * Russia" is as often a topic as an owner.
 */
export function countryOfAfter(ctx: TitleContext, at: number): number | null {
  if (ctx.tokens[at]?.normal !== 'of') return null;
  return knownNameAfter(ctx, at, (n) => n.coded && OWNING_COUNTRY_KINDS.has(n.alias.kind) && n.alias.code.length === 3);
}

/**
 * "a spokesman for the United Mine Workers", "an official with the Broadcasting Board of Governors":
 * after the role phrase ending before token `at`, a coded organisation served; the token after its
 * name, or null when none follows.
 */
function servedOrganisation(ctx: TitleContext, at: number): number | null {
  if (!SERVING.has(ctx.tokens[at]?.normal ?? '')) return null;
  return knownNameAfter(ctx, at, (n) => n.coded && SERVED_KINDS.has(n.alias.kind));
}

/** After the preposition at token `at` (and an article), a known name `accept` takes: the token after the name, or null. */
function knownNameAfter(ctx: TitleContext, at: number, accept: (n: KnownName) => boolean): number | null {
  const first = ctx.tokens[at + 1]?.pos === 'DET' ? at + 2 : at + 1;
  const start = ctx.tokens[first]?.start;
  // by the index, not a scan of the document's names: this runs at every "for", "with", "at" or "of"
  const name = start === undefined ? undefined : spanIndex(ctx.names).startingAt(start).find(accept);
  if (!name) return null;
  let end = first;
  while (end < ctx.tokens.length && ctx.tokens[end]!.end <= name.end) end++;
  return end;
}
