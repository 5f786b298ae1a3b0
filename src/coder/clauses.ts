// Sentence structure for the coder: comma-delimited phrases PETRARCH drops, list commas it must
// keep, coordinate clauses (each codes at most one verb), and subordinate-clause starts.
import type { CoderOptions } from '../types.js';
import type { Chunk } from './units.js';
import type { Word } from './words.js';

/** PETRARCH's defaults for the comma options (a maximum of 0 switches that kind of deletion off). */
export const COMMA_DEFAULTS = { comma_min: 2, comma_max: 8, comma_bmin: 0, comma_bmax: 0, comma_emin: 2, comma_emax: 8 } as const;

const CONJUNCTIONS = new Set(['AND', 'OR', 'NOR']);
/** Tags of a word that opens an aside between a verb and its object ("discuss, in fact, trade"). */
const ASIDE_OPENERS = new Set(['ADP', 'ADV']);
/** Words such an aside may have ("in a phone call"): a longer one tells something of its own. */
const ASIDE_MAX = 4;
/** Tags of a word that opens the object after the aside. */
const OBJECT_OPENERS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const CLAUSE_CONJUNCTIONS = new Set(['AND', 'BUT']);
export const SUBORDINATORS = new Set(['AFTER', 'THAT', 'UNTIL', 'WHEN', 'WHILE', 'BECAUSE', 'SINCE', 'BEFORE', 'IF', 'ALTHOUGH', 'THOUGH', 'WHEREAS', 'WHICH', 'WHO', 'WHERE', 'UNLESS']);
const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);
/**
 * Verbs whose object may be a clause without "that" ("said Japan and China agreed"): after them
 * "noun and noun verb" is a compound subject, not a second clause.
 */
export const CLAUSE_TAKING: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'think',
  'believe',
  'announce',
  'report',
  'claim',
  'warn',
  'add',
  'insist',
  'argue',
  'deny',
  'confirm',
  'know',
  'hope',
  'expect',
  'fear',
  'suggest',
  'note',
  'state',
  'declare',
  'acknowledge',
  'admit',
  'predict',
  'show',
  'indicate',
  'reveal',
  'assert',
  'allege',
  'stress',
  'emphasize',
  'emphasise',
  'maintain',
  'contend',
  'explain',
  'write',
  'feel',
  'understand',
  'realize',
  'realise',
  'conclude',
  'decide',
  'demand',
  'propose',
  'recommend',
  'ensure',
  'see',
  'hear',
  'learn',
  'assume',
  'doubt',
  'guess',
  'suspect',
  'agree',
  'signal',
  'mean',
  'find',
  'estimate',
]);

/**
 * Commas between items of a list of three or more noun phrases ("A, B and C", "A, B, and C"):
 * they are not clause boundaries and their items are not deleted as comma phrases.
 */
export function findListCommas(words: readonly Word[], chunks: readonly Chunk[]): Set<number> {
  const out = new Set<number>();
  // "On Monday, Russia and Syria accused ...": the comma closing an opening prepositional phrase
  // ends that phrase, it does not join its noun to a list
  const opening = words[0]?.pos === 'ADP' ? words.findIndex((w) => w.text === ',') : -1;
  let j = 0;
  while (j < chunks.length) {
    const commas: number[] = [];
    let k = j;
    let closed = false;
    while (k + 1 < chunks.length) {
      const a = chunks[k]!;
      const b = chunks[k + 1]!;
      const gap = b.start - a.end;
      const w0 = words[a.end];
      const w1 = words[a.end + 1];
      if (gap === 1 && w0?.text === ',' && a.end !== opening) commas.push(a.end);
      else if (gap === 1 && w0 && CONJUNCTIONS.has(w0.text)) closed = true;
      else if (gap === 2 && w0?.text === ',' && a.end !== opening && w1 && CONJUNCTIONS.has(w1.text)) {
        commas.push(a.end);
        closed = true;
      } else break;
      k++;
      if (closed) break;
    }
    const items = k - j + 1;
    if (closed && items >= 3 && commas.length >= 1) for (const c of commas) out.add(c);
    j = Math.max(k, j + 1);
  }
  return out;
}

/**
 * Which words survive PETRARCH's comma rules (phrases of min..max words between commas are dropped).
 * Asides inside the sentence go first, so that a closing phrase which holds the main verb
 * ("X, whom Y threatened, met Z") is seen as the predicate it is.
 */
