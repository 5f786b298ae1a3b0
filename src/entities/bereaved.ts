// People a story describes by a loss: "the sister of a victim", "families of those killed", "a father
// who lost his son", "Ana Ruiz, who lost her brother in the attack,". The guide codes them as civilians
// of the country the story is about (§4.1 CVL): they speak as relatives, not in any office. The role
// words are kin (kb/roles.tsv, CVL); what makes them bereaved is the phrase after the word.
import type { Token } from '../types.js';
import type { RoleName } from './knowledge.js';
import type { TitleCode, TitleContext } from './titles.js';

/** Kin role words (singular, as in kb/roles.tsv) and "family". */
export const KIN = new Set(['family', 'relative', 'parent', 'mother', 'father', 'daughter', 'son', 'sister', 'brother', 'child', 'widow', 'widower', 'grandmother', 'grandfather', 'loved one']);

/** Kin words that name one relative of someone: "his son" is the son, not his father's office or country. */
export function isRelative(role: RoleName): boolean {
  return isKin(role) && role.role.word !== 'family' && role.role.word !== 'child';
}

/** Nouns of the dead after "of" (with an article or adjective between): "of a victim", "of the slain". */
const DEAD = new Set(['victim', 'victims', 'dead', 'deceased', 'slain', 'fallen']);
/** Participles after "those" or "people": "of those killed", "of people who died" (via "who"). */
const KILLED = new Set(['killed', 'murdered', 'slain', 'shot', 'lost']);
/** Verbs of a loss in "who lost her son", "who had buried his daughter". */
const LOSS_VERBS = new Set(['lost', 'buried']);
const ARTICLES = new Set(['a', 'an', 'the', 'those', 'people', 'all']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'a', 'an', 'two', 'three']);

const CIVILIANS = 'CVL';
const at = (tokens: readonly Token[], i: number) => tokens[i]?.normal ?? '';

/** Kin role word: true when the word as matched names a relative. */
export function isKin(role: RoleName): boolean {
  return role.role.code === CIVILIANS && KIN.has(role.role.word);
}

/**
 * "who lost her son" or "who had lost his daughter" from token i: a loss of a relative; the token
 * after the relative's noun, or null. The kin noun must follow the possessive (and at most one
 * adjective): "who lost her job" is no loss of a person.
 */
function lostRelative(ctx: TitleContext, i: number): number | null {
  if (at(ctx.tokens, i) !== 'who') return null;
  let k = i + 1;
  if (at(ctx.tokens, k) === 'had' || at(ctx.tokens, k) === 'has') k++;
  if (!LOSS_VERBS.has(at(ctx.tokens, k))) return null;
  k++;
  if (!POSSESSIVES.has(at(ctx.tokens, k))) return null;
  k++;
  if (ctx.tokens[k]?.pos === 'ADJ' || ctx.tokens[k]?.pos === 'NUM') k++;
  const noun = ctx.tokens[k];
  return noun !== undefined && (KIN.has(noun.lemma) || KIN_PLURAL_LEMMAS.has(noun.normal) || SPOUSES.has(noun.lemma)) ? k + 1 : null;
}
/** Plurals the lemmatiser may leave as written. */
const KIN_PLURAL_LEMMAS = new Set(['children', 'sons', 'daughters', 'parents', 'brothers', 'sisters', 'relatives']);
/** A spouse lost is a relative lost; not a kin role word itself ("the wife of the president" holds no role). */
const SPOUSES = new Set(['wife', 'husband']);

/**
 * Tokens from `i` (right after a kin word) say the relatives are of the dead: "of a victim", "of the
 * shooting victims", "of those killed", or "who lost her son". The token after those words, or null.
 */
export function bereavedAfter(ctx: TitleContext, i: number): number | null {
  const lost = lostRelative(ctx, i);
  if (lost !== null) return lost;
  if (at(ctx.tokens, i) !== 'of') return null;
  let k = i + 1;
  if (ARTICLES.has(at(ctx.tokens, k))) {
    // "of those killed", "of people murdered"
    if (KILLED.has(at(ctx.tokens, k + 1))) return k + 2;
    k++;
  }
  // "of the slain", "of a shooting victim", "of the 14 victims": up to two modifiers before the noun
  for (let n = 0; n < 3; n++, k++) {
    const t = ctx.tokens[k];
    if (!t) return null;
    if (DEAD.has(t.normal)) return k + 1;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM' && t.pos !== 'VERB') return null;
  }
  return null;
}

/**
 * The code of relatives of the dead with no country of their own in the words: the story's country's
 * civilians. Its span runs from token `from` to the end of the words of the loss, which are part of
 * the description ("families of those killed": "killed" is no act of theirs). Null when the story has
 * no country, the role is no kin word, or the words after it speak of no loss.
 */
export function bereavedCode(ctx: TitleContext, role: RoleName, from: number, after: number, rule: string): TitleCode | null {
  const home = ctx.home ?? ctx.streetHome;
  const end = isKin(role) ? bereavedAfter(ctx, after) : null;
  const first = ctx.tokens[from];
  const last = end === null ? undefined : ctx.tokens[end - 1];
  if (!home || !first || !last) return null;
  return { code: home + CIVILIANS, span: { start: first.start, end: last.end }, rule, personal: role.role.word !== 'family' };
}

/** ", who lost her daughter" after a name (token `nameEnd` is the comma): a civilian of the story's country. */
export function lostRelativeAfter(ctx: TitleContext, nameEnd: number): TitleCode | null {
  const home = ctx.home;
  const comma = ctx.tokens[nameEnd];
  if (!home || comma?.normal !== ',' || lostRelative(ctx, nameEnd + 1) === null) return null;
  return { code: home + CIVILIANS, span: { start: comma.start, end: comma.end }, rule: 'actor/lost-relative', personal: true };
}
