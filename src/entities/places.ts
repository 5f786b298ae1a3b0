// A country or capital written inside a longer name is not that actor: "New Jersey" is no Jersey,
// "San Jose, California" is no Costa Rican capital, "Chad Thomas" and "Paris Hilton" are people,
// "Georgia" among US states is the state. These rules read the known names found in the text and
// hand back the ones that still stand, plus the longer names as spans of their own.
import { LOC_HEADS } from '../ner/lexicon.js';
import type { Token } from '../types.js';
import type { KnownName, RecognisedSpan } from './names.js';
import { firstAtOrAfter, spanIndex } from '../span-index.js';
import { WEEKDAYS } from '../time/weekdays.js';

/** Kinds of known name that stand for a country or its government by being a place. */
const PLACE_KINDS = new Set(['country', 'name', 'capital']);

/** Country and capital names that are also given names: before a surname they start a person's name. */
const GIVEN_NAMES = new Set(['Jordan', 'Chad', 'Georgia', 'Paris', 'Victoria', 'Israel', 'Santiago']);

/** Capitalised words before a place name that make it part of another place's name ("New Mexico", "San Juan", "Inner Mongolia"). */
const PLACE_PREFIXES = new Set(['Inner', 'New', 'San', 'Santa', 'São', 'Los', 'Las', 'Fort', 'Port', 'Saint', 'St.', 'Mount', 'Lake']);

/** Prefixes that hardly start a sentence as words of their own, so even there they start a place's name. */
const SENTENCE_START_PREFIXES = new Set(['Inner', 'San', 'Santa', 'São', 'Los', 'Las']);

/**
 * Words that make the name of a thing, not a person, after a given-name place: "Georgia Tech", "Paris
 * Agreement", "Paris St Germain", "Jordan Valley" (with the recogniser's place heads and the role words).
 */
const THING_HEADS = new Set([
  'tech',
  'university',
  'college',
  'school',
  'state',
  'club',
  'agreement',
  'accord',
  'accords',
  'conference',
  'summit',
  'airlines',
  'air',
  'airways',
  'telecom',
  'bank',
  'times',
  'post',
  'daily',
  'news',
  'county',
  'district',
  'province',
  'region',
  'street',
  'square',
  'airport',
  'stadium',
  'hotel',
  'fashion',
  'week',
  'motors',
  'group',
  'falls',
  'station',
  'declaration',
  'treaty',
  'talks',
  'process',
  'plan',
  'deal',
  'border',
  'protocol',
  'attack',
  'attacks',
  'terror',
  'climate',
  'peace',
  'institute',
  'international',
  'national',
  'museum',
  'olympics',
  'games',
  'open',
  'marathon',
  'authority',
  'company',
  'exchange',
  'southern',
  'northern',
  'eastern',
  'western',
  'st',
  'saint',
  'fc',
  'united',
  'city',
]);

const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

export interface PlaceContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Index of the token that starts at or after an offset. */
  readonly token: (offset: number) => number;
  /** True when token i starts its sentence (a capital there says nothing of a name). */
  readonly startsSentence: (i: number) => boolean;
  /** Index of the sentence that holds an offset. */
  readonly sentence: (offset: number) => number;
  /** True when a role word ("ambassador", "official") starts at this offset. */
  readonly isRoleAt: (start: number) => boolean;
  /** True when a role word ends at this offset. */
  readonly isRoleEnd: (end: number) => boolean;
}

export interface PlaceReading {
  readonly known: KnownName[];
  /** Longer names the known places stood inside; they replace recogniser spans they overlap. */
  readonly spans: RecognisedSpan[];
}

