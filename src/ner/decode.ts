// Viterbi BILOU decoding of each sentence, shared by training and recognition so both see the same
// features. Each token's score for a tag is the sum of its fixed features, the labels the document has
// already given to the same word in earlier sentences ("Kulik" after "Andrei Kulik"), and features of the
// previous tag (alone, with the word, with the shape); BILOU order is enforced as hard constraints.
// Tokens that features.ts does not score are O: they cut a sentence into runs of scored tokens, each
// decoded alone, as after an O.
import * as features from './features.js';
import type { DocFeatures } from './features.js';
import * as groups from './groups.js';
import type { FeatureGroup } from './groups.js';
import * as hash from './hash.js';
import { grown, IntTable } from './int-table.js';
import * as tags from './tags.js';
import * as templates from './templates.js';

// Imported bindings copied into module constants: some loaders turn every use of an import into a getter
// call, which costs more than the work in these loops.
const { CONTEXT_FEATURES, OWN_FEATURES, ownFeatures } = features;
const { GROUP_FEATURES, GROUPS, HISTORY, historyIndex } = groups;
const { T_PREV, T_PREV_SH, T_PREV_W } = templates;
const { mix } = hash;
const { ALLOWED, CLASSES, canEnd, classOfTag, O, TAG_COUNT } = tags;
const CAN_END = Uint8Array.from({ length: TAG_COUNT }, (_, t) => (canEnd(t) ? 1 : 0));

export interface Scorer {
  /** Adds the weights of one feature to scores[offset .. offset + TAG_COUNT). */
  addScores(feature: number, scores: Float32Array, offset?: number): void;
}

/** Structured perceptron updates, applied after each sentence whose best path is not the gold one. */
export interface Learner extends Scorer {
  update(feature: number, tag: number, delta: number): void;
  /** One sentence has been seen (the averaging clock). */
  tick(): void;
}

export interface Decoded {
  readonly tags: Uint8Array;
  /**
   * Confidence of each chosen tag: softmax over the tag's max-marginal scores; 1 for unscored tokens, and
   * for runs of tokens that are all O unless `allConfidences` is set.
   */
  readonly confidence: Float32Array;
}

export interface DecodeOptions {
  /** Softmax temperature that turns scores into confidences (fitted on held-out documents). */
  readonly temperature?: number;
  /** Training: the gold tags and the learner. */
  readonly gold?: Uint8Array;
  readonly learner?: Learner;
  /** Confidences for runs without a name too (fitting the temperature); names alone need theirs. */
  readonly allConfidences?: boolean;
  /** The result may live in the module's buffers, overwritten by the next call that says so. */
  readonly reuseBuffers?: boolean;
}

const T = TAG_COUNT;
const START = T; // the "before the sentence" row of ALLOWED
const PREV_ROWS = T + 1;
const GROUP_COUNT = GROUPS.length;
const TOKEN_FEATURES = OWN_FEATURES + CONTEXT_FEATURES + (GROUP_COUNT + 1) * GROUP_FEATURES;
const CLASS_COUNT = CLASSES.length;
const NEG = -1e30;

/** Index of each allowed (previous tag or START, tag) pair among PAIRS; -1 where BILOU forbids it. */
const PAIR_INDEX = new Int16Array(PREV_ROWS * T).fill(-1);
let PAIRS = 0;
for (let k = 0; k < PREV_ROWS * T; k++) if (ALLOWED[k]) PAIR_INDEX[k] = PAIRS++;

/**
 * The scores that depend on a token's characters alone, as ENTRY numbers: its own features' for each
 * tag, then for each allowed pair the transition plus the previous tag with its word and its shape.
 */
const ENTRY = T + PAIRS;

/** Summed scores of each index of a group, filled when first needed. */
interface GroupScores {
  readonly scores: Float32Array;
  readonly filled: Uint8Array;
}

