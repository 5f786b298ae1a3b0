// A SIGKILLed ingest under hostile input resumes with nothing lost or doubled: a corpus of mutated
// documents (broken JSON, binary, odd encodings, FIFOs, devices, wrong field types) mixed with good
// articles (some syndicated, some updated, some ids given twice) is ingested cleanly, and again with
// the ingest killed at random points and resumed; the two stores must hold and export the same.
// The corpus is fixed by its seed; the kill points are random, and the failure message gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzIngest } from '../../scripts/fuzz/ingest.js';
import { tempDir } from '../cli/corpus.js';

test('SIGKILL at random points under hostile input, then a resume, gives the clean run store and exports', async () => {
  const killSeed = Math.floor(Math.random() * 2 ** 31);
  const report = await fuzzIngest({ n: 120, seed: 18, kills: 3, killSeed, threads: 2, dir: tempDir('ingest-kill') });
  const context = `kill seed ${killSeed}: ${report.killed.join('; ')}`;
  assert.deepEqual(report.problems, [], context);
  assert.ok(
    report.killed.some((k) => k.startsWith('SIGKILL')),
    `no ingest was killed while running (${context})`,
  );
  assert.ok(report.stored > 50, `stored ${report.stored}`);
  for (const code of ['not-a-file', 'malformed-json']) assert.ok(report.errors[code]! > 0, `no ${code} error row: ${JSON.stringify(report.errors)}`);
});
