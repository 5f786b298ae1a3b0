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
  const q = quantize(weights, minWeight);
  return sparseModel(q.keys, q.counts, q.tagIndex, dequantize(q.values, q.scale), temperature);
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

function dequantize(q: Int16Array, scale: number): Float32Array {
  const values = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) values[i] = q[i]! * scale;
  return values;
}

export function readWeights(file: string): NerModel {
  const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredModel;
  if (stored.format !== FORMAT || stored.featureVersion !== FEATURE_VERSION || stored.tags.join() !== TAG_NAMES.join()) {
    throw new Error(`${file}: weights were trained for other features (${stored.format} ${stored.featureVersion}); run scripts/train-ner.ts`);
  }
  const keys = fromB64(stored.keys, (b, o, l) => new Int32Array(b, o, l), 4);
  const counts = fromB64(stored.counts, (b, o, l) => new Uint8Array(b, o, l), 1);
  const tagIndex = fromB64(stored.tagIndex, (b, o, l) => new Uint8Array(b, o, l), 1);
  const q = fromB64(stored.values, (b, o, l) => new Int16Array(b, o, l), 2);
  return sparseModel(keys, counts, tagIndex, dequantize(q, stored.scale), stored.temperature);
}

function sparseModel(keys: Int32Array, counts: Uint8Array, tagIndex: Uint8Array, values: Float32Array, temperature: number): NerModel {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  const slotKey = new Int32Array(size), slotRow = new Int32Array(size).fill(-1);
  const rowStart = new Uint32Array(keys.length + 1);
  for (let r = 0; r < keys.length; r++) {
    rowStart[r + 1] = rowStart[r]! + counts[r]!;
    let slot = keys[r]! & mask;
    while (slotRow[slot] !== -1) slot = (slot + 1) & mask;
    slotKey[slot] = keys[r]!;
    slotRow[slot] = r;
  }
  return {
    features: keys.length,
    weights: values.length,
    temperature,
    addScores(feature, scores, offset = 0) {
      let slot = feature & mask;
      for (;;) {
        const row = slotRow[slot]!;
        if (row === -1) return;
        if (slotKey[slot] === feature) {
          for (let j = rowStart[row]!, end = rowStart[row + 1]!; j < end; j++) scores[offset + tagIndex[j]!]! += values[j]!;
          return;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}
