// A commit that fails stops the ingest with its error, though the coders go on while a batch is
// committed: the failure is not lost between batches nor reported as unhandled, and the store keeps
// nothing of the batch.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/store/open.js';
import { StoreError, type Store } from '../../src/store/store.js';
import { tempDir, writeJsonl } from '../cli/corpus.js';

const RECORDS = [
  { id: 'one', url: 'https://news.example/one', date: '2024-05-14', text: 'Gondor praised Rohan for its help on Monday, officials said.' },
  { id: 'two', url: 'https://news.example/two', date: '2024-05-15', text: 'Rohan accused Mordor of raiding its villages, the king said.' },
];

test('a commit that fails stops the ingest with its error, and nothing of its batch is kept', async () => {
  const dir = tempDir('write-failure');
  const store = await openStore(join(dir, 'store.duckdb'), 'write');
  let attempts = 0;
  // the real store, whose commits fail as on a full disk
  const failing = new Proxy(store, {
    get: (target, key: keyof Store) => {
      if (key === 'write') {
        return async () => {
          attempts += 1;
          throw new StoreError('write-failed', 'no space left on the device (in this test)');
        };
      }
      const value = target[key];
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  try {
    await assert.rejects(ingest({ inputs: [writeJsonl(join(dir, 'two.jsonl'), RECORDS)], store: failing, threads: 1 }), (err: Error) => err instanceof StoreError && /no space left/.test(err.message));
    assert.equal(attempts, 1);
    assert.deepEqual(await store.counts(), { documents: 0, errors: 0, events: 0, mentions: 0 });
  } finally {
    await store.close();
  }
});
