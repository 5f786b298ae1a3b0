// `dyad ingest` on hostile inputs: what `dyad code` refuses, ingest refuses too, as error rows that
// name the input, and the batch goes on. A FIFO or a device named .jsonl once hung the ingest before
// it began (its lines were counted for the progress line by reading it raw).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { dyad, startDyad, tempDir } from '../cli/corpus.js';

/** Runs an ingest in a child that is killed if it is not done by the deadline. */
async function ingestWithin(args: readonly string[], seconds: number) {
  const child = startDyad(['ingest', ...args]);
  const deadline = sleep(seconds * 1000).then(() => 'late' as const);
  const outcome = await Promise.race([child.exited, deadline]);
  if (outcome === 'late') {
    child.child.kill('SIGKILL');
    await child.exited;
    assert.fail(`dyad ingest ${args.join(' ')} was still running after ${seconds} s`);
  }
  return outcome;
}

test('a FIFO or a device named .jsonl is an error row, and the inputs after it are stored', async () => {
  const dir = tempDir('ingest-hostile');
  const fifo = join(dir, 'pipe.jsonl');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const device = join(dir, 'zero.jsonl');
  symlinkSync('/dev/zero', device);
  const good = join(dir, 'good.jsonl');
  writeFileSync(good, `${JSON.stringify({ id: 'good', text: 'Gondor praised Rohan for its help on Monday.', date: '2024-03-04' })}\n`);
  const store = join(dir, 'store.duckdb');
  const run = await ingestWithin([fifo, device, good, '--store', store, '--threads', '1'], 180);
  assert.equal(run.status, 0, run.stderr);
  const errors = await dyad(['query', '--store', store, '--format', 'csv', 'select origin, code, reason from errors order by origin']);
  assert.equal(errors.status, 0, errors.stderr);
  assert.match(errors.stdout, new RegExp(`${fifo},not-a-file,.*${fifo}: a named pipe`));
  assert.match(errors.stdout, new RegExp(`${device},not-a-file,.*${device}: a device`));
  const documents = await dyad(['query', '--store', store, '--format', 'csv', 'select id from documents']);
  assert.equal(documents.stdout, 'id\ngood\n');
});
