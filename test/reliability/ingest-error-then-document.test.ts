// A URL that first fails (an empty page) and then comes with a good document: the document replaces
// the failure, whether the two are written in one batch or in two, and reading the failed version
// again changes nothing. The failure's row was once deleted without a trace, so a re-run (or a resume
// after a kill) coded it again and stored it back beside the document; in one batch it was kept.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { dyad, summary, tempDir, writeJsonl } from '../cli/corpus.js';
import { backends } from '../store/backends.js';

const URL = 'https://news.example/2024/05/story';
const FAILED = { id: 'first-try', url: URL, text: '' };
const GOOD = { id: 'second-try', url: URL, date: '2024-05-14', text: 'Gondor praised Rohan for its help on Monday, officials said.' };

for (const backend of backends('error-then-document')) {
  const dir = tempDir('error-then-document-in');
  const ingest = async (store: string, records: readonly object[], name: string) => {
    const r = await dyad(['ingest', writeJsonl(join(dir, name), records), '--store', store, '--threads', '1', '--json', '--quiet']);
    assert.equal(r.status, 0, r.stderr);
    return summary(r);
  };
  const rowsOf = async (store: string) => {
    const q = async (sql: string) => (await dyad(['query', '--store', store, '--format', 'csv', sql])).stdout;
    return { documents: await q('select id from documents order by id'), errors: await q('select id from errors order by id') };
  };
  const kept = { documents: 'id\nsecond-try\n', errors: 'id\n' };

  test(`${backend.name}: a failure, then a good version of its URL in the same batch`, async () => {
    const store = backend.fresh();
    await ingest(store, [FAILED, GOOD], 'both.jsonl');
    assert.deepEqual(await rowsOf(store), kept);
    const again = await ingest(store, [FAILED, GOOD], 'both.jsonl');
    assert.deepEqual([again.new, again.errors, again.duplicates], [0, 0, 2]);
    assert.deepEqual(await rowsOf(store), kept);
  });

  test(`${backend.name}: a failure, then a good version of its URL in another run`, async () => {
    const store = backend.fresh();
    await ingest(store, [FAILED], 'failed.jsonl');
    await ingest(store, [GOOD], 'good.jsonl');
    assert.deepEqual(await rowsOf(store), kept);
    const again = await ingest(store, [FAILED], 'failed.jsonl');
    assert.deepEqual([again.new, again.errors, again.duplicates], [0, 0, 1]);
    assert.deepEqual(await rowsOf(store), kept);
  });
}
