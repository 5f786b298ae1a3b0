// The coders in worker threads give exactly what one thread gives, in input order, and report the
// knowledge base's problems the same way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSources } from '../../src/input/sources.js';
import { createCoders } from '../../src/pool/pool.js';

const ARTICLES = new URL('../corpus/articles.jsonl', import.meta.url).pathname;
// text, a web page and JSON lines: a web page needs the HTML extractor, which one thread loads lazily
const SAMPLES = new URL('../../samples', import.meta.url).pathname;

async function codeAll(threads: number, inputs = [ARTICLES, ARTICLES]): Promise<{ lines: string[]; failed: boolean[]; issues: number }> {
  const coders = createCoders({ threads, shape: 'jsonl', pipeline: {} });
  try {
    const lines: string[] = [];
    const failed: boolean[] = [];
    // every article twice, so that more documents than threads are in flight
    for await (const p of coders.code(readSources(inputs))) {
      lines.push(p.output);
      failed.push(p.failed);
    }
    return { lines, failed, issues: (await coders.issues()).length };
  } finally {
    await coders.close();
  }
}

test('two worker threads code as one thread does, in input order', async () => {
  const one = await codeAll(1);
  const two = await codeAll(2);
  assert.deepEqual(two, one);
  assert.deepEqual(
    one.lines.map((l) => (JSON.parse(l) as { id: string }).id),
    ['talks', 'sanctions', 'visit', 'protest', 'summit', 'broken', 'talks', 'sanctions', 'visit', 'protest', 'summit', 'broken'],
  );
  assert.deepEqual(one.failed.filter(Boolean).length, 2, 'the empty article, twice');
});

test('web pages code in worker threads as in one thread', async () => {
  const one = await codeAll(1, [SAMPLES]);
  assert.ok(
    one.lines.some((l) => (JSON.parse(l) as { id: string }).id.endsWith('.html')),
    'the samples hold a web page',
  );
  assert.deepEqual(await codeAll(2, [SAMPLES]), one);
});
