// The ordered runner: results in input order whatever order the calls finish in, never more than the
// bound in flight, the input read only as fast as results are taken, and a failure where it happened.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { inOrder } from '../../src/pool/ordered.js';

async function* numbers(n: number, read: number[] = []): AsyncGenerator<number> {
  for (let i = 0; i < n; i += 1) {
    read.push(i);
    yield i;
  }
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

test('results come in input order, with at most the bound in flight', async () => {
  for (const limit of [1, 3, 8]) {
    let running = 0;
    let peak = 0;
    const delays = [9, 1, 5, 0, 7, 3, 2, 8, 4, 6, 0, 5];
    const out = await collect(
      inOrder(
        numbers(delays.length),
        async (i) => {
          running += 1;
          peak = Math.max(peak, running);
          await sleep(delays[i]!);
          running -= 1;
          return i * 10;
        },
        limit,
      ),
    );
    assert.deepEqual(
      out,
      delays.map((_, i) => i * 10),
    );
    assert.ok(peak <= limit, `peak ${peak} over limit ${limit}`);
    if (limit > 1) assert.ok(peak > 1, 'calls overlap');
  }
});

test('the input is read no further ahead than the bound', async () => {
  const read: number[] = [];
  const results = inOrder(numbers(1000, read), async (i) => i, 4);
  for await (const i of results) {
    assert.ok(read.length <= i + 1 + 4, `read ${read.length} items to give item ${i}`);
    if (i === 20) break;
  }
  assert.ok(read.length <= 26);
});

test('a failing call fails the stream at its place, after the results before it', async () => {
  const got: number[] = [];
  await assert.rejects(async () => {
    for await (const i of inOrder(
      numbers(10),
      async (i) => {
        if (i === 5) throw new Error('document 5 broke');
        await sleep(1);
        return i;
      },
      3,
    ))
      got.push(i);
  }, /document 5 broke/);
  assert.deepEqual(got, [0, 1, 2, 3, 4]);
});