export function commaDeletions(words: readonly Word[], chunks: readonly Chunk[], listCommas: ReadonlySet<number>, options: CoderOptions): boolean[] {
  const o = { ...COMMA_DEFAULTS, ...options };
  const kept = words.map(() => true);
  const commas: number[] = [];
  words.forEach((w, i) => {
    if (w.text === ',' && !listCommas.has(i)) commas.push(i);
  });
  if (commas.length === 0) return kept;
  let last = words.length;
  while (last > 0 && words[last - 1]!.pos === 'PUNCT') last--;
  const length = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (words[i]!.pos !== 'PUNCT') n++;
    return n;
  };
  // a phrase that holds the sentence's only verbs is its predicate, not an aside: it stays
  const drop = (from: number, to: number) => {
    if (!words.some((w, i) => (i < from || i >= to) && kept[i] && w.pos === 'VERB')) return;
    for (let i = from; i < to; i++) kept[i] = false;
  };
  const within = (n: number, min: number, max: number) => max > 0 && n >= min && n <= max;
  // PETRARCH counts an inner phrase one word short (a 9-word phrase goes under comma_max 8)
  const inner = (from: number, to: number) => length(from, to) - 1;
  // "will discuss, in fact, trade with Kenya": an aside opened by a preposition or adverb between a
  // verb and its object goes with both its commas, and what follows is the verb's object, not a closing phrase
  // ("said, after the meeting with Iran, that ..." keeps its aside: no object follows it, and it is long)
  const opensObject = (w: Word | undefined) => w !== undefined && OBJECT_OPENERS.has(w.pos) && w.text !== 'THAT';
  const interrupts = (a: number, b: number) => words[a - 1]?.pos === 'VERB' && ASIDE_OPENERS.has(words[a + 1]?.pos ?? '') && length(a + 1, b) <= ASIDE_MAX && opensObject(words[b + 1]);
  let resumed = -1;
  for (let c = 0; c + 1 < commas.length; c++) {
    const a = commas[c]!;
    const b = commas[c + 1]!;
    if (interrupts(a, b) && words.some((w, i) => (i < a || i > b) && w.pos === 'VERB')) {
      for (let i = a; i <= b; i++) kept[i] = false;
      resumed = b;
    } else if (within(inner(a + 1, b), o.comma_min, o.comma_max)) drop(a, b);
  }
  const final = commas[commas.length - 1]!;
  if (final === resumed) {
    const first = commas[0]!;
    if (within(length(0, first), o.comma_bmin, o.comma_bmax)) drop(0, first + 1);
    return kept;
  }
  // a passive's "by" phrase after a dropped aside goes on the sentence ("accused of graft, much of it abroad, by Haiti")
  const agentAfterAside = final > 0 && !kept[final - 1]! && words[final + 1]?.text === 'BY';
  if (within(length(final + 1, last), o.comma_emin, o.comma_emax) && !agentAfterAside && !opensClause(words, chunks, kept, final + 1)) drop(final, last);
  const first = commas[0]!;
  if (within(length(0, first), o.comma_bmin, o.comma_bmax)) drop(0, first + 1);
  return kept;
}

/** ", and China condemned Russia": a conjunction, a noun phrase and its verb open a clause of their own. */
function opensClause(words: readonly Word[], chunks: readonly Chunk[], kept: readonly boolean[], at: number): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(words[at]?.text ?? '')) return false;
  const subject = chunks.find((c) => c.start === at + 1);
  return subject !== undefined && verbAfter(words, kept, subject.end) >= 0;
}

export interface Clause {
  readonly start: number;
  readonly end: number;
  /** True when the clause is a verb coordinated with the previous clause's ("... and promised aid"): it shares its subject. */
  readonly sharesSubject: boolean;
}

/** Where the verb group after `i` (auxiliaries, adverbs, negation) ends in a verb, the verb's index. */
function verbAfter(words: readonly Word[], kept: readonly boolean[], i: number): number {
  let k = i;
  while (k < words.length && (!kept[k] || VERB_GROUP.has(words[k]!.pos))) k++;
  return k < words.length && words[k]!.pos === 'VERB' ? k : -1;
}

/** Like verbAfter, for a verb with a subject of its own: "to" before it makes an infinitive ("urged X and Y to stop"). */
function finiteVerbAfter(words: readonly Word[], kept: readonly boolean[], i: number): boolean {
  const v = verbAfter(words, kept, i);
  if (v < 0) return false;
  for (let k = i; k < v; k++) if (kept[k] && words[k]!.text === 'TO') return false;
  return true;
}

/**
 * Coordinate clauses: a clause ends at ';', before "and/but + verb" once the clause has a verb
 * (shared subject), and before ", (and) noun-phrase verb" or, after a verb that does not take a
 * clause, "and noun-phrase verb" (own subject: "Japan praised Korea and China condemned Russia"),
 * and before a participle phrase after a comma (", calling it ..." shares the subject).
 */
