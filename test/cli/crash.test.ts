// Crash safety: an ingest killed with SIGKILL at random points, then run again, leaves the store one
// clean run leaves (the same export but DATEADDED); Ctrl-C stops after storing what is being coded.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { articles, DATEADDED, dyad, EVENT_TIME, rows, startDyad, summary, syndicated, tempDir, writeJsonl } from './corpus.js';

const dir = tempDir('crash');
const original = articles();
// distinct sites and one update of a URL, so resuming must get dedup, syndication and updates right
const copies = Array.from({ length: 12 }, (_, i) => syndicated(original, `site${i}.example`)).flat();
const corpus = [...copies, { ...copies[0]!, text: `${copies[0]!.text}\n\nThe talks will start in June.` }];
const input = writeJsonl(join(dir, 'corpus.jsonl'), corpus);
// for Ctrl-C, a corpus several batches long (a batch is 256 documents or 3 s), so that the interrupt
// falls between commits even on a quiet machine that codes the small corpus in one batch
const wide = Array.from({ length: 120 }, (_, i) => syndicated(original, `wide${i}.example`)).flat();
const wideGood = wide.filter((a) => a.text).length;
const wideInput = writeJsonl(join(dir, 'wide.jsonl'), wide);

const exportOf = async (store: string, format: string) => (await dyad(['export', '--store', store, '--format', format])).stdout;
const count = async (store: string) => (await dyad(['query', '--store', store, '--format', 'csv', 'select count(*) from documents'])).stdout.split('\n')[1];

test('SIGKILL at random points, then a resume, gives the same export as a clean run', async () => {
  const clean = join(dir, 'clean.duckdb');
  const run = await dyad(['ingest', input, '--store', clean, '--threads', '2', '--json']);
  assert.equal(run.status, 0, run.stderr);
  const expected = summary(run);
  const killed = join(dir, 'killed.duckdb');
  const seen: string[] = [];
  for (const delay of [1500 + Math.random() * 2000, 3000 + Math.random() * 4000, 5000 + Math.random() * 6000]) {
    const child = startDyad(['ingest', input, '--store', killed, '--threads', '2']);
    await sleep(delay);
    child.child.kill('SIGKILL');
    const { signal } = await child.exited;
    seen.push(`${signal ?? 'ended'} after ${Math.round(delay)} ms: ${(await count(killed)) ?? 'no store'} documents`);
  }
  const resumed = await dyad(['ingest', input, '--store', killed, '--threads', '2', '--json']);
  assert.equal(resumed.status, 0, resumed.stderr);
  const s = summary(resumed);
  assert.deepEqual([s.documents, s.events, s.mentions], [expected.documents, expected.events, expected.mentions], seen.join('; '));
  assert.deepEqual(rows(await exportOf(killed, 'gdelt-events'), [DATEADDED]), rows(await exportOf(clean, 'gdelt-events'), [DATEADDED]), seen.join('; '));
  assert.deepEqual(rows(await exportOf(killed, 'gdelt-mentions'), [EVENT_TIME]), rows(await exportOf(clean, 'gdelt-mentions'), [EVENT_TIME]));
});

test('Ctrl-C stops cleanly after storing what is done; a rerun finishes the job', async () => {
  const store = join(dir, 'interrupted.duckdb');
  const child = startDyad(['ingest', wideInput, '--store', store, '--threads', '1']);
  // interrupt once documents are being stored
  for (let waited = 0; !/\d+ documents/.test(child.stderr()) && waited < 120_000; waited += 100) await sleep(100);
  child.child.kill('SIGINT');
  const { status, stderr } = await child.exited;
  assert.equal(status, 130, stderr);
  assert.match(stderr, /interrupted; run the same command again/);
  const stored = Number(await count(store));
  assert.ok(stored > 0 && stored < wideGood, `stored ${stored} of ${wideGood}`);
  const rerun = await dyad(['ingest', wideInput, '--store', store, '--json']);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.ok(summary(rerun).new! <= wideGood - stored, 'what was stored is not coded again');
  assert.equal(Number(await count(store)), wideGood);
});
