// Noun phrases and verb groups found from part-of-speech tags alone (the language layer has no parser).
// Ranges are token indexes [start, end).
import type { Token } from '../types.js';
import type { Context } from './context.js';

export type Range = readonly [number, number];

/** Pronouns that stand for a whole subject. */
const SUBJECT_PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'who',
  'which',
  'that',
  'one',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
  'others',
  'many',
  'some',
  'most',
  'few',
  'several',
  'both',
  'all',
  'each',
  'this',
  'these',
  'those',
]);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const APOSTROPHE_S = new Set(["'s", '’s', "'", '’']);
/** Prepositions that may stand inside a noun phrase ("a spokesman for the campaign"). */
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'with']);
/** Words that open a noun phrase but may not end it when they come first ("On Tuesday Trump said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'time',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'weekend',
  'morning',
  'afternoon',
  'evening',
  'night',
  'day',
  'days',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
/** Words that open a noun phrase of quantity ("most Republicans", "many of the leaders"). */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'both', 'several', 'few', 'none', 'each', 'nearly', 'almost', 'roughly', 'only', 'half']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON', 'X', 'SYM']);
const NP_INSIDE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X', 'SYM']);

export const isPossessive = (t: Token): boolean => POSSESSIVES.has(t.normal);
const isHyphen = (t: Token | undefined): boolean => t !== undefined && (t.normal === '-' || t.normal === '–') && !t.spaceBefore;
const isNominal = (t: Token): boolean => (NOMINAL.has(t.pos) && !(t.pos === 'PRON' && !SUBJECT_PRONOUNS.has(t.normal))) || (t.pos === 'DET' && SUBJECT_PRONOUNS.has(t.normal));

/** A subject pronoun standing alone ("he", "who", "some"). */
export function isSubjectPronoun(t: Token): boolean {
  return (t.pos === 'PRON' || t.pos === 'DET') && SUBJECT_PRONOUNS.has(t.normal);
}

/**
 * The noun phrase that ends just before `end`, not reaching before `lo`, as attributions write their
 * sources: with determiners, titles, possessors, quantities ("about half of voters"), prepositional and
 * participle modifiers ("a person familiar with the plan", "exit polls taken in Ohio") and coordination of
 * names ("Sanders and his aides").
 */