/**
 * Scores kept per model while its weights stay fixed (never for a learner): by written form, since most
 * of a token's look-ups are the same for every mention of a word, across documents too (an ENTRY each
 * in `entries`, found by form and checked by word and shape; all dropped when MEMO_LIMIT forms are
 * kept, half a kilobyte each); and by index of each feature group.
 */
interface Memo {
  /** Slot of each form kept; `kept` of them. */
  readonly forms: IntTable;
  kept: number;
  slotWord: Int32Array;
  slotShape: Int32Array;
  entries: Float32Array;
  /** The pair scores of the previous tag alone, and with each shape. */
  readonly transition: Float32Array;
  readonly shapePairs: Map<number, Float32Array>;
  readonly groups: readonly GroupScores[];
  readonly history: GroupScores;
}
const MEMO_LIMIT = 20_000;
const memos = new WeakMap<Scorer, Memo>();

function memoOf(scorer: Scorer): Memo {
  let memo = memos.get(scorer);
  const table = (g: FeatureGroup): GroupScores => ({ scores: new Float32Array(g.size * T), filled: new Uint8Array(g.size) });
  if (!memo) {
    const groups = GROUPS.map(table),
      history = table(HISTORY);
    const transition = new Float32Array(PAIRS);
    addPairs(scorer, T_PREV, null, transition, 0);
    const forms = new IntTable(1);
    forms.reset(MEMO_LIMIT);
    memos.set(scorer, (memo = { forms, kept: 0, slotWord: new Int32Array(0), slotShape: new Int32Array(0), entries: new Float32Array(0), transition, shapePairs: new Map(), groups, history }));
  }
  return memo;
}

/** The slot of a new form in the memo, with room made for it. */
function newSlot(memo: Memo): number {
  const slot = memo.kept++;
  if (slot >= memo.slotWord.length) {
    const size = Math.max(1024, 2 * memo.slotWord.length);
    const entries = new Float32Array(size * ENTRY);
    entries.set(memo.entries);
    memo.entries = entries;
    memo.slotWord = grown(memo.slotWord, size);
    memo.slotShape = grown(memo.slotShape, size);
  }
  return slot;
}

/** Per-sentence buffers, reused from document to document (decoding is never re-entered). */
function workspace(length: number) {
  return {
    length,
    buffer: new Int32Array(length * TOKEN_FEATURES),
    counts: new Int32Array(length),
    emission: new Float32Array(length * T),
    /** Where each token's ENTRY starts (in the memo's entries, or in `scratch` while learning). */
    at: new Int32Array(length),
    scratch: new Float32Array(length * ENTRY),
    forward: new Float32Array(length * T),
    backward: new Float32Array(length * T),
    back: new Uint8Array(length * T),
    path: new Uint8Array(length),
  };
}
let work = workspace(0);
const ownScratch = new Int32Array(OWN_FEATURES),
  groupScratch = new Int32Array(GROUP_FEATURES),
  pairRow = new Float32Array(T);

/** Adds to out[at + pair index] the weights of the previous tag (with `part`, when given) for each allowed pair. */
function addPairs(scorer: Scorer, template: number, part: number | null, out: Float32Array, at: number): void {
  for (let p = 0; p < PREV_ROWS; p++) {
    pairRow.fill(0);
    scorer.addScores(part === null ? mix(template, p) : mix(mix(template, p), part), pairRow);
    for (let t = 0; t < T; t++) if (PAIR_INDEX[p * T + t]! >= 0) out[at + PAIR_INDEX[p * T + t]!]! += pairRow[t]!;
  }
}
const results = { tags: new Uint8Array(0), confidence: new Float32Array(0) };
/** Labels the document has given to each word so far: a count per class. */
const history = new IntTable(CLASS_COUNT);

