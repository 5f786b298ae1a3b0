// Ids and URLs a store cannot hold as given: a lone surrogate (UTF-8 has no such character) or U+0000
// (PostgreSQL text has none). An id with a lone surrogate once ended the ingest ("URI malformed"), and
// a URL with one, or with U+0000 in PostgreSQL, was stored changed, so the next run (a re-run, or a
// resume after a kill) did not see it held and failed on the store's primary key.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { dyad, summary, tempDir, writeJsonl } from '../cli/corpus.js';
import { backends } from '../store/backends.js';

const TEXT = 'Gondor praised Rohan for its help on Monday, officials said.';
const RECORDS = [
  { id: 'plain', text: TEXT },
  { id: 'lone \ud800 surrogate', text: `${TEXT} Once more.` },
  { id: 'surrogate-url', url: 'https://news.example/\udc00story', text: `${TEXT} A third time.` },
  { id: 'nul-url', url: 'https://news.example/a\u0000b', text: `${TEXT} A fourth time.` },
  { id: 'nul \u0000 id', text: `${TEXT} A fifth time.` },
];

for (const backend of backends('ingest-identity')) {
  test(`${backend.name}: odd ids and URLs are stored, and a second ingest finds them all held`, async () => {
    const input = writeJsonl(join(tempDir('ingest-identity-in'), 'odd.jsonl'), RECORDS);
    const store = backend.fresh();
    const first = await dyad(['ingest', input, '--store', store, '--threads', '1', '--json', '--quiet']);
    assert.equal(first.status, 0, first.stderr);
    assert.deepEqual(summary(first), { ...summary(first), documents: RECORDS.length, new: RECORDS.length, errors: 0 });
    const again = await dyad(['ingest', input, '--store', store, '--threads', '1', '--json', '--quiet']);
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(summary(again), { ...summary(first), new: 0, duplicates: RECORDS.length });
  });
}