export function nounPhraseBefore(ctx: Context, end: number, lo: number): Range | null {
  const toks = ctx.tokens;
  let k = end - 1;
  if (k < lo) return null;
  const head = toks[k]!;
  if (isSubjectPronoun(head)) return [k, end];
  if (head.normal === ')') {
    const open = matchingOpen(toks, k, lo);
    if (open < 0) return null;
    const inner = nounPhraseBefore(ctx, open, lo);
    return inner ? [inner[0], end] : null;
  }
  if ((!isNominal(head) && !looksLikeName(ctx, k)) || head.pos === 'PRON') return null;
  let closed = false; // a determiner or a possessive opened the phrase: only what may stand before one extends it
  while (k - 1 >= lo) {
    const p = toks[k - 1]!;
    const pp = k - 2 >= lo ? toks[k - 2]! : null;
    const next = toks[k]!;
    if (ctx.marks.at[k - 1]) break;
    if (pp && p.pos === 'ADP' && isModifiedBy(pp, p) && !(p.normal === 'in' && TIME_WORDS.has(pp.normal))) {
      k--;
      closed = false;
      continue;
    }
    if (pp && p.pos === 'ADP' && PARTICIPLE_PREPOSITIONS.has(p.normal) && pp.pos === 'VERB' && k - 3 >= lo && NOMINAL.has(toks[k - 3]!.pos) && isParticipleModifier(pp, p)) {
      k -= 2; // "exit polls taken in Ohio", "a letter signed by 50 officials"
      closed = false;
      continue;
    }
    if (pp && pp.pos === 'ADJ' && POSTMODIFYING_ADJECTIVES.has(pp.normal) && (p.normal === 'with' || p.normal === 'to')) {
      k -= 2; // "a person familiar with the plans", "sources close to the campaign"
      closed = false;
      continue;
    }
    if (pp && (p.normal === 'and' || p.normal === '&') && (pp.pos === 'PROPN' || (isSubjectPronoun(pp) && pp.normal !== 'it'))) {
      k--;
      closed = false;
      continue;
    }
    if (pp && p.normal === 'but' && pp.normal === 'all') {
      k--;
      continue;
    }
    if (closed) {
      if (PREDETERMINERS.has(p.normal)) {
        k--;
        continue;
      }
      if (p.normal === 'least' && pp?.normal === 'at') {
        k -= 2;
        continue;
      }
      if (p.normal === 'than' && (pp?.normal === 'more' || pp?.normal === 'fewer' || pp?.normal === 'less')) {
        k -= 2;
        continue;
      }
      break;
    }
    if (isPossessive(p)) {
      k--;
      closed = true;
      continue;
    }
    if (NP_INSIDE.has(p.pos) || (QUANTIFIERS.has(p.normal) && p.pos !== 'VERB')) {
      k--;
      if (p.pos === 'DET' || QUANTIFIERS.has(p.normal)) closed = true;
      continue;
    }
    if (p.normal === 'about' && next.pos === 'NUM') {
      k--;
      closed = true;
      continue;
    }
    if (isCapitalised(ctx, p) && MISTAGGED_NAME_POS.has(p.pos) && isCapitalised(ctx, next) && next.pos !== 'PRON') {
      k--; // a name word the tagger took for a verb or a noun ("Josh Earnest", "Senate Majority Leader")
      continue;
    }
    if (pp && APOSTROPHE_S.has(p.normal) && !p.spaceBefore && isNominal(pp)) {
      k--;
      continue;
    }
    if (pp && p.normal === '.' && !p.spaceBefore && isCapitalised(ctx, pp) && pp.end - pp.start <= 5) {
      k -= 2; // an abbreviation split from its full stop ("Rev .", "Pres .")
      continue;
    }
    if (isHyphen(p) && !next.spaceBefore && pp) {
      k -= 2; // the word before a hyphen belongs to the compound, whatever its tag ("state-run")
      continue;
    }
    if (!p.spaceBefore && isHyphen(pp ?? undefined) && k - 3 >= lo) {
      k -= 3;
      continue;
    }
    if (pp && p.pos === 'VERB' && NOMINAL.has(pp.pos) && pp.pos !== 'PRON' && isParticipleModifier(p, next)) {
      k--; // "a report published Wednesday", "exit polls taken in Ohio", "eerie video credited to Reuters"
      continue;
    }
    if (pp && p.pos === 'VERB' && /(ing|ed)$/.test(p.normal) && next.pos === 'NOUN' && (NP_INSIDE.has(pp.pos) || pp.pos === 'ADP' || isPossessive(pp) || APOSTROPHE_S.has(pp.normal))) {
      k--; // "negotiating partners", "registered voters"
      continue;
    }
    if (p.normal === ')') {
      const open = matchingOpen(toks, k - 1, lo);
      if (open < 0 || open - 1 < lo || !isNominal(toks[open - 1]!)) break;
      k = open;
      continue;
    }
    break;
  }
  while (k < end - 1 && (TIME_WORDS.has(toks[k]!.normal) || toks[k]!.pos === 'CCONJ' || (toks[k]!.pos === 'ADP' && toks[k]!.normal !== 'about'))) k++;
  return [k, end];
}

/** Whether the noun `noun` may take a prepositional phrase opened by `adp` inside a subject. */
function isModifiedBy(noun: Token, adp: Token): boolean {
  if (noun.pos === 'PRON' || !(NOMINAL.has(noun.pos) || QUANTIFIERS.has(noun.normal))) return false;
  if (NP_PREPOSITIONS.has(adp.normal) || adp.normal === 'in') return true;
  return (adp.normal === 'to' || adp.normal === 'by') && (noun.pos === 'NOUN' || noun.pos === 'PROPN'); // "aides to Clinton", "a statement by the two"
}

