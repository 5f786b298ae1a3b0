// The trained weights at run time: an open-addressing table from feature hash to a sparse row of
// (tag, weight) pairs. Stored as gzipped JSON whose arrays are base64 (keys int32, weights int16 scaled).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Scorer } from './decode.js';
import { FEATURE_VERSION } from './features.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

const FORMAT = 'dyad-ner-perceptron/1';

export interface NerModel extends Scorer {
  readonly features: number;
  readonly weights: number;
  /** Softmax temperature for confidences. */
  readonly temperature: number;
}

interface StoredModel {
  format: string;
  featureVersion: string;
  tags: string[];
  scale: number;
  temperature: number;
  keys: string; // Int32Array: feature hashes
  counts: string; // Uint8Array: non-zero weights per feature
  tagIndex: string; // Uint8Array: tag of each weight
  values: string; // Int16Array: weight / scale
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromB64<T>(s: string, make: (buf: ArrayBuffer, offset: number, length: number) => T, bytes: number): T {
  const buf = Buffer.from(s, 'base64');
  const copy = new ArrayBuffer(buf.byteLength); // aligned
  new Uint8Array(copy).set(buf);
  return make(copy, 0, buf.byteLength / bytes);
}

interface Quantized {
  scale: number;
  keys: Int32Array;
  counts: Uint8Array;
  tagIndex: Uint8Array;
  values: Int16Array;
}

/** Sparse int16 weights, without those whose magnitude is below `minWeight`. */
function quantize(weights: ReadonlyMap<number, Float32Array>, minWeight: number): Quantized {
  let maxAbs = 0;
  for (const row of weights.values()) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const keys: number[] = [], counts: number[] = [], tagIndex: number[] = [], values: number[] = [];
  for (const [key, row] of weights) {
    let count = 0;
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = row[t]!;
      if (Math.abs(v) < minWeight) continue;
      const q = Math.round(v / scale);
      if (q === 0) continue;
      tagIndex.push(t);
      values.push(q);
      count++;
    }
    if (count) { keys.push(key); counts.push(count); }
  }
  return { scale, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), tagIndex: Uint8Array.from(tagIndex), values: Int16Array.from(values) };
}

/** The model that `saveWeights` would store, without the round trip through a file. */
export function modelFromWeights(weights: ReadonlyMap<number, Float32Array>, minWeight: number, temperature = 1): NerModel {
  return sparseModel(quantize(weights, minWeight), temperature);
}

/** Writes averaged weights, dropping those whose magnitude is below `minWeight`. */
export function saveWeights(
  file: string,
  weights: ReadonlyMap<number, Float32Array>,
  minWeight: number,
  temperature: number,
): { features: number; weights: number; bytes: number } {
  const q = quantize(weights, minWeight);
  const stored: StoredModel = {
    format: FORMAT,
    featureVersion: FEATURE_VERSION,
    tags: [...TAG_NAMES],
    scale: q.scale,
    temperature,
    keys: b64(q.keys),
    counts: b64(q.counts),
    tagIndex: b64(q.tagIndex),
    values: b64(q.values),
  };
  const data = gzipSync(JSON.stringify(stored), { level: 9 });
  writeFileSync(file, data);
  return { features: q.keys.length, weights: q.values.length, bytes: data.length };
}

export function readWeights(file: string): NerModel {
  const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredModel;
  if (stored.format !== FORMAT || stored.featureVersion !== FEATURE_VERSION || stored.tags.join() !== TAG_NAMES.join()) {
    throw new Error(`${file}: weights were trained for other features (${stored.format} ${stored.featureVersion}); run scripts/train-ner.ts`);
  }
  const keys = fromB64(stored.keys, (b, o, l) => new Int32Array(b, o, l), 4);
  const counts = fromB64(stored.counts, (b, o, l) => new Uint8Array(b, o, l), 1);
  const tagIndex = fromB64(stored.tagIndex, (b, o, l) => new Uint8Array(b, o, l), 1);
  const values = fromB64(stored.values, (b, o, l) => new Int16Array(b, o, l), 2);
  return sparseModel({ scale: stored.scale, keys, counts, tagIndex, values }, stored.temperature);
}

// A row's (tag, weight) pairs are packed into one int32 each, weight << TAG_BITS | tag, and a slot of the
// table holds the key beside its row's start << TAG_BITS | length: a look-up touches one slot and one
// run of entries, so a feature costs one or two cache misses.
const TAG_BITS = 5;
const TAG_MASK = (1 << TAG_BITS) - 1;

function sparseModel(q: Quantized, temperature: number): NerModel {
  const { keys, counts, tagIndex, values, scale } = q;
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 2); // [key, start << TAG_BITS | count]; count 0 marks an empty slot
  const entries = new Int32Array(values.length);
  for (let j = 0; j < values.length; j++) entries[j] = (values[j]! << TAG_BITS) | tagIndex[j]!;
  let start = 0;
  for (let r = 0; r < keys.length; r++) {
    let slot = keys[r]! & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = keys[r]!;
    slots[slot * 2 + 1] = (start << TAG_BITS) | counts[r]!;
    start += counts[r]!;
  }
  return {
    features: keys.length,
    weights: values.length,
    temperature,
    addScores(feature, scores, offset = 0) {
      let slot = feature & mask;
      for (;;) {
        const row = slots[slot * 2 + 1]!;
        if (row === 0) return;
        if (slots[slot * 2] === feature) {
          for (let j = row >>> TAG_BITS, end = j + (row & TAG_MASK); j < end; j++) {
            const e = entries[j]!;
            scores[offset + (e & TAG_MASK)]! += (e >> TAG_BITS) * scale;
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
