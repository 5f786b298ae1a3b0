// Viterbi BILOU decoding of each sentence, shared by training and recognition so both see the same
// features. Each token's score for a tag is the sum of its fixed features, the labels the document has
// already given to the same word in earlier sentences ("Kulik" after "Andrei Kulik"), and features of the
// previous tag (alone, with the word, with the shape); BILOU order is enforced as hard constraints.
import * as features from './features.js';
import type { DocFeatures } from './features.js';
import * as hash from './hash.js';
import * as tags from './tags.js';

// Imported bindings copied into module constants: some loaders turn every use of an import into a getter
// call, which costs more than the work in these loops.
const { STATIC_FEATURES, T_HIST, T_HIST_CASE, T_HIST_SENT, T_PREV, T_PREV_SH, T_PREV_W } = features;
const { mix } = hash;
const { ALLOWED, CLASSES, canEnd, classOfTag, O, TAG_COUNT } = tags;

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
  /** Confidence of each chosen tag: softmax over the tag's max-marginal scores. */
  readonly confidence: Float32Array;
}

export interface DecodeOptions {
  /** Softmax temperature that turns scores into confidences (fitted on held-out documents). */
  readonly temperature?: number;
  /** Training: the gold tags and the learner. */
  readonly gold?: Uint8Array;
  readonly learner?: Learner;
}

const T = TAG_COUNT;
const START = T; // the "before the sentence" row of ALLOWED
const PREV_ROWS = T + 1;
const TOKEN_FEATURES = STATIC_FEATURES + 3;
const CLASS_COUNT = CLASSES.length;
const NEG = -1e30;

export function decodeDocument(doc: DocFeatures, scorer: Scorer, options: DecodeOptions = {}): Decoded {
  const { gold, learner } = options;
  const inverseTemperature = 1 / (options.temperature ?? 1);
  const tags = new Uint8Array(doc.n);
  const confidence = new Float32Array(doc.n);
  const history = new Map<string, Int32Array>();
  // the previous-tag feature alone does not depend on the token: one transition table per document
  const transition = new Float32Array(PREV_ROWS * T);
  for (let p = 0; p < PREV_ROWS; p++) scorer.addScores(mix(T_PREV, p), transition, p * T);
  let maxLength = 0;
  for (const s of doc.sentences) maxLength = Math.max(maxLength, s.tokenEnd - s.tokenStart);
  const buffer = new Int32Array(maxLength * TOKEN_FEATURES), counts = new Int32Array(maxLength);
  const emission = new Float32Array(maxLength * T), pair = new Float32Array(maxLength * PREV_ROWS * T);
  const forward = new Float32Array(maxLength * T), backward = new Float32Array(maxLength * T);
  const back = new Uint8Array(maxLength * T), path = new Uint8Array(maxLength);

  for (const s of doc.sentences) {
    const a = s.tokenStart, m = s.tokenEnd - a;
    for (let j = 0; j < m; j++) {
      const i = a + j;
      let n = j * TOKEN_FEATURES;
      const base = i * STATIC_FEATURES;
      for (let k = 0; k < STATIC_FEATURES; k++) {
        const f = doc.fixed[base + k]!;
        if (f !== 0) buffer[n++] = f;
      }
      const hist = historyValue(history.get(doc.normal[i]!));
      buffer[n++] = mix(T_HIST, hist);
      buffer[n++] = mix(mix(T_HIST_CASE, hist), doc.casing[i]!);
      buffer[n++] = mix(mix(T_HIST_SENT, hist), doc.sentFlags[i]!);
      counts[j] = n - j * TOKEN_FEATURES;
      emission.fill(0, j * T, (j + 1) * T);
      for (let k = j * TOKEN_FEATURES; k < n; k++) scorer.addScores(buffer[k]!, emission, j * T);
      const word = doc.word[i]!, shape = doc.shape[i]!;
      for (let p = j === 0 ? START : 0; p < (j === 0 ? START + 1 : T); p++) {
        const o = (j * PREV_ROWS + p) * T;
        pair.set(transition.subarray(p * T, (p + 1) * T), o);
        scorer.addScores(mix(mix(T_PREV_W, p), word), pair, o);
        scorer.addScores(mix(mix(T_PREV_SH, p), shape), pair, o);
      }
    }
    viterbi(m, emission, pair, forward, back, path);
    if (gold && learner) learn(doc, a, m, gold, path, buffer, counts, learner);
    maxMarginals(m, emission, pair, forward, backward);
    for (let j = 0; j < m; j++) {
      const best = path[j]!;
      let z = 0;
      const top = forward[j * T + best]! + backward[j * T + best]!;
      for (let t = 0; t < T; t++) {
        const v = forward[j * T + t]! + backward[j * T + t]!;
        if (v > NEG / 2) z += Math.exp(Math.max(-30, (v - top) * inverseTemperature));
      }
      tags[a + j] = best;
      confidence[a + j] = 1 / z;
    }
    for (let j = 0; j < m; j++) {
      if (path[j] === O) continue;
      const key = doc.normal[a + j]!;
      let h = history.get(key);
      if (!h) history.set(key, (h = new Int32Array(CLASS_COUNT)));
      h[classOfTag(path[j]!)]! += 1;
    }
  }
  return { tags, confidence };
}