/** A past participle that modifies the noun before it: followed by a time word or a preposition. */
export function isParticipleModifier(verb: Token, next: Token, agentOnly = false): boolean {
  if (!/(ed|en)$/.test(verb.normal) || verb.normal === verb.lemma) return false;
  if (TIME_WORDS.has(next.normal) || next.normal === 'by') return true;
  return !agentOnly && next.pos === 'ADP' && PARTICIPLE_PREPOSITIONS.has(next.normal);
}

const PARTICIPLE_PREPOSITIONS = new Set(['by', 'in', 'at', 'from', 'for', 'on', 'to', 'with']);
/** Adjectives that follow their noun with a complement ("a source close to the campaign"). */
const POSTMODIFYING_ADJECTIVES = new Set(['privy', 'familiar', 'close', 'loyal', 'allied', 'aligned', 'sympathetic', 'friendly', 'opposed', 'hostile', 'connected', 'linked', 'tied']);
/** Words that may stand before a determiner or a quantity ("all the attendees", "about half"). */
const PREDETERMINERS = new Set(['all', 'both', 'half', 'about', 'only', 'nearly', 'almost', 'roughly', 'just', 'some', 'approximately', 'around', 'over', 'under']);

const MISTAGGED_NAME_POS = new Set(['VERB', 'NOUN', 'ADJ', 'X']);
function isCapitalised(ctx: Context, t: Token): boolean {
  const c = ctx.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/** A capitalised word the tagger took for a verb ("Cook said"): a name when another verb follows at once. */
function looksLikeName(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  const c = ctx.text.charCodeAt(t.start);
  return t.pos === 'VERB' && c >= 65 && c <= 90 && ctx.tokens[k + 1]?.pos === 'VERB';
}

function matchingOpen(toks: readonly Token[], close: number, lo: number): number {
  for (let j = close - 1; j >= lo && j >= close - 8; j--) if (toks[j]!.normal === '(') return j;
  return -1;
}

/** The noun phrase that starts at `start`, not reaching `hi`. */
export function nounPhraseAfter(ctx: Context, start: number, hi: number): Range | null {
  const toks = ctx.tokens;
  let k = start;
  if (k >= hi) return null;
  const first = toks[k]!;
  if (isSubjectPronoun(first) && first.pos === 'PRON') return [k, k + 1];
  let sawHead = false;
  while (k < hi) {
    const t = toks[k]!;
    if (ctx.marks.at[k]) break;
    if (isPossessive(t) && k === start) {
      k++;
      continue;
    }
    if (NP_INSIDE.has(t.pos) || (t.pos === 'PRON' && t.normal !== 'who' && k === start)) {
      if (t.pos !== 'DET' && t.pos !== 'ADJ') sawHead = true;
      k++;
      continue;
    }
    // after a noun a verb is more often the clause's own ("the agency reported on ..."): agents only
    if (sawHead && t.pos === 'VERB' && k + 1 < hi && isParticipleModifier(t, toks[k + 1]!, true)) {
      k++; // "a statement released by the campaign"
      continue;
    }
    if (isCapitalised(ctx, t) && MISTAGGED_NAME_POS.has(t.pos) && ((k > start && toks[k - 1]!.pos === 'PROPN') || (k + 1 < hi && toks[k + 1]!.pos === 'PROPN'))) {
      sawHead = true;
      k++; // a name word the tagger took for a verb ("Mr. Burr")
      continue;
    }
    if (sawHead && APOSTROPHE_S.has(t.normal) && !t.spaceBefore) {
      k++;
      continue;
    }
    if (isHyphen(t) && k + 1 < hi && !toks[k + 1]!.spaceBefore) {
      k += 2;
      continue;
    }
    if (sawHead && t.pos === 'ADP' && k + 1 < hi && opensModifier(toks, k, hi)) {
      k++;
      continue;
    }
    if (sawHead && (t.normal === 'and' || t.normal === '&') && toks[k - 1]!.pos === 'PROPN' && k + 1 < hi && (toks[k + 1]!.pos === 'PROPN' || toks[k + 1]!.pos === 'DET')) {
      k++; // "Senator Amy Klobuchar of Minnesota and Senator Tina Smith"
      continue;
    }
    if (t.pos === 'VERB' && /ed$/.test(t.normal) && k > start && k + 1 < hi && (toks[k - 1]!.pos === 'ADJ' || toks[k - 1]!.pos === 'DET' || APOSTROPHE_S.has(toks[k - 1]!.normal)) && (toks[k + 1]!.pos === 'NOUN' || toks[k + 1]!.pos === 'PROPN')) {
      k++; // "the party's presumed nominee"
      continue;
    }
    if (sawHead && t.normal === '(') {
      let close = k + 1;
      while (close < hi && close < k + 8 && toks[close]!.normal !== ')') close++;
      if (close >= hi || close >= k + 8) break;
      k = close + 1;
      continue;
    }
    break;
  }
  while (k > start && (toks[k - 1]!.pos === 'ADP' || toks[k - 1]!.pos === 'DET' || isPossessive(toks[k - 1]!))) k--;
  return sawHead && k > start ? [start, k] : null;
}

/** A preposition inside a noun phrase: "of the party", "in Congress"; not a time ("at the time", "on Tuesday"). */
function opensModifier(toks: readonly Token[], k: number, hi: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1]!;
  if (TIME_WORDS.has(next.normal) || (next.pos === 'DET' && k + 2 < hi && TIME_WORDS.has(toks[k + 2]!.normal))) return false;
  if (NP_PREPOSITIONS.has(t.normal)) return NP_INSIDE.has(next.pos) || isPossessive(next);
  return t.normal === 'in' && next.pos === 'PROPN';
}

