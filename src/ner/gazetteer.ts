// Gazetteers: phrase -> entity type look-ups that the tagger sees as features and that may correct its
// labels. They come from our knowledge base and our own tables, never from the training corpus.
import type { EntityType, Sentence, Token } from '../types.js';
import { tagOf } from './tags.js';

export interface Gazetteer {
  lookup(phrase: string): EntityType | null;
  /**
   * Lengths in characters (white space counted as one) of the phrases that may begin at text[start],
   * known by the letters there; null when none may. A filter: it may let through a length that no
   * phrase has, never the reverse. Without it every phrase start is looked up.
   */
  lengthsAt?(text: string, start: number): ReadonlySet<number> | null;
}

/** The tagger's class (PER ORG LOC MISC) for each entity type. */
export const CLASS_OF_TYPE: Readonly<Record<EntityType, number>> = { PERSON: 0, ORG: 1, GPE: 2, LOC: 2, NORP: 3, MISC: 3 };

const MAX_PHRASE_TOKENS = 6;

const isLetter = (c: number) => (c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c).toUpperCase());
const SPACE = /\s/;
const isSpace = (c: number) => c === 32 || (c < 128 ? c >= 9 && c <= 13 : SPACE.test(String.fromCharCode(c)));

/** The letters that begin text at `start`, in lower case: "port" of "Port-au-Prince", "u" of "U.S.". */
function leadingLetters(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

/** Length of text[start, end) with each run of white space counted as one character. */
function spacedLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i)) || i === start || !isSpace(text.charCodeAt(i - 1))) length++;
  return length;
}

const UNSPACED = /\s\s|[^\S ]|’|^\s|\s$/;
const spaced = (phrase: string) => (UNSPACED.test(phrase) ? phrase.replace(/\s+/g, ' ').replace(/’/g, "'").trim() : phrase);
const hasLower = (phrase: string) => phrase !== phrase.toUpperCase();

/**
 * A gazetteer over phrase -> type tables, looked up in turn (an earlier table wins). Look-ups are exact,
 * and case-blind only for entries written with some lower case: "SEOUL" finds "Seoul", but "Who" and
 * "Un" do not find "WHO" and "UN".
 */
export function gazetteerFromEntries(...tables: Iterable<readonly [string, EntityType]>[]): Gazetteer {
  const tiers: { exact: Map<string, EntityType>; folded: Map<string, EntityType> }[] = [];
  const lengths = new Map<string, Set<number>>();
  for (const entries of tables) {
    const exact = new Map<string, EntityType>(), folded = new Map<string, EntityType>();
    for (const [phrase, type] of entries) {
      const key = spaced(phrase);
      if (!key) continue;
      const lead = leadingLetters(key, 0);
      let known = lengths.get(lead);
      if (!known) lengths.set(lead, (known = new Set()));
      known.add(key.length);
      if (!exact.has(key)) exact.set(key, type);
      if (hasLower(key) && !folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), type);
    }
    tiers.push({ exact, folded });
  }
  return {
    lookup(phrase) {
      const key = spaced(phrase);
      let lower: string | null = null;
      for (const { exact, folded } of tiers) {
        const type = exact.get(key) ?? folded.get((lower ??= key.toLowerCase()));
        if (type) return type;
      }
      return null;
    },
    lengthsAt: (text, start) => lengths.get(leadingLetters(text, start)) ?? null,
  };
}

/** Looks a phrase up in each gazetteer in turn. */
export function chainGazetteers(...list: readonly Gazetteer[]): Gazetteer {
  const filtered = list.every((g) => g.lengthsAt);
  return {
    lookup(phrase) {
      for (const g of list) {
        const type = g.lookup(phrase);
        if (type) return type;
      }
      return null;
    },
    ...(filtered && {
      lengthsAt(text: string, start: number) {
        const found = list.map((g) => g.lengthsAt!(text, start)).filter((l): l is ReadonlySet<number> => l !== null);
        return found.length <= 1 ? found[0] ?? null : new Set(found.flatMap((l) => [...l]));
      },
    }),
  };
}

/** "in" of "Moon Jae-in": attached to a hyphen. */
const afterHyphen = (text: string, t: Token) => !t.spaceBefore && text.charCodeAt(t.start - 1) === 45;

const ANY: ReadonlySet<number> = new Set();

// casing values below 1..3 are the capitalised classes of features.ts (Title, Upper, Letter)
const capitalised = (c: number) => c >= 1 && c <= 3;

/**
 * BILOU tags (as in tags.ts) of the longest gazetteer phrases, left to right within each sentence. Only
 * phrases that start and end with a capitalised token (or a syllable after a hyphen), and whose first
 * letters and length may be those of a phrase, are looked up, so look-ups stay few.
 */
export function gazetteerTags(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  casing: Uint8Array,
  gazetteer: Gazetteer,
): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const lengthOf = new Int32Array(MAX_PHRASE_TOKENS + 1);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      const known = capitalised(casing[i]!) ? (gazetteer.lengthsAt ? gazetteer.lengthsAt(text, tokens[i]!.start) : ANY) : null;
      if (!known) { i++; continue; }
      const longest = Math.min(MAX_PHRASE_TOKENS, s.tokenEnd - i);
      for (let len = 1; len <= longest; len++) lengthOf[len] = spacedLength(text, tokens[i]!.start, tokens[i + len - 1]!.end);
      let matched = 0, cls = -1;
      for (let len = longest; len >= 1 && !matched; len--) {
        const last = i + len - 1;
        if (len > 1 && !capitalised(casing[last]!) && !afterHyphen(text, tokens[last]!)) continue;
        if (known !== ANY && !known.has(lengthOf[len]!)) continue;
        const type = gazetteer.lookup(text.slice(tokens[i]!.start, tokens[last]!.end));
        if (type) { matched = len; cls = CLASS_OF_TYPE[type]; }
      }
      if (!matched) { i++; continue; }
      if (matched === 1) tags[i] = tagOf('U', cls);
      else {
        tags[i] = tagOf('B', cls);
        for (let j = i + 1; j < i + matched - 1; j++) tags[j] = tagOf('I', cls);
        tags[i + matched - 1] = tagOf('L', cls);
      }
      i += matched;
    }
  }
  return tags;
}
