// Inputs a hostile or careless user gives `dyad code` (issue 18, findings 1-5, 12, 14, 15): each one
// becomes an error record or an issue naming the input, and the inputs after it are still coded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const RUNNER = new URL('./run-cli.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));

function dyad(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  const records = args.includes('jsonl')
    ? r.stdout
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Record<string, any>)
    : [];
  return { status: r.status, records, stderr: r.stderr, stdout: r.stdout, signal: r.signal };
}

const good = (name: string, body = 'Gondor praised Arnor on Monday.') => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

test('finding 1: a line over the cap (a gzip bomb, a huge stdin line) is one error record; later inputs are coded', async () => {
  const bomb = join(dir, 'bomb.jsonl.gz');
  // 40 MiB of zeros without a newline: twice the cap, gzipped to a few kilobytes
  const zeros = Readable.from(
    (function* () {
      for (let i = 0; i < 40; i++) yield Buffer.alloc(2 ** 20);
    })(),
  );
  await pipeline(zeros, createGzip(), createWriteStream(bomb));
  const r = dyad(['code', good('before.txt'), bomb, good('after.txt'), '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.records.map((x) => x.error?.code ?? null),
    [null, 'too-large', null],
  );
  assert.match(r.records[1]!.error.message, /bomb\.jsonl\.gz:1: the line is longer than/);
  const line = `{"id":"big","text":"${'a'.repeat(30 * 2 ** 20)}"}\n{"id":"next","text":"Rohan met Gondor."}\n`;
  const s = dyad(['code', '-', '--format', 'jsonl'], line);
  assert.deepEqual(
    s.records.map((x) => [x.id, x.error?.code ?? null]),
    [
      ['stdin:1', 'too-large'],
      ['next', null],
    ],
  );
});

test('finding 2 and 3: a FIFO or a device named .txt is refused without being read', () => {
  const sub = join(dir, 'special');
  mkdirSync(sub);
  const fifo = join(sub, 'a-fifo.txt');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  symlinkSync('/dev/zero', join(sub, 'b-zero.txt'));
  writeFileSync(join(sub, 'c-good.txt'), 'Rohan met Gondor.');
  const r = dyad(['code', sub, fifo, '--format', 'jsonl']);
  assert.equal(r.signal, null, 'the run must not hang');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    r.records.map((x) => x.error?.code ?? null),
    ['not-a-file', 'not-a-file', null, 'not-a-file'],
  );
  assert.match(r.records[0]!.error.message, /a-fifo\.txt: a named pipe/);
  assert.match(r.records[1]!.error.message, /b-zero\.txt: a device/);
});

test('finding 4: a folder that cannot be read (path too long) or is too deep is an error record; the run goes on', () => {
  const root = join(dir, 'deep');
  // deeper than MAX_FOLDER_DEPTH
  const deep = join(root, 'a', ...Array.from({ length: 70 }, () => 'd'));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'x.txt'), 'Deep text.');
  // longer than PATH_MAX: made a step at a time from inside
  const long = join(root, 'b');
  mkdirSync(long);
  const here = process.cwd();
  process.chdir(long);
  for (let i = 0; i < 22; i++) {
    const name = `${i}`.padEnd(200, 'x');
    mkdirSync(name);
    process.chdir(name);
  }
  writeFileSync('y.txt', 'Far text.');
  process.chdir(here);
  writeFileSync(join(root, 'c.txt'), 'Rohan met Gondor.');
  const r = dyad(['code', root, good('after-deep.txt'), '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const codes = r.records.map((x) => x.error?.code ?? null);
  assert.deepEqual(codes, ['too-deep', 'unreadable', null, null]);
  assert.match(r.records[1]!.error.message, /the folder cannot be read/);
});

test('finding 5: - named twice is a usage error with a message', () => {
  const r = dyad(['code', '-', good('mid.txt'), '-', '--format', 'jsonl'], '{"id":"a","text":"Rohan met Gondor."}\n');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /standard input\) may be named only once/);
  const ingest = dyad(['ingest', '-', '-', '--store', join(dir, 'twice.duckdb')], '{"id":"a","text":"Rohan met Gondor."}\n');
  assert.equal(ingest.status, 2);
  assert.match(ingest.stderr, /standard input\) may be named only once/);
});

test('finding 12: binary content in a JSON line is refused as it is in a file', () => {
  let bytes = '';
  let seed = 7;
  for (let i = 0; i < 100_000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes += String.fromCharCode(seed & 0xff);
  }
  const lines = [JSON.stringify({ id: 'bin-text', text: bytes }), JSON.stringify({ id: 'bin-html', html: `<p>${bytes}</p>` }), JSON.stringify({ id: 'ok', text: 'Rohan met Gondor.' })];
  const r = dyad(['code', '-', '--format', 'jsonl'], lines.join('\n'));
  assert.deepEqual(
    r.records.map((x) => [x.id, x.error?.code ?? null]),
    [
      ['bin-text', 'binary'],
      ['bin-html', 'binary'],
      ['ok', null],
    ],
  );
  assert.equal(r.records[0]!.entities.length, 0);
});

test('finding 14: the readable format shows no terminal escape sequences', () => {
  const line = JSON.stringify({ id: 'evil\u001b]0;pwned\u0007\u001b[2J', text: 'Gondor \u001b[31mpraised\u001b[0m Arnor.\rX', verbatim: true });
  const r = dyad(['code', '-', '--format', 'text'], line);
  assert.equal(r.status, 0);
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(r.stdout), JSON.stringify(r.stdout));
  assert.match(r.stdout, /== evil\ufffd\]0;pwned/);
});

test('finding 15: long error records are cut, ids are checked, options ranged, html "" named', () => {
  const lines = [
    JSON.stringify({ id: 'huge', text: 'Word '.repeat(260_000) }),
    JSON.stringify({ id: 'same', text: 'Rohan met Gondor.' }),
    JSON.stringify({ id: 'same', text: 'Gondor met Rohan.' }),
    JSON.stringify({ id: '', text: 'Arnor met Rohan.' }),
    JSON.stringify({ id: 'opt', text: 'Arnor met Rohan.', options: { new_actor_length: 1e308, comma_min: -1, require_dyad: 1 } }),
    JSON.stringify({ id: 'nohtml', html: '' }),
  ];
  const r = dyad(['code', '-', '--format', 'jsonl'], lines.join('\n'));
  const [huge, , dup, empty, opt, nohtml] = r.records;
  assert.equal(huge!.error.code, 'too-large');
  assert.equal(huge!.article.text.length, 10_000);
  assert.ok(huge!.issues.some((i: any) => i.code === 'text-clipped'));
  assert.ok(r.stdout.length < 100_000);
  assert.ok(dup!.issues.some((i: any) => i.code === 'duplicate-id' && /-:3/.test(i.message)));
  assert.equal(empty!.id, '-:4');
  assert.ok(empty!.issues.some((i: any) => i.code === 'empty-id'));
  assert.deepEqual(opt!.issues.filter((i: any) => i.code === 'bad-option').length, 3);
  assert.equal(nohtml!.error.code, 'empty');
  assert.match(nohtml!.error.message, /^-:6: "html" is empty/);
});

test('finding 15: a closed standard output ends with status 1 and says so', () => {
  const path = good('closed.txt');
  const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${RUNNER}" code "${path}" >&-`], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /standard output is closed/);
  const ok = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${RUNNER}" code "${path}" >/dev/null`], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
});
