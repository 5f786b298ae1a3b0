// The command line as a user meets it: every bad input is a record with an error naming it, the
// run goes on, and the exit status tells usage errors (2) from a completed run (0).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const RUNNER = new URL('./run-cli.ts', import.meta.url).pathname;

function dyad(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  const records = args.includes('jsonl')
    ? r.stdout
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, any>)
    : [];
  return { status: r.status, records, stderr: r.stderr, stdout: r.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const paragraph = 'Officials in the capital said on Monday that the talks would resume next week. ';

test('bad inputs give per-document errors and the run goes on', () => {
  const files = {
    empty: join(dir, 'empty.txt'),
    binary: join(dir, 'binary.txt'),
    big: join(dir, 'big.txt'),
    line: join(dir, 'one-line.txt'),
    jsonl: join(dir, 'mixed.jsonl'),
  };
  writeFileSync(files.empty, '');
  writeFileSync(files.binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02]));
  const paragraphs = Array.from({ length: Math.ceil(5e6 / (paragraph.length * 8)) }, (_, i) => `${i + 1}. ${paragraph.repeat(8)}`);
  writeFileSync(files.big, `Big file\n\n${paragraphs.join('\n\n')}`);
  writeFileSync(files.line, paragraph.repeat(Math.ceil(2e6 / paragraph.length)));
  writeFileSync(files.jsonl, ['{"id": "ok-1", "text": "Gondor praised Arnor.", "verbatim": true}', '{"id": "broken", "text": ', '{"id": "ok-2", "text": "Rohan met Gondor."}', '[1, 2]', '{"id": "no-text"}'].join('\n'));
  const r = dyad(['code', files.empty, files.binary, join(dir, 'missing.txt'), files.line, files.jsonl, files.big, '--format', 'jsonl']);
  // everything is coded; the input that does not exist is named at the end and sets the status
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /missing\.txt: no such file or directory\n$/);
  const byId = (id: string) => r.records.find((x) => x.id === id);
  assert.deepEqual(
    r.records.map((x) => x.error?.code ?? null),
    ['empty', 'binary', 'not-found', 'too-large', null, 'malformed-json', null, 'malformed-json', 'no-text', 'too-large'],
  );
  assert.ok(byId(files.empty)!.error.message.includes('empty.txt'));
  assert.ok(byId('mixed.jsonl:2')!.error.message.includes('mixed.jsonl:2'));
  // too large to code, but read and cleaned: the record carries the start of the article, not all of it
  assert.equal(byId(files.line)!.article.text.length, 10_000);
  assert.ok(byId(files.big)!.issues.some((i: { code: string }) => i.code === 'text-clipped'));
  assert.match(byId(files.big)!.error.message, /big\.txt: the article body is 5\.\d million characters/);
  assert.equal(byId('ok-1')!.article.text, 'Gondor praised Arnor.');
});

test('directories are read recursively in sorted order, .gz looked through, hidden and foreign files skipped', () => {
  const root = join(dir, 'tree');
  mkdirSync(join(root, 'b'), { recursive: true });
  mkdirSync(join(root, 'a'), { recursive: true });
  writeFileSync(join(root, 'b', '2.txt'), 'Second article body.');
  writeFileSync(join(root, 'a', '1.txt.gz'), gzipSync('First article body.'));
  writeFileSync(join(root, 'a', 'notes.md'), '# not news');
  writeFileSync(join(root, '.hidden.txt'), 'hidden');
  writeFileSync(join(root, 'c.jsonl'), '{"id": "third", "text": "Third article body.", "verbatim": true}\n');
  const r = dyad(['code', root, '--format', 'jsonl']);
  assert.equal(r.status, 0);
  assert.deepEqual(
    r.records.map((x) => x.article.text),
    ['First article body.', 'Second article body.', 'Third article body.'],
  );
  assert.match(r.stderr, /skipped .*notes\.md/);
});

test('standard input, --date and per-record dates', () => {
  const input = ['{"id": "a", "text": "The talks began on Tuesday.", "verbatim": true}', '{"id": "b", "text": "The talks began on Tuesday.", "verbatim": true, "date": "20180321"}'].join('\n');
  const r = dyad(['code', '-', '--format', 'jsonl', '--date', '2024-01-05'], input);
  assert.equal(r.status, 0);
  assert.equal(r.records[0]!.date, '2024-01-05');
  assert.equal(r.records[0]!.times[0].date, '2024-01-02');
  assert.equal(r.records[1]!.times[0].date, '2018-03-20');
});

test('usage errors exit with 2, help with 0', () => {
  assert.equal(dyad(['code', 'x.txt', '--date', 'March']).status, 2);
  assert.equal(dyad(['code', 'x.txt', '--format', 'xml']).status, 2);
  assert.equal(dyad(['code', 'x.txt', '--dictionaries', join(dir, 'nope')]).status, 2);
  assert.equal(dyad(['code']).status, 2);
  const help = dyad(['code', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:/);
});

test('help into a pipe whose reader has gone (`dyad ingest --help | head -1`) exits 0 without a crash', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, 'ingest', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // the reader goes before the child has written anything: every write meets a closed pipe
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [status] = (await once(child, 'close')) as [number | null];
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});

test('json and readable formats', () => {
  const file = join(dir, 'short.txt');
  writeFileSync(file, 'Harbour strike ends\n\nBy Ana Ruiz\n\nLISBON (Reuters) - Dock workers ended their strike on Friday.');
  const json = dyad(['code', file, '--format', 'json']);
  const parsed = JSON.parse(json.stdout) as Record<string, any>[];
  assert.equal(parsed[0]!.article.title, 'Harbour strike ends');
  const text = dyad(['code', file]);
  assert.match(text.stdout, /Harbour strike ends/);
  assert.match(text.stdout, /by Ana Ruiz \| LISBON, Reuters/);
});

test('--version prints the package version', () => {
  const r = dyad(['--version']);
  assert.equal(r.status, 0);
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  assert.equal(r.stdout.trim(), pkg.version);
});