export function splitClauses(words: readonly Word[], kept: readonly boolean[], chunks: readonly Chunk[], listCommas: ReadonlySet<number>): Clause[] {
  const chunkAt = new Map(chunks.map((c) => [c.start, c]));
  const clauses: Clause[] = [];
  let start = 0;
  let shares = false;
  let hasVerb = false;
  let lastVerb = '';
  const cut = (at: number, nextShares: boolean) => {
    if (at > start) clauses.push({ start, end: at, sharesSubject: shares });
    start = at;
    shares = nextShares;
    hasVerb = false;
  };
  for (let i = 0; i < words.length; i++) {
    if (!kept[i]) continue;
    const w = words[i]!;
    if (w.pos === 'VERB' || w.pos === 'AUX') hasVerb = true;
    if (w.pos === 'VERB') lastVerb = w.lemma;
    if (w.text === ';' || w.text === ':') {
      cut(i + 1, false);
      continue;
    }
    // the comma that closes a dropped aside ("Greece, like most members, plans to ...") joins what it separated
    // "..., as he embarked on a trip to seek support": a clause of its own, with its own subject
    if (w.text === 'AS' && i > 0 && hasVerb && chunkAt.has(i + 1) && finiteVerbAfter(words, kept, chunkAt.get(i + 1)!.end)) {
      cut(i, false);
      continue;
    }
    const comma = w.text === ',' && !listCommas.has(i) && (i === 0 || kept[i - 1]!);
    let k = i + (comma ? 1 : 0);
    while (k < words.length && !kept[k]) k++;
    const conj = k < words.length && CLAUSE_CONJUNCTIONS.has(words[k]!.text);
    if (!comma && !conj) continue;
    if (conj) {
      const before = words[i - 1];
      // "strongly and repeatedly condemned" joins two modifiers; "... as well and called for" ends a
      // clause: the word after the conjunction is already the next verb
      const coordinatesModifiers = !comma && before !== undefined && (before.pos === 'ADV' || before.pos === 'ADJ') && words[k + 1]?.pos !== 'VERB';
      if (hasVerb && !coordinatesModifiers && verbAfter(words, kept, k + 1) >= 0) {
        cut(k, true);
        i = k;
        continue;
      }
      k++;
      while (k < words.length && !kept[k]) k++;
      const subject = chunkAt.get(k);
      if (!comma && hasVerb && !CLAUSE_TAKING.has(lastVerb) && subject && finiteVerbAfter(words, kept, subject.end)) {
        cut(i, false);
        continue;
      }
    }
    if (!comma) continue;
    const chunk = chunkAt.get(k);
    if (chunk && verbAfter(words, kept, chunk.end) >= 0) cut(i + 1, false);
    // ", calling it a crime" goes on with the clause's subject; ", dubbed X by Y" describes the noun before
    else if (hasVerb && words[k]?.pos === 'VERB') cut(i + 1, words[k]!.lower.endsWith('ing'));
  }
  if (start < words.length) clauses.push({ start, end: words.length, sharesSubject: shares });
  return clauses;
}

/**
 * ", called for talks with Poland and threatened Lithuania": a phrase of verbs joined by "and", the
 * rest of a list of the sentence subject's acts ("condemned X, called for Y and threatened Z"). A
 * past participle before "by" describes the noun before it (", backed by Iran and ..."), and so does
 * a phrase with no second verb (", dubbed the Hanoi Hilton").
 */
function predicateList(words: readonly Word[], start: number, end: number): boolean {
  const first = words[start]!;
  if (first.pos !== 'VERB' || words[start + 1]?.text === 'BY') return false;
  const all = words.map(() => true);
  for (let k = start + 1; k < end; k++) if (CLAUSE_CONJUNCTIONS.has(words[k]!.text) && verbAfter(words, all, k + 1) >= 0 && verbAfter(words, all, k + 1) < end) return true;
  return false;
}

/** A dropped comma phrase coded as a clause, and where its subject comes from. */
export interface Aside extends Clause {
  readonly opener: 'adjunct' | 'participle' | 'relative' | 'coordinate';
}

/** Tags that open a phrase before the subject ("In Florida, ...", "After the talks, ..."). */
export const OPENERS = new Set(['ADP', 'SCONJ']);

/** Relative pronouns that can be the subject of their clause. */
export const RELATIVES = new Set(['THAT', 'WHICH', 'WHO']);

/**
 * Dropped comma phrases that open with a preposition or subordinator, or with a present participle
 * or "and/but" and a verb (both share the sentence's subject: ", but was still refusing entry to
 * X,"), as clauses of their own.
 */
export function asides(words: readonly Word[], kept: readonly boolean[]): Aside[] {
  const out: Aside[] = [];
  let i = 0;
  while (i < words.length) {
    if (kept[i]) {
      i++;
      continue;
    }
    let start = i;
    while (i < words.length && !kept[i]) i++;
    while (start < i && words[start]!.pos === 'PUNCT') start++;
    const first = words[start];
    if (!first || start >= i) continue;
    if (RELATIVES.has(first.text)) out.push({ start, end: i, sharesSubject: false, opener: 'relative' });
    else if (OPENERS.has(first.pos)) out.push({ start, end: i, sharesSubject: false, opener: 'adjunct' });
    else if (first.pos === 'VERB' && first.lower.endsWith('ing')) out.push({ start, end: i, sharesSubject: true, opener: 'participle' });
    else if (predicateList(words, start, i)) out.push({ start, end: i, sharesSubject: true, opener: 'coordinate' });
    else if (
      CLAUSE_CONJUNCTIONS.has(first.text) &&
      verbAfter(
        words,
        words.map(() => true),
        start + 1,
      ) >= 0
    )
      out.push({ start, end: i, sharesSubject: true, opener: 'coordinate' });
  }
  return out;
}
