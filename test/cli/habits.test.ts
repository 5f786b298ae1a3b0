// The command-line habits a user expects: -o FILE, plain text on standard input, a missing input
// that sets the status after the rest is coded, a progress line and colour only on a terminal, NO_COLOR
// and --quiet.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { dyad, tempDir } from './corpus.js';

const RUNNER = new URL('./run-cli.ts', import.meta.url).pathname;
const STORY = 'Gondor praised Arnor on Tuesday.\n\nThe envoys of Rohan met the king of Gondor in the capital.\n';

function fromStdin(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, 'code', '-', '--format', 'jsonl', ...args], { input, encoding: 'utf8' });
  return {
    status: r.status,
    stderr: r.stderr,
    records: r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

test('-o writes the records to a file, standard output stays empty', async () => {
  const dir = tempDir('out');
  writeFileSync(join(dir, 'a.txt'), STORY);
  const out = join(dir, 'coded.jsonl');
  const r = await dyad(['code', join(dir, 'a.txt'), '-f', 'jsonl', '-o', out, '--date', '2024-01-05']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const lines = readFileSync(out, 'utf8').trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal((JSON.parse(lines[0]!) as { referenceDate: string }).referenceDate, '2024-01-05');
  assert.match(r.stderr, /1 documents coded in [\d.]+ s: \d+ events, 0 failed, 0 undated, 0 not in English; records in .*coded\.jsonl/);
  // a file that cannot be opened stops the run before anything is coded
  assert.equal((await dyad(['code', join(dir, 'a.txt'), '-o', join(dir, 'no', 'such', 'dir.jsonl')])).status, 1);
});

test('plain text on standard input is one document; JSON lines are still read as records', () => {
  const text = fromStdin(['--date', '2024-01-05'], `\n  ${STORY}`);
  assert.equal(text.status, 0, text.stderr);
  assert.equal(text.records.length, 1);
  assert.equal(text.records[0]!.id, 'stdin');
  assert.match(text.records[0]!.article.text, /envoys of Rohan/);
  const lines = fromStdin([], '\uFEFF{"id": "one", "text": "Gondor praised Arnor.", "verbatim": true, "date": "2024-01-05"}\n{"id": "two", "text": "Rohan met Gondor.", "verbatim": true, "date": "2024-01-05"}\n');
  assert.deepEqual(
    lines.records.map((r) => r.id),
    ['one', 'two'],
  );
  // told, a text that starts with a brace is still one article
  const forced = fromStdin(['--stdin-format', 'text', '--date', '2024-01-05'], "{Editor's note} Gondor praised Arnor on Tuesday.\n\nRohan met Gondor.");
  assert.deepEqual(
    forced.records.map((r) => [r.id, r.error]),
    [['stdin', null]],
  );
  assert.equal(fromStdin(['--stdin-format', 'xml'], STORY).status, 2);
});

test('a missing input: the rest is coded, the run ends naming it with status 1, even when quiet', async () => {
  const dir = tempDir('missing');
  writeFileSync(join(dir, 'a.txt'), STORY);
  const r = await dyad(['code', join(dir, 'gone.txt'), join(dir, 'a.txt'), '-f', 'jsonl', '--quiet', '--date', '2024-01-05']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout.trim().split('\n').length, 2);
  assert.equal(r.stderr, `dyad: ${join(dir, 'gone.txt')}: no such file or directory\n`);
});

/** Runs main with standard error posing as a terminal (or not), as a person would see it. */
async function onTerminal(args: string[], isTTY: boolean, env: Record<string, string | undefined>) {
  let err = '';
  const stderr = Object.assign(new Writable({ write: (c: Buffer, _e, done) => ((err += c.toString()), done()) }), { isTTY });
  const stdout = new Writable({ write: (_c, _e, done) => done() });
  const saved = { NO_COLOR: process.env.NO_COLOR, TERM: process.env.TERM };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    return { status: await main(args, { stdout, stderr }), stderr: err };
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

test('progress and colour on a terminal only; NO_COLOR and --quiet', async () => {
  const dir = tempDir('tty');
  writeFileSync(join(dir, 'undated.txt'), STORY);
  const args = ['code', join(dir, 'undated.txt'), '-f', 'jsonl'];
  const colour = /\x1b\[3\dm/;
  const tty = await onTerminal(args, true, { NO_COLOR: undefined, TERM: 'xterm' });
  assert.match(tty.stderr, /\r\x1b\[2Kdyad code: 1 documents/);
  assert.match(tty.stderr, colour);
  assert.match(tty.stderr, /1 of 1 documents had no date/);
  const noColour = await onTerminal(args, true, { NO_COLOR: '1', TERM: 'xterm' });
  assert.doesNotMatch(noColour.stderr, colour);
  assert.match(noColour.stderr, /\r\x1b\[2Kdyad code: 1 documents/);
  const piped = await onTerminal(args, false, { NO_COLOR: undefined, TERM: 'xterm' });
  assert.doesNotMatch(piped.stderr, /\x1b|\r/);
  assert.match(piped.stderr, /documents coded in/);
  const quiet = await onTerminal([...args, '--quiet'], true, { NO_COLOR: undefined, TERM: 'xterm' });
  assert.equal(quiet.stderr, '');
});