/** Auxiliaries, negation and adverbs before a verb ("has also said", "did not say"). */
const CHAIN_POS = new Set(['AUX', 'PART', 'ADV']);
/** Words of a verb group whatever their tag ("has since said"). */
const CHAIN_WORDS = new Set(['since', 'never', 'once', 'also', 'already']);
/** Verbs that hand their subject on to a cue after "to" ("went on to say", "continued to insist"). */
const CATENATIVES = new Set(['go', 'continue', 'begin', 'start', 'decide', 'seem', 'appear', 'tend', 'try', 'want', 'hasten', 'rush', 'proceed', 'like', 'love', 'need', 'have', 'use']);

/** Where the verb group of the verb at `verb` starts: its auxiliaries, adverbs and catenative verbs. */
export function verbGroupStart(toks: readonly Token[], verb: number, lo: number): number {
  let k = verb;
  for (;;) {
    while (k - 1 >= lo && k > verb - 8 && (CHAIN_POS.has(toks[k - 1]!.pos) || CHAIN_WORDS.has(toks[k - 1]!.normal) || isFloating(toks, k - 1, lo)) && !APOSTROPHE_S.has(toks[k - 1]!.normal) && toks[k - 1]!.normal !== 'to') k--;
    const to = toks[k - 1];
    if (k - 2 < lo || !to || (to.normal !== 'to' && to.normal !== 'onto')) return k;
    let v = k - 2;
    if (toks[v]!.normal === 'on' && v - 1 >= lo) v--; // "went on to say"
    if (toks[v]!.pos !== 'VERB' || !CATENATIVES.has(toks[v]!.lemma)) return k;
    k = v;
  }
}

/** A quantifier floated after its subject ("Bolton and Gorka both denounced", "they have all argued"). */
function isFloating(toks: readonly Token[], k: number, lo: number): boolean {
  if (!FLOATING.has(toks[k]!.normal) || k - 1 < lo) return false;
  const p = toks[k - 1]!;
  return p.pos === 'PROPN' || p.pos === 'NOUN' || p.pos === 'AUX' || (p.pos === 'PRON' && SUBJECT_PRONOUNS.has(p.normal));
}
const FLOATING = new Set(['both', 'all', 'each']);

/** Whether a word group is (likely) finite: holds a verb or an auxiliary. */
export function hasVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') return true;
  return false;
}