export function readPlaces(ctx: PlaceContext, known: readonly KnownName[]): PlaceReading {
  const deciders = placeDeciders(known);
  const chosen = known.map((k) => chooseAmongPlaces(ctx, k, deciders));
  const spans: RecognisedSpan[] = [];
  const towns = townNames(ctx, chosen);
  const kept = chosen.filter((k) => {
    if (!PLACE_KINDS.has(k.alias.kind)) return true;
    const town = towns.before.get(k) ?? (towns.named.has(ctx.text.slice(k.start, k.end)) ? k.end : null);
    const longer = town !== null ? { start: k.start, end: town, type: 'GPE' as const, confidence: 0.8, rule: 'entities/town-in-state' } : (withPrefix(ctx, k) ?? givenName(ctx, k, known));
    if (longer) spans.push(longer);
    return !longer;
  });
  return { known: kept, spans };
}

/** "Burke County, Georgia": only a US state follows a county. */
const COUNTY_BEFORE = /\bCounty,\s*$/;

/**
 * "Georgia" is a country and a US state: the state when the nearest other place (in its sentence
 * first, else in the text) is a US state, the country when it is a country or a capital. The United
 * States itself says neither ("U.S. ally Georgia", "Georgia voters in the U.S. primaries"). After
 * "County," it is the state.
 */
function chooseAmongPlaces(ctx: PlaceContext, k: KnownName, deciders: readonly KnownName[]): KnownName {
  const place = k.entries.find((e) => e.kind === 'place');
  if (!place || k.alias === place) return k;
  if (COUNTY_BEFORE.test(ctx.text.slice(Math.max(0, k.start - 12), k.start))) return { ...k, alias: place };
  const sentence = ctx.sentence(k.start);
  const distance = (o: KnownName) => (ctx.sentence(o.start) === sentence ? 0 : ctx.text.length) + Math.abs(o.start - k.start);
  // sentences are runs of the text: the nearest in k's sentence, if any, is a neighbour by position
  const after = firstAtOrAfter(deciders, k.start);
  const nearest = [deciders[after - 1], deciders[after]].filter((o) => o !== undefined).sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.alias.kind === 'place' ? { ...k, alias: place } : k;
}

/** The names that can decide between a country and a US state: places that are only places, by start. */
function placeDeciders(all: readonly KnownName[]): KnownName[] {
  const decides = (o: KnownName) => o.alias.kind === 'place' || (PLACE_KINDS.has(o.alias.kind) && !o.alias.code.startsWith('USA'));
  const ambiguous = (o: KnownName) => o.entries.some((e) => e.kind === 'place') && o.entries.some((e) => e.kind !== 'place');
  return all.filter((o) => decides(o) && !ambiguous(o)).sort((a, b) => a.start - b.start);
}

/**
 * Names written before ", <US state>" ("San Jose, California"): the town with its state is one place.
 * A foreign place's name is a town wherever else the text names it; the US capital's name only there
 * ("Washington, Iowa").
 */
function townNames(ctx: PlaceContext, known: readonly KnownName[]): { readonly before: Map<KnownName, number>; readonly named: Set<string> } {
  const before = new Map<KnownName, number>();
  const named = new Set<string>();
  for (const k of known) {
    if (!PLACE_KINDS.has(k.alias.kind)) continue;
    // a name never starts with a space: the state's can only start right after the comma and spaces
    const comma = /^,\s*/.exec(ctx.text.slice(k.end, k.end + 64));
    const state = comma
      ? spanIndex(known)
          .startingAt(k.end + comma[0].length)
          .find((s) => s.alias.kind === 'place')
      : undefined;
    if (!state) continue;
    before.set(k, state.end);
    if (!k.alias.code.startsWith('USA')) named.add(ctx.text.slice(k.start, k.end));
  }
  return { before, named };
}

/** "New Jersey" where only "Jersey" is known, "Port Louis", "San Juan": another place's name. */
function withPrefix(ctx: PlaceContext, k: KnownName): RecognisedSpan | null {
  const i = ctx.token(k.start);
  const before = ctx.tokens[i - 1];
  if (!before || (ctx.startsSentence(i - 1) && !SENTENCE_START_PREFIXES.has(ctx.text.slice(before.start, before.end))) || !PLACE_PREFIXES.has(ctx.text.slice(before.start, before.end)) || ctx.text.slice(before.end, k.start) !== ' ') return null;
  return { start: before.start, end: k.end, type: 'GPE', confidence: 0.75, rule: 'entities/place-in-longer-name' };
}