/** The allowed tags before each tag (and after each tag), as flat lists with offsets and their pair indices. */
function adjacency(before: boolean): { list: Uint8Array; pair: Int16Array; from: Uint16Array } {
  const list: number[] = [],
    pair: number[] = [],
    from = new Uint16Array(T + 1);
  for (let x = 0; x < T; x++) {
    for (let y = 0; y < T; y++) {
      const k = before ? y * T + x : x * T + y;
      if (ALLOWED[k]) {
        list.push(y);
        pair.push(PAIR_INDEX[k]!);
      }
    }
    from[x + 1] = list.length;
  }
  return { list: Uint8Array.from(list), pair: Int16Array.from(pair), from };
}
const PRED = adjacency(true),
  SUCC = adjacency(false);

export function decodeDocument(doc: DocFeatures, scorer: Scorer, options: DecodeOptions = {}): Decoded {
  const { gold, learner } = options;
  const inverseTemperature = 1 / (options.temperature ?? 1);
  const tags = options.reuseBuffers ? (results.tags = grown(results.tags, doc.n)).subarray(0, doc.n).fill(O) : new Uint8Array(doc.n);
  const confidence = (options.reuseBuffers ? (results.confidence = grown(results.confidence, doc.n)).subarray(0, doc.n) : new Float32Array(doc.n)).fill(1);
  history.reset(doc.n);
  const memo = learner ? null : memoOf(scorer);
  if (memo && memo.kept + doc.n > MEMO_LIMIT) {
    // never while a document is decoded
    memo.forms.reset(MEMO_LIMIT);
    memo.kept = 0;
    memo.shapePairs.clear();
  }
  const documentTransition = memo ? memo.transition : new Float32Array(PAIRS);
  if (!memo) addPairs(scorer, T_PREV, null, documentTransition, 0);
  let maxLength = 0;
  for (const s of doc.sentences) maxLength = Math.max(maxLength, s.tokenEnd - s.tokenStart);
  if (work.length < maxLength) work = workspace(2 * maxLength);
  const { buffer, counts, emission, at, scratch, forward, backward, back, path } = work;

  /** Finds or computes the ENTRY of token i at position j of its run: its array, and at[j]. */
  const formScores = (i: number, j: number): Float32Array => {
    const word = doc.word[i]!,
      shape = doc.shape[i]!,
      form = doc.form[i]!;
    const found = memo ? memo.forms.find(form) : -1;
    if (found >= 0) {
      const slot = memo!.forms.values[found]!;
      if (memo!.slotWord[slot] === word && memo!.slotShape[slot] === shape) {
        at[j] = slot * ENTRY;
        return memo!.entries;
      }
    }
    // a form not seen yet, or another under the same hash (which takes its slot)
    const slot = memo ? (found >= 0 ? memo.forms.values[found]! : newSlot(memo)) : -1;
    const entries = memo ? memo.entries : scratch;
    const o = (at[j] = memo ? slot * ENTRY : j * ENTRY);
    entries.fill(0, o, o + ENTRY);
    for (let k = 0, end = ownFeatures(doc, i, ownScratch, 0); k < end; k++) scorer.addScores(ownScratch[k]!, entries, o);
    let byShape = memo?.shapePairs.get(shape);
    if (!byShape) {
      byShape = new Float32Array(PAIRS);
      addPairs(scorer, T_PREV_SH, shape, byShape, 0);
      if (memo) memo.shapePairs.set(shape, byShape);
    }
    const transition = memo ? memo.transition : documentTransition;
    for (let k = 0; k < PAIRS; k++) entries[o + T + k] = transition[k]! + byShape[k]!;
    addPairs(scorer, T_PREV_W, word, entries, o + T);
    if (memo) {
      memo.forms.values[memo.forms.add(form)] = slot;
      memo.slotWord[slot] = word;
      memo.slotShape[slot] = shape;
    }
    return entries;
  };

  /** Adds the group's scores for an index, summing them the first time. */
  const addGroup = (group: FeatureGroup, kept: GroupScores, index: number, offset: number): void => {
    const at = index * T;
    if (!kept.filled[index]) {
      for (let k = 0, end = group.features(index, groupScratch, 0); k < end; k++) scorer.addScores(groupScratch[k]!, kept.scores, at);
      kept.filled[index] = 1;
    }
    for (let t = 0; t < T; t++) emission[offset + t]! += kept.scores[at + t]!;
  };

  for (const s of doc.sentences) {
    for (let a = s.tokenStart; a < s.tokenEnd;) {
      if (doc.row[a]! < 0) {
        a++;
        continue;
      }
      let b = a + 1;
      while (b < s.tokenEnd && doc.row[b]! >= 0) b++;
      const first = a === s.tokenStart ? START : O,
        m = b - a;
      let entries: Float32Array = scratch;
      for (let j = 0; j < m; j++) {
        const i = a + j;
        entries = formScores(i, j);
        for (let t = 0; t < T; t++) emission[j * T + t] = entries[at[j]! + t]!;
        const base = doc.row[i]! * CONTEXT_FEATURES,
          groupBase = doc.row[i]! * GROUP_COUNT;
        const hist = historyIndex(historyValue(history.find(doc.word[i]!)), doc.casing[i]!, doc.sentFlags[i]!);
        // the hashed features go to the buffer and are scored from it; when learning, all features do
        let n = j * TOKEN_FEATURES;
        if (learner) n = ownFeatures(doc, i, buffer, n); // scored in formScores
        const scoredFrom = n;
        if (learner) {
          for (let g = 0; g < GROUP_COUNT; g++) n = GROUPS[g]!.features(doc.groups[groupBase + g]!, buffer, n);
          n = HISTORY.features(hist, buffer, n);
        }
        for (let k = base; k < base + CONTEXT_FEATURES; k++) if (doc.fixed[k] !== 0) buffer[n++] = doc.fixed[k]!;
        counts[j] = n - j * TOKEN_FEATURES;
        for (let k = scoredFrom; k < n; k++) scorer.addScores(buffer[k]!, emission, j * T);
        if (memo) {
          for (let g = 0; g < GROUP_COUNT; g++) addGroup(GROUPS[g]!, memo.groups[g]!, doc.groups[groupBase + g]!, j * T);
          addGroup(HISTORY, memo.history, hist, j * T);
        }
      }
      viterbi(m, first, emission, entries, at, forward, back, path);
      if (gold && learner) learn(doc, a, m, first, gold, path, buffer, counts, learner);
      // confidences of the names' tokens (of all with allConfidences): backward scores down to the first
      let from = options.allConfidences ? 0 : m;
      for (let j = m - 1; j >= 0; j--) {
        tags[a + j] = path[j]!;
        if (path[j] !== O) from = j;
      }
      if (from === m) {
        a = b;
        continue;
      }
      maxMarginals(m, from, emission, entries, at, forward, backward);
      for (let j = from; j < m; j++) {
        const best = path[j]!;
        if (best === O && !options.allConfidences) continue;
        let z = 0;
        const top = forward[j * T + best]! + backward[j * T + best]!;
        for (let t = 0; t < T; t++) {
          const v = forward[j * T + t]! + backward[j * T + t]!;
          if (v > NEG / 2) z += Math.exp(Math.max(-30, (v - top) * inverseTemperature));
        }
        confidence[a + j] = 1 / z;
      }
      for (let j = 0; j < m; j++) {
        if (path[j] === O) continue;
        history.values[history.add(doc.word[a + j]!) * CLASS_COUNT + classOfTag(path[j]!)]! += 1;
      }
      a = b;
    }
  }
  return { tags, confidence };
}

