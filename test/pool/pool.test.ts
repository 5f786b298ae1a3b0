// The coders in worker threads give exactly what one thread gives, in input order, and report the
// knowledge base's problems the same way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identify } from '../../src/corpus/identity.js';
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

test('a store entry keeps the identity the caller computed, and is hashed in the thread when none is given', async () => {
  const coders = createCoders({ threads: 2, shape: 'store', pipeline: {} });
  try {
    const docs = async function* () {
      yield { id: 'given', origin: 'given.txt', text: 'The minister of Chile met the president of Peru on Monday.' };
      yield { id: 'hashed', origin: 'hashed.txt', text: 'The president of Peru thanked Chile on Tuesday.' };
    };
    // an identity no hash of the text would give: the thread must have used it as it was
    const given = { url: 'https://news.example/given', contentHash: 'f'.repeat(64) };
    const entries = [];
    for await (const e of coders.code(docs(), (raw) => (raw.id === 'given' ? given : undefined))) entries.push(e);
    const ids = entries.map((e) => (e.kind === 'document' ? { url: e.document.url, contentHash: e.document.contentHash, site: e.document.site } : e));
    assert.deepEqual(ids[0], { ...given, site: 'news.example' });
    const own = identify({ id: 'hashed', origin: 'hashed.txt', text: 'The president of Peru thanked Chile on Tuesday.' });
    assert.deepEqual(ids[1], { ...own, site: 'local' });
  } finally {
    await coders.close();
  }
});
