// Gazetteers: phrase -> entity type look-ups that the tagger sees as features and that may correct its
// labels. They come from our knowledge base and our own tables, never from the training corpus.
import type { EntityType, Sentence } from '../types.js';
import { fnvStart, fnvStep } from './hash.js';
import { tagOf } from './tags.js';

export interface Gazetteer {
  lookup(phrase: string): EntityType | null;
  /**
   * Whether some phrase may have this `phraseKey`: a filter that may say yes wrongly, never no wrongly.
   * Without it every candidate phrase is looked up.
   */
  mayHave?(key: number): boolean;
}

/** The tagger's class (PER ORG LOC MISC) for each entity type. */
export const CLASS_OF_TYPE: Readonly<Record<EntityType, number>> = { PERSON: 0, ORG: 1, GPE: 2, LOC: 2, NORP: 3, MISC: 3 };

const MAX_PHRASE_TOKENS = 6;

const SPACE = /\s/;
const isSpace = (c: number) => c === 32 || (c < 128 ? c >= 9 && c <= 13 : SPACE.test(String.fromCharCode(c)));

/**
 * Hash of text[start, end) read as a gazetteer phrase: in lower case, ’ as ', each run of white space as
 * one space. Continues from `h` (fnvStart() for a new phrase) so a phrase can be extended token by token.
 */
export function phraseKey(text: string, start: number, end: number, h = fnvStart()): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) h = fnvStep(h, c | 32);
      else if (c === 32 || (c >= 9 && c <= 13)) {
        if (i === start || !isSpace(text.charCodeAt(i - 1))) h = fnvStep(h, 32);
      } else h = fnvStep(h, c);
    } else if (c === 0x2019) h = fnvStep(h, 39);
    else if (isSpace(c)) {
      if (i === start || !isSpace(text.charCodeAt(i - 1))) h = fnvStep(h, 32);
    } else {
      const lower = c === 0x3c2 ? 'σ' : String.fromCharCode(c).toLowerCase(); // final sigma folds like any sigma
      for (let k = 0; k < lower.length; k++) h = fnvStep(h, lower.charCodeAt(k));
    }
  }
  return h;
}

const KEY_BITS = 20;
const keyBit = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - KEY_BITS);

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
  // the phrases' keys as bits of a table small enough to stay in cache (a look-up's filter)
  const keys = new Int32Array(1 << (KEY_BITS - 5));
  for (const entries of tables) {
    const exact = new Map<string, EntityType>(),
      folded = new Map<string, EntityType>();
    for (const [phrase, type] of entries) {
      const key = spaced(phrase);
      if (!key) continue;
      const bit = keyBit(phraseKey(key, 0, key.length) | 0);
      keys[bit >>> 5]! |= 1 << (bit & 31);
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
    mayHave(key) {
      const bit = keyBit(key);
      return (keys[bit >>> 5]! & (1 << (bit & 31))) !== 0;
    },
  };
}

/** Looks a phrase up in each gazetteer in turn. */
export function chainGazetteers(...list: readonly Gazetteer[]): Gazetteer {
  const filtered = list.every((g) => g.mayHave);
  return {
    lookup(phrase) {
      for (const g of list) {
        const type = g.lookup(phrase);
        if (type) return type;
      }
      return null;
    },
    ...(filtered && { mayHave: (key: number) => list.some((g) => g.mayHave!(key)) }),
  };
}

/** Where each token starts and ends, and whether white space comes before it, in typed arrays. */
export interface TokenBounds {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly spaceBefore: Uint8Array;
}

// casing values below 1..3 are the capitalised classes of features.ts (Title, Upper, Letter)
const capitalised = (c: number) => c >= 1 && c <= 3;

/**
 * BILOU tags (as in tags.ts) of the longest gazetteer phrases, left to right within each sentence. Only
 * phrases that start and end with a capitalised token (or a syllable after a hyphen), and whose key the
 * gazetteer may have, are looked up, so look-ups stay few.
 */
export function gazetteerTags(text: string, tokens: TokenBounds, sentences: readonly Sentence[], casing: Uint8Array, gazetteer: Gazetteer, tags = new Uint8Array(casing.length)): Uint8Array {
  const { start, end, spaceBefore } = tokens;
  // "in" of "Moon Jae-in": attached to a hyphen
  const afterHyphen = (k: number) => !spaceBefore[k] && text.charCodeAt(start[k]! - 1) === 45;
  const keyOf = new Int32Array(MAX_PHRASE_TOKENS + 1);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd;) {
      if (!capitalised(casing[i]!)) {
        i++;
        continue;
      }
      const ends = (len: number) => len === 1 || capitalised(casing[i + len - 1]!) || afterHyphen(i + len - 1);
      let longest = Math.min(MAX_PHRASE_TOKENS, s.tokenEnd - i);
      while (!ends(longest)) longest--;
      if (gazetteer.mayHave) {
        let h = fnvStart();
        for (let len = 1; len <= longest; len++) {
          h = phraseKey(text, len === 1 ? start[i]! : end[i + len - 2]!, end[i + len - 1]!, h);
          keyOf[len] = h | 0;
        }
      }
      let matched = 0,
        cls = -1;
      for (let len = longest; len >= 1 && !matched; len--) {
        if (!ends(len)) continue;
        const last = i + len - 1;
        if (gazetteer.mayHave && !gazetteer.mayHave(keyOf[len]!)) continue;
        const type = gazetteer.lookup(text.slice(start[i]!, end[last]!));
        if (type) {
          matched = len;
          cls = CLASS_OF_TYPE[type];
        }
      }
      if (!matched) {
        i++;
        continue;
      }
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