/**
 * Best allowed tag path of a run of m tokens into `path`, the tag before it being `first` (START or O);
 * forward[j*T+t] is the best score ending in t. Pair scores of token j are entries[at[j] + T + pair index].
 */
function viterbi(m: number, first: number, emission: Float32Array, entries: Float32Array, at: Int32Array, forward: Float32Array, back: Uint8Array, path: Uint8Array): void {
  const pair0 = at[0]! + T;
  for (let t = 0; t < T; t++) {
    const k = PAIR_INDEX[first * T + t]!;
    forward[t] = k >= 0 && (m > 1 || CAN_END[t]) ? emission[t]! + entries[pair0 + k]! : NEG;
  }
  for (let j = 1; j < m; j++) {
    const last = j === m - 1,
      pair = at[j]! + T,
      prev = (j - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = NEG,
        arg = 0;
      if (!last || CAN_END[t]) {
        for (let k = PRED.from[t]!, end = PRED.from[t + 1]!; k < end; k++) {
          const p = PRED.list[k]!;
          const v = forward[prev + p]! + entries[pair + PRED.pair[k]!]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
      }
      forward[j * T + t] = best > NEG / 2 ? best + emission[j * T + t]! : NEG;
      back[j * T + t] = arg;
    }
  }
  let best = 0;
  for (let t = 1; t < T; t++) if (forward[(m - 1) * T + t]! > forward[(m - 1) * T + best]!) best = t;
  for (let j = m - 1; j >= 0; j--) {
    path[j] = best;
    best = back[j * T + best]!;
  }
}

/**
 * backward[j*T+t] for j >= from: best score of the rest of the run after tag t at j (so forward + backward
 * is a max-marginal).
 */
function maxMarginals(m: number, from: number, emission: Float32Array, entries: Float32Array, at: Int32Array, forward: Float32Array, backward: Float32Array): void {
  for (let t = 0; t < T; t++) backward[(m - 1) * T + t] = CAN_END[t] ? 0 : NEG;
  for (let j = m - 2; j >= from; j--) {
    const pair = at[j + 1]! + T,
      next = (j + 1) * T;
    for (let p = 0; p < T; p++) {
      let best = NEG;
      if (forward[j * T + p]! > NEG / 2) {
        for (let k = SUCC.from[p]!, end = SUCC.from[p + 1]!; k < end; k++) {
          const t = SUCC.list[k]!;
          const v = entries[pair + SUCC.pair[k]!]! + emission[next + t]! + backward[next + t]!;
          if (v > best) best = v;
        }
      }
      backward[j * T + p] = best;
    }
  }
}

/** Collins' update: gold path features up, predicted path features down, where the two differ. */
function learn(doc: DocFeatures, a: number, m: number, first: number, gold: Uint8Array, path: Uint8Array, features: Int32Array, counts: Int32Array, learner: Learner): void {
  for (let j = 0; j < m; j++) {
    const g = gold[a + j]!,
      p = path[j]!;
    const gp = j === 0 ? first : gold[a + j - 1]!,
      pp = j === 0 ? first : path[j - 1]!;
    if (g === p && gp === pp) continue;
    if (g !== p) {
      for (let k = j * TOKEN_FEATURES, end = k + counts[j]!; k < end; k++) {
        learner.update(features[k]!, g, 1);
        learner.update(features[k]!, p, -1);
      }
    }
    const i = a + j;
    for (const [prev, tag, delta] of [
      [gp, g, 1],
      [pp, p, -1],
    ] as const) {
      learner.update(mix(T_PREV, prev), tag, delta);
      learner.update(mix(mix(T_PREV_W, prev), doc.word[i]!), tag, delta);
      learner.update(mix(mix(T_PREV_SH, prev), doc.shape[i]!), tag, delta);
    }
  }
  learner.tick();
}

/** 0: never labelled; else 1 + 2 * majority class + (1 when every label agreed). */
function historyValue(slot: number): number {
  if (slot < 0) return 0;
  const h = history.values,
    o = slot * CLASS_COUNT;
  let best = 0,
    total = 0;
  for (let c = 0; c < CLASS_COUNT; c++) {
    total += h[o + c]!;
    if (h[o + c]! > h[o + best]!) best = c;
  }
  return 1 + 2 * best + (h[o + best] === total ? 1 : 0);
}
