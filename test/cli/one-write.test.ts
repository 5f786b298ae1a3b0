// Each record leaves in one write (issue 18, finding 15): a run killed on a pipe leaves whole records.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { runCode, type OutputFormat } from '../../src/cli/code-command.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-write-'));
const file = join(dir, 'in.jsonl');
writeFileSync(file, ['Gondor praised Rohan.', 'Rohan met Gondor.', 'Arnor thanked Gondor.'].map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n'));

for (const format of ['jsonl', 'json', 'text'] as OutputFormat[]) {
  test(`finding 15: ${format}: one write per record`, async () => {
    const writes: string[] = [];
    const stdout = new Writable({
      write(chunk, _enc, done) {
        writes.push(String(chunk));
        done();
      },
    });
    const stderr = new Writable({
      write(_c, _e, done) {
        done();
      },
    });
    const status = await runCode({ inputs: [file], format, threads: 1, pipeline: {} }, { stdout, stderr });
    assert.equal(status, 0);
    const records = format === 'json' ? writes.slice(1, -1) : writes;
    assert.equal(records.length, 3);
    records.forEach((w, i) => assert.ok(w.includes(`r${i}`)));
  });
}

/** A standard output whose second write fails with `code`. */
function failingOutput(code: string) {
  let n = 0;
  return new Writable({
    write(_chunk, _enc, done) {
      n += 1;
      done(n === 2 ? Object.assign(new Error(`write ${code}`), { code }) : null);
    },
  });
}

test('finding 15: an output that fails mid-run is reported, not silent', async () => {
  let said = '';
  const stderr = new Writable({
    write(c, _e, done) {
      said += String(c);
      done();
    },
  });
  const status = await runCode({ inputs: [file], format: 'jsonl', threads: 1, pipeline: {} }, { stdout: failingOutput('ENOSPC'), stderr });
  assert.equal(status, 1, 'records were lost');
  assert.match(said, /standard output failed after \d records \(write ENOSPC\)/);
});

test('a reader that stops reading (| head -1) ends the run quietly with status 0', async () => {
  let said = '';
  const stderr = new Writable({
    write(c, _e, done) {
      said += String(c);
      done();
    },
  });
  const status = await runCode({ inputs: [file], format: 'jsonl', threads: 1, pipeline: {} }, { stdout: failingOutput('EPIPE'), stderr });
  assert.equal(status, 0);
  assert.doesNotMatch(said, /EPIPE|failed/);
});
