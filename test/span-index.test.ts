// The span index answers every lookup exactly as a scan of its list would: the same items, in the
// list's order. Checked on lists of random spans, nested and overlapping, against the scans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SpanIndex, type Spanned } from '../src/span-index.js';

/** A small linear congruential generator: the same lists on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function spans(n: number, next: () => number): (Spanned & { id: number })[] {
  return Array.from({ length: n }, (_, id) => {
    const start = Math.floor(next() * 60);
    return { id, start, end: start + 1 + Math.floor(next() * 12) };
  });
}

test('overlapping, covering, inside, starting and ending at: what the scans find, in list order', () => {
  const next = random(7);
  for (let round = 0; round < 200; round++) {
    const items = spans(Math.floor(next() * 25), next);
    const index = new SpanIndex(items);
    for (let q = 0; q < 20; q++) {
      const start = Math.floor(next() * 70);
      const end = start + Math.floor(next() * 10);
      const ids = (list: readonly { id: number }[]) => list.map((m) => m.id);
      assert.deepEqual(ids(index.overlapping(start, end)), ids(items.filter((m) => m.start < end && m.end > start)), `overlapping ${start}-${end}`);
      assert.deepEqual(ids(index.covering(start, end)), ids(items.filter((m) => m.start <= start && end <= m.end && m.end > start)), `covering ${start}-${end}`);
      assert.deepEqual(ids(index.inside(start, end)), ids(items.filter((m) => m.start >= start && m.end <= end)), `inside ${start}-${end}`);
      assert.deepEqual(ids(index.startingAt(start)), ids(items.filter((m) => m.start === start)), `starting at ${start}`);
      assert.deepEqual(ids(index.endingAt(end)), ids(items.filter((m) => m.end === end)), `ending at ${end}`);
    }
  }
});

test('a lookup gives a list of its own, which the caller may change', () => {
  const index = new SpanIndex([{ start: 0, end: 5 }]);
  index.overlapping(10, 12).push({ start: 10, end: 11 });
  index.overlapping(0, 2).pop();
  assert.equal(index.overlapping(10, 12).length, 0);
  assert.equal(index.overlapping(0, 2).length, 1);
});
