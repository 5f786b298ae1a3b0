// Gazetteers: phrase -> entity type look-ups that the tagger sees as features and that may correct its
// labels. They come from our knowledge base and our own tables, never from the training corpus.
import type { EntityType, Sentence, Token } from '../types.js';
import { tagOf } from './tags.js';

export interface Gazetteer {
  lookup(phrase: string): EntityType | null;
}

/** The tagger's class (PER ORG LOC MISC) for each entity type. */
export const CLASS_OF_TYPE: Readonly<Record<EntityType, number>> = { PERSON: 0, ORG: 1, GPE: 2, LOC: 2, NORP: 3, MISC: 3 };

const MAX_PHRASE_TOKENS = 6;

const spaced = (phrase: string) => phrase.replace(/\s+/g, ' ').replace(/’/g, "'").trim();
const hasLower = (phrase: string) => phrase !== phrase.toUpperCase();

/**
 * A gazetteer over a phrase -> type table. Look-ups are exact, and case-blind only for entries written
 * with some lower case: "SEOUL" finds "Seoul", but "Who" and "Un" do not find "WHO" and "UN".
 */
export function gazetteerFromEntries(entries: Iterable<readonly [string, EntityType]>): Gazetteer {
  const exact = new Map<string, EntityType>(), folded = new Map<string, EntityType>();
  for (const [phrase, type] of entries) {
    const key = spaced(phrase);
    if (!key) continue;
    if (!exact.has(key)) exact.set(key, type);
    if (hasLower(key) && !folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), type);
  }
  return {
    lookup(phrase) {
      const key = spaced(phrase);
      return exact.get(key) ?? folded.get(key.toLowerCase()) ?? null;
    },
  };
}

/** Looks a phrase up in each gazetteer in turn. */
export function chainGazetteers(...list: readonly Gazetteer[]): Gazetteer {
  return {
    lookup(phrase) {
      for (const g of list) {
        const type = g.lookup(phrase);
        if (type) return type;
      }
      return null;
    },
  };
}

/** "in" of "Moon Jae-in": attached to a hyphen. */
const afterHyphen = (text: string, t: Token) => !t.spaceBefore && text.charCodeAt(t.start - 1) === 45;

// casing values below 1..3 are the capitalised classes of features.ts (Title, Upper, Letter)
const capitalised = (c: number) => c >= 1 && c <= 3;

/**
 * BILOU tags (as in tags.ts) of the longest gazetteer phrases, left to right within each sentence. Only
 * phrases that start and end with a capitalised token (or a syllable after a hyphen) are looked up, so
 * look-ups stay few.
 */
export function gazetteerTags(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  casing: Uint8Array,
  gazetteer: Gazetteer,
): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      if (!capitalised(casing[i]!)) { i++; continue; }
      let matched = 0, cls = -1;
      for (let len = Math.min(MAX_PHRASE_TOKENS, s.tokenEnd - i); len >= 1 && !matched; len--) {
        const last = i + len - 1;
        if (len > 1 && !capitalised(casing[last]!) && !afterHyphen(text, tokens[last]!)) continue;
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
