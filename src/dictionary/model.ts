// The compiled dictionary model the coder runs on, whatever format the entries were read from.
//
// Everything here is plain data (arrays, Maps, strings, numbers) so a compiled set can be written to
// and read from the disk cache with v8 serialisation and no reconstruction step.
import type { DictionaryRef, Issue } from '../types.js';

/** An actor code valid from..to (YYYYMMDD as a number, inclusive); null bounds are open. */
export interface DatedCode {
  readonly code: string;
  readonly from: number | null;
  readonly to: number | null;
}

/** A phrase naming an actor: its words (upper case), its codes and the entry's canonical name. */
export interface ActorEntry {
  readonly words: readonly string[];
  /** Unrestricted codes first in file order, then restricted ones; `restricted` tells them apart. */
  readonly codes: readonly DatedCode[];
  readonly name: string;
  readonly ref: DictionaryRef;
}

/** A phrase naming a role ("foreign minister" -> GOVFRM), added after (suffix) or before (prefix) the actor code. */
export interface AgentEntry {
  readonly words: readonly string[];
  readonly code: string;
  readonly position: 'suffix' | 'prefix';
  readonly ref: DictionaryRef;
}

/** A story or sentence discard phrase. */
export interface DiscardEntry {
  readonly words: readonly string[];
  readonly story: boolean;
  readonly ref: DictionaryRef;
}

/**
 * Phrase entries indexed by their first word; the ids under a word are sorted longest phrase first,
 * so the first entry that matches at a position is the longest match.
 */
export type PhraseIndex = Map<string, number[]>;

/** How many words may stand between a pattern element and its neighbour towards the verb: 0 = adjacent, -1 = any number within the clause. */
export type Gap = number;

export type PatternElement =
  | {
      readonly kind: 'word';
      /** Alternatives, each a run of consecutive words (a synonym set expands to several). */
      readonly alts: readonly (readonly string[])[];
      readonly gap: Gap;
      readonly optional: boolean;
    }
  | { readonly kind: 'source' | 'target' | 'compound' | 'skip'; readonly gap: Gap };

export interface VerbPattern {
  /** Elements before the verb in text order (matched right to left from the verb). */
  readonly before: readonly PatternElement[];
  /** Elements after the verb in text order. */
  readonly after: readonly PatternElement[];
  /** null = the pattern says "no event". */
  readonly code: string | null;
  /** The second half of a paired code [a:b]: what the target does to the source. */
  readonly reverse: string | null;
  /** PLOVER event type when the pattern names one (built-in KB format). */
  readonly plover?: string | null;
  readonly ref: DictionaryRef;
}

export interface VerbBlock {
  readonly name: string;
  readonly code: string | null;
  readonly reverse: string | null;
  readonly patterns: readonly VerbPattern[];
  readonly ref: DictionaryRef;
}

/** One way to write a verb of a block: words in order, which word is the verb, an optional own code. */
export interface VerbForm {
  readonly words: readonly string[];
  readonly head: number;
  readonly block: number;
  readonly code: string | null | undefined;
  readonly reverse: string | null | undefined;
  readonly ref: DictionaryRef;
}

/** A PETRARCH transformation rule (`~ a (a b ATTACK) SAY = a b 015`), kept as parsed. */
export interface TransformRule {
  readonly outer: string;
  readonly innerSource: string;
  readonly innerTarget: string;
  readonly innerVerb: string;
  readonly outerVerb: string;
  readonly result: readonly [string, string, string];
  readonly ref: DictionaryRef;
}

export interface VerbIndex {
  /** 'surface': forms and pattern words are upper-case word forms (PETRARCH); 'lemma': lower-case lemmas (built-in KB). */
  readonly mode: 'surface' | 'lemma';
  readonly blocks: readonly VerbBlock[];
  readonly forms: readonly VerbForm[];
  /** First word of a form -> form ids, longest first. */
  readonly formIndex: PhraseIndex;
  /** Base (dictionary) first word -> form ids, used when a token's lemma is the base form. */
  readonly lemmaIndex: PhraseIndex;
  readonly transformations: readonly TransformRule[];
}

export interface CompiledDictionaries {
  readonly actors: readonly ActorEntry[];
  readonly actorIndex: PhraseIndex;
  readonly agents: readonly AgentEntry[];
  readonly agentIndex: PhraseIndex;
  readonly verbs: VerbIndex;
  readonly discards: readonly DiscardEntry[];
  readonly discardIndex: PhraseIndex;
  /** Problems found while reading the files (malformed lines), with file and line. */
  readonly issues: readonly Issue[];
}

/** Index phrases by first word, longest first, so the first hit at a position is the longest match. */
export function indexPhrases(phrases: readonly { readonly words: readonly string[] }[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  phrases.forEach((p, id) => {
    const first = p.words[0];
    if (first === undefined) return;
    const ids = index.get(first);
    if (ids) ids.push(id);
    else index.set(first, [id]);
  });
  for (const ids of index.values()) ids.sort((a, b) => phrases[b]!.words.length - phrases[a]!.words.length || a - b);
  return index;
}

export function emptyVerbIndex(mode: VerbIndex['mode']): VerbIndex {
  return { mode, blocks: [], forms: [], formIndex: new Map(), lemmaIndex: new Map(), transformations: [] };
}