const pairAt = (j: number, p: number) => (j * PREV_ROWS + p) * T;

/** Best allowed tag path of a sentence of m tokens into `path`; forward[j*T+t] is the best score ending in t. */
function viterbi(m: number, emission: Float32Array, pair: Float32Array, forward: Float32Array, back: Uint8Array, path: Uint8Array): void {
  for (let t = 0; t < T; t++) {
    forward[t] = ALLOWED[START * T + t] && (m > 1 || canEnd(t)) ? emission[t]! + pair[pairAt(0, START) + t]! : NEG;
  }
  for (let j = 1; j < m; j++) {
    const last = j === m - 1;
    for (let t = 0; t < T; t++) {
      let best = NEG, arg = 0;
      if (!last || canEnd(t)) {
        for (let p = 0; p < T; p++) {
          if (!ALLOWED[p * T + t]) continue;
          const v = forward[(j - 1) * T + p]! + pair[pairAt(j, p) + t]!;
          if (v > best) { best = v; arg = p; }
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

/** backward[j*T+t]: best score of the rest of the sentence after tag t at j (so forward + backward is a max-marginal). */
function maxMarginals(m: number, emission: Float32Array, pair: Float32Array, forward: Float32Array, backward: Float32Array): void {
  for (let t = 0; t < T; t++) backward[(m - 1) * T + t] = canEnd(t) ? 0 : NEG;
  for (let j = m - 2; j >= 0; j--) {
    for (let p = 0; p < T; p++) {
      let best = NEG;
      if (forward[j * T + p]! > NEG / 2) {
        for (let t = 0; t < T; t++) {
          if (!ALLOWED[p * T + t]) continue;
          const v = pair[pairAt(j + 1, p) + t]! + emission[(j + 1) * T + t]! + backward[(j + 1) * T + t]!;
          if (v > best) best = v;
        }
      }
      backward[j * T + p] = best;
    }
  }
}

/** Collins' update: gold path features up, predicted path features down, where the two differ. */
function learn(doc: DocFeatures, a: number, m: number, gold: Uint8Array, path: Uint8Array, features: Int32Array, counts: Int32Array, learner: Learner): void {
  for (let j = 0; j < m; j++) {
    const g = gold[a + j]!, p = path[j]!;
    const gp = j === 0 ? START : gold[a + j - 1]!, pp = j === 0 ? START : path[j - 1]!;
    if (g === p && gp === pp) continue;
    if (g !== p) {
      for (let k = j * TOKEN_FEATURES, end = k + counts[j]!; k < end; k++) {
        learner.update(features[k]!, g, 1);
        learner.update(features[k]!, p, -1);
      }
    }
    const i = a + j;
    for (const [prev, tag, delta] of [[gp, g, 1], [pp, p, -1]] as const) {
      learner.update(mix(T_PREV, prev), tag, delta);
      learner.update(mix(mix(T_PREV_W, prev), doc.word[i]!), tag, delta);
      learner.update(mix(mix(T_PREV_SH, prev), doc.shape[i]!), tag, delta);
    }
  }
  learner.tick();
}

/** 0: never labelled; else 1 + 2 * majority class + (1 when every label agreed). */
function historyValue(h: Int32Array | undefined): number {
  if (!h) return 0;
  let best = 0, total = 0;
  for (let c = 0; c < CLASS_COUNT; c++) {
    total += h[c]!;
    if (h[c]! > h[best]!) best = c;
  }
  return 1 + 2 * best + (h[best] === total ? 1 : 0);
}
