// GLOBALEVENTID from what identifies an event, so that every store built from the same articles (any
// order, any backend, any number of workers) numbers its events alike without a shared counter.
import { createHash } from 'node:crypto';
import type { EventKey } from './types.js';

/** 2^53 - 1: the largest integer a JavaScript number, a DuckDB BIGINT and JSON all carry exactly. */
const RANGE = (1n << 53n) - 1n;

/**
 * A positive integer below 2^53: the first 64 bits of the SHA-256 of the key fields, reduced into
 * 1..2^53-1. The fields are hashed as a JSON array, so no two different keys share a hashed text.
 *
 * Collisions: for n events the chance that any two share an id is about n^2 / 2^54 (birthday bound):
 * 1 in 18,000 for a million events, 1 in 180 for ten million. That is negligible for a dyad store; at
 * GDELT's scale (10^8 and more) it is not, and a store that large should check its ids are unique
 * (a primary key does) rather than trust them.
 */
export function globalEventId(key: EventKey): number {
  const text = JSON.stringify([key.day, key.source, key.target, key.code, key.place]);
  const digest = createHash('sha256').update(text, 'utf8').digest();
  return Number((digest.readBigUInt64BE(0) % RANGE) + 1n);
}