/**
 * A given-name place right before a capitalised word that is no known name and no head of a
 * thing's name starts a person's name: "Chad Thomas", "Paris Hilton", "Jordan Peterson".
 */
function givenName(ctx: PlaceContext, k: KnownName, known: readonly KnownName[]): RecognisedSpan | null {
  if (!GIVEN_NAMES.has(ctx.text.slice(k.start, k.end))) return null;
  // inside a name that starts before it ("Deborah Jordan Reynolds") the recogniser's span stands
  const first = ctx.token(k.start);
  const before = ctx.tokens[first - 1];
  if (before && !ctx.startsSentence(first) && ctx.text.slice(before.end, k.start) === ' ' && before.pos === 'PROPN' && /^\p{Lu}/u.test(ctx.text.slice(before.start, before.end))) return null;
  let i = ctx.token(k.end);
  let end = k.end;
  while (isSurnameWord(ctx, i, end, known)) end = ctx.tokens[i++]!.end;
  // "Paris Terror Attacks", "Georgia Southern University": a thing's head after the run makes it that thing
  const next = ctx.tokens[i];
  if (end === k.end || (next && ctx.text.slice(end, next.start) === ' ' && (THING_HEADS.has(next.normal) || LOC_HEADS.has(next.normal)))) return null;
  return { start: k.start, end, type: 'PERSON', confidence: 0.7, rule: 'entities/given-name-place' };
}

function isSurnameWord(ctx: PlaceContext, i: number, after: number, known: readonly KnownName[]): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.text.slice(after, t.start) !== ' ' || t.pos !== 'PROPN') return false;
  const word = ctx.text.slice(t.start, t.end);
  // "Israel Friday accused": a weekday is the date of what follows, not a surname
  if (!CAPITALISED_WORD.test(word) || THING_HEADS.has(t.normal) || LOC_HEADS.has(t.normal) || WEEKDAYS.has(t.normal) || ctx.isRoleAt(t.start)) return false;
  return spanIndex(known).covering(t.start, t.start + 1).length === 0;
}

/** Names a posting goes to: countries, capitals and international organisations ("envoy at the UN"). */
const GLUED_KINDS = new Set([...PLACE_KINDS, 'igo']);
/** Prepositions that join a posting role to its place: "ambassador to Britain Liu Mingzhou". */
const POSTED = new Set(['to', 'at', 'in', 'for']);

/**
 * The recogniser glues a place to the name after it when nothing stands between them: "ambassador to
 * Britain Liu Mingzhou" comes as one span. A span that starts with a known country, capital or
 * international organisation and goes
 * on with two or more capitalised words that name no thing is the place, then a person; when the
 * recogniser did not call it a person, only after a posting ("to", "at" ... after a role word).
 */
export function splitGluedPlaces(ctx: PlaceContext, known: readonly KnownName[], recognised: readonly RecognisedSpan[]): RecognisedSpan[] {
  return recognised.map((r) => {
    if (r.type !== 'PERSON' && r.type !== 'ORG') return r;
    const place = spanIndex(known)
      .startingAt(r.start)
      .find((k) => k.end < r.end && GLUED_KINDS.has(k.alias.kind));
    if (!place) return r;
    const first = ctx.token(place.end);
    let i = first;
    let end = place.end;
    while (ctx.tokens[i] && ctx.tokens[i]!.end <= r.end && isSurnameWord(ctx, i, end, known)) end = ctx.tokens[i++]!.end;
    if (end !== r.end || i - first < 2) return r;
    let at = ctx.token(r.start);
    if (ctx.tokens[at - 1]?.pos === 'DET') at--; // "envoy at the UN"
    const before = ctx.tokens[at - 1];
    const posted = before !== undefined && POSTED.has(before.normal) && ctx.isRoleEnd(ctx.tokens[at - 2]?.end ?? -1);
    if (r.type !== 'PERSON' && !posted) return r;
    return { ...r, start: ctx.tokens[first]!.start, type: 'PERSON' as const };
  });
}
