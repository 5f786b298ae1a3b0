// The compiled dictionary model the coder runs on, whatever format the entries were read from.
//
// Two layers: `DictionaryData` is plain rows of text (one string per entry, fields separated by
// tabs), cheap to write to and read from the disk cache; `CompiledDictionaries` opens it with
// first-word indexes and turns a row into an entry object only when the coder first touches it.
import type { DictionaryRef, Issue } from '../types.js';
import type { ElementSpec } from './pattern-compile.js';

/** An actor code valid from..to (YYYYMMDD as a number, inclusive); null bounds are open. */
export interface DatedCode {
  readonly code: string;
  readonly from: number | null;
  readonly to: number | null;
}

/** A phrase naming an actor: its words (upper case), its codes (dated ones first) and the entry's canonical name. */
export interface ActorEntry {
  readonly words: readonly string[];
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
  readonly plover: string | null;
  /**
   * For each word element the pattern cannot do without, the first words of its alternatives: a
   * clause that holds none of one element's words cannot match, and is ruled out before matching.
   */
  readonly required: readonly (readonly string[])[];
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
  /** undefined: the block's code. */
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

// ---------------------------------------------------------------------------------------------------
// Serialisable rows

/** A pattern waiting to be compiled: its element specs, codes and where it was written. */
export interface PatternRow {
  readonly specs: readonly ElementSpec[];
  readonly code: string | null;
  readonly reverse: string | null;
  readonly plover: string | null;
  readonly ref: DictionaryRef;
}

/**
 * Tables are single strings, one row per line, fields separated by tabs: the cache then holds a few
 * large strings, which read back far faster than many small objects. Phrase rows are sorted by first
 * word, longest phrase first.
 */
export interface VerbData {
  /** 'surface': words are upper-case word forms (PETRARCH); 'lemma': lower-case lemmas (built-in KB). */
  readonly mode: 'surface' | 'lemma';
  /** The files the rows' file numbers point into. */
  readonly files: readonly string[];
  /** `NAME \t code \t reverse \t file \t line \t text` (code '-' = none). */
  readonly blocks: string;
  /** Per block, its patterns (PatternRow[]) as JSON, in trying order; parsed when the block is first used. */
  readonly patterns: readonly string[];
  /** `W1 W2 \t head \t block \t code \t reverse \t file \t line \t text` (code '' = the block's, '-' = none). */
  readonly forms: string;
  /** `BASE \t id id ...`: single-word base forms by which a token's lemma finds its forms. */
  readonly lemmas: string;
  /** Synonym sets by name, members as word lists (nested `&NAME` members kept as such). */
  readonly sets: Readonly<Record<string, readonly (readonly string[])[]>>;
  readonly transformations: readonly TransformRule[];
}

export interface DictionaryData {
  /** The files the actor, agent and discard rows' file numbers point into. */
  readonly files: readonly string[];
  /** `W1 W2 \t block \t file \t line` */
  readonly actors: string;
  /** `NAME \t CODE:from:to|CODE:from:to ...` (dated codes first; empty bounds are open). */
  readonly actorBlocks: string;
  /** `W1 W2 \t CODE \t s|p \t file \t line` */
  readonly agents: string;
  /** `W1 W2 \t 1|0 (story) \t file \t line` */
  readonly discards: string;
  readonly verbs: VerbData;
  readonly issues: readonly Issue[];
}

// ---------------------------------------------------------------------------------------------------
// Opened model

/** First word -> row ids, longest phrase first, so the first hit at a position is the longest match. */
export type PhraseIndex = Map<string, number[]>;

/**
 * The same for rows sorted by first word: first word -> its run of rows, packed as start * RUN + count,
 * so opening a large table makes no array per word.
 */
export type RunIndex = Map<string, number>;
export const RUN = 1 << 20;

/** Rows turned into entries on first use. */
export class LazyTable<T> {
  private readonly made: (T | undefined)[];
  constructor(
    readonly rows: readonly string[],
    private readonly parse: (row: string, id: number) => T,
  ) {
    this.made = new Array<T | undefined>(rows.length);
  }
  get length(): number {
    return this.rows.length;
  }
  get(id: number): T {
    let e = this.made[id];
    if (e === undefined) {
      e = this.parse(this.rows[id]!, id);
      this.made[id] = e;
    }
    return e;
  }
}

export interface VerbIndex {
  readonly mode: 'surface' | 'lemma';
  readonly blocks: LazyTable<VerbBlock>;
  readonly forms: LazyTable<VerbForm>;
  /** First word of a form -> form ids, longest first. */
  readonly formIndex: PhraseIndex;
  /** Base verb -> its single-word form ids, for tokens whose lemma is the base. */
  readonly lemmaIndex: PhraseIndex;
  readonly transformations: readonly TransformRule[];
}

export interface CompiledDictionaries {
  readonly data: DictionaryData;
  readonly actors: LazyTable<ActorEntry>;
  readonly actorIndex: RunIndex;
  readonly agents: LazyTable<AgentEntry>;
  readonly agentIndex: RunIndex;
  readonly discards: LazyTable<DiscardEntry>;
  readonly discardIndex: RunIndex;
  readonly verbs: VerbIndex;
  /** Problems found while reading the files (malformed lines), with file and line. */
  readonly issues: readonly Issue[];
}
