// The trained weights at run time: an open-addressing table from feature hash to a sparse row of
// (tag, weight) pairs. Stored as a gzipped header and typed arrays (keys int32, weights int16 scaled).
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Scorer } from './decode.js';
import { FEATURE_VERSION } from './features.js';
import { TAG_COUNT, TAG_NAMES } from './tags.js';

const FORMAT = 'dyad-ner-perceptron/2';

export interface NerModel extends Scorer {
  readonly features: number;
  readonly weights: number;
  /** Softmax temperature for confidences. */
  readonly temperature: number;
}

/**
 * The file, gzipped: the byte length of the header (uint32), the header as JSON, zeros up to a multiple
 * of 4 bytes, then the arrays of `Quantized` in the order keys, values, counts, tagIndex, little-endian.
 */
interface Header {
  format: string;
  featureVersion: string;
  tags: string[];
  scale: number;
  temperature: number;
  features: number;
  weights: number;
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
  const keys: number[] = [],
    counts: number[] = [],
    tagIndex: number[] = [],
    values: number[] = [];
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
    if (count) {
      keys.push(key);
      counts.push(count);
    }
  }
  return { scale, keys: Int32Array.from(keys), counts: Uint8Array.from(counts), tagIndex: Uint8Array.from(tagIndex), values: Int16Array.from(values) };
}

/** The model that `saveWeights` would store, without the round trip through a file. */
export function modelFromWeights(weights: ReadonlyMap<number, Float32Array>, minWeight: number, temperature = 1): NerModel {
  return sparseModel(quantize(weights, minWeight), temperature);
}

/** Writes averaged weights, dropping those whose magnitude is below `minWeight`. */
export function saveWeights(file: string, weights: ReadonlyMap<number, Float32Array>, minWeight: number, temperature: number): { features: number; weights: number; bytes: number } {
  const q = quantize(weights, minWeight);
  const header: Header = {
    format: FORMAT,
    featureVersion: FEATURE_VERSION,
    tags: [...TAG_NAMES],
    scale: q.scale,
    temperature,
    features: q.keys.length,
    weights: q.values.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  const padding = Buffer.alloc((4 - ((4 + json.length) % 4)) % 4);
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const data = gzipSync(Buffer.concat([size, json, padding, bytes(q.keys), bytes(q.values), bytes(q.counts), bytes(q.tagIndex)]), { level: 9 });
  writeFileSync(file, data);
  return { features: q.keys.length, weights: q.values.length, bytes: data.length };
}

export function readWeights(file: string): NerModel {
  if (endianness() !== 'LE') throw new Error('the weights file is little-endian');
  const raw = gunzipSync(readFileSync(file));
  const data = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength); // aligned, of its own
  const length = raw.readUInt32LE(0);
  const header = JSON.parse(raw.toString('utf8', 4, 4 + length)) as Header;
  if (header.format !== FORMAT || header.featureVersion !== FEATURE_VERSION || header.tags.join() !== TAG_NAMES.join()) {
    throw new Error(`${file}: weights were trained for other features (${header.format} ${header.featureVersion}); run scripts/train-ner.ts`);
  }
  let offset = 4 + length + ((4 - ((4 + length) % 4)) % 4);
  const take = <A>(make: new (buffer: ArrayBuffer, offset: number, length: number) => A, count: number, bytes: number): A => {
    const array = new make(data, offset, count);
    offset += count * bytes;
    return array;
  };
  const keys = take(Int32Array, header.features, 4);
  const values = take(Int16Array, header.weights, 2);
  const counts = take(Uint8Array, header.features, 1);
  const tagIndex = take(Uint8Array, header.weights, 1);
  return sparseModel({ scale: header.scale, keys, counts, tagIndex, values }, header.temperature);
}

// A row's (tag, weight) pairs are packed into one int32 each, weight << TAG_BITS | tag, and a slot of the
// table holds the key beside its row's start << TAG_BITS | length: a look-up touches one slot and one
// run of entries, so a feature costs one or two cache misses.
const TAG_BITS = 5;
const BLOOM_BITS = 21;
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
  // one bit per key, at a second hash: most features absent from the model are turned away by a table
  // small enough to stay in cache, before a probe of the large one
  const bits = new Int32Array(1 << (BLOOM_BITS - 5));
  for (let r = 0; r < keys.length; r++) {
    const b = Math.imul(keys[r]!, 0x9e3779b1) >>> (32 - BLOOM_BITS);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return {
    features: keys.length,
    weights: values.length,
    temperature,
    addScores(feature, scores, offset = 0) {
      const b = Math.imul(feature, 0x9e3779b1) >>> (32 - BLOOM_BITS);
      if ((bits[b >>> 5]! & (1 << (b & 31))) === 0) return;
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
