// Dictionaries that once hung, blew up, loaded silently or were served stale (issue 18, findings
// 7-10): each one now loads in linear time with issues naming file:line, or is refused with a message.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { dictionaryLines, MAX_LINE_CHARS } from '../../src/dictionary/petrarch/lines.js';
import { DictionaryError, loadPetrarchDictionaries } from '../../src/dictionary/petrarch/load.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from './fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'dyad-hostile-dict-'));
let n = 0;

/** A dictionary folder with the fixture files, some of them replaced. */
function folder(files: Record<string, string>): string {
  const dir = join(root, `set${n++}`);
  mkdirSync(dir);
  const all: Record<string, string> = { 'x.actors.txt': ACTORS, 'x.agents.txt': AGENTS, 'x.verbs.txt': VERBS, 'x.discards.txt': DISCARDS, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = run();
  return { value, ms: performance.now() - t };
}

const issuesOf = (dir: string) => loadPetrarchDictionaries(dir, { cacheDir: null }).dictionaries.issues;

test('finding 7: long runs of spaces and an unclosed brace load at once', () => {
  const agents = `${AGENTS}\nMINISTER${' '.repeat(100_000)}X\n`;
  const verbs = `${VERBS}\nBREAK {${'A '.repeat(60_000)}\n--- SPURN [120] ---\nSPURN${' '.repeat(1500)}{\n`;
  const { value, ms } = timed(() => issuesOf(folder({ 'x.agents.txt': agents, 'x.verbs.txt': verbs })));
  assert.ok(ms < 3000, `${ms} ms`);
  const long = value.filter((i) => i.code === 'line-too-long');
  assert.deepEqual(long.map((i) => i.file!.replace(/.*\//, '')).sort(), ['x.agents.txt', 'x.verbs.txt']);
  assert.ok(value.some((i) => i.file!.endsWith('x.verbs.txt') && i.code === 'malformed-line' && /SPURN/.test(i.message)));
});

/** Every regular expression literal in the files of src/dictionary. */
function dictionaryRegexes(): { where: string; re: RegExp }[] {
  const dir = new URL('../../src/dictionary/', import.meta.url).pathname;
  const out: { where: string; re: RegExp }[] = [];
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        out.push({ where: `${file}:${line + 1} ${text}`, re: new RegExp(text.slice(1, end), text.slice(end + 1).replace(/[gy]/g, '')) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

test('finding 7: no regular expression of the dictionary code backtracks on any line the reader hands it', () => {
  const regexes = dictionaryRegexes();
  assert.ok(regexes.length > 20, `${regexes.length} patterns found`);
  const fragments = [' ', 'A', '0', '[', ']', '{', '}', '(', '-', '+', '_', '!', '&', '~', '#', '<!', '--', 'A ', '- ', '[A ', '{A ', '!A', '&A ', '+A ', '1234567 ', '\t '];
  const prefixes = ['', '---', '- ', '+', '&', '~ ', '!A! = ', 'A ', 'A {'];
  const suffixes = ['', 'X', ']', '[', '}', '!', '\u0001'];
  const probes = new Set<string>();
  for (const f of fragments) {
    for (const p of prefixes) {
      for (const s of suffixes) {
        // the lines as the reader hands them on: capped, comments out, white space runs as one space
        const raw = `${p}${f.repeat(MAX_LINE_CHARS)}`.slice(0, MAX_LINE_CHARS - s.length) + s;
        for (const line of dictionaryLines(raw, 'probe', [])) probes.add(line.text);
      }
    }
  }
  const slow: string[] = [];
  for (const { where, re } of regexes) {
    let worst = 0;
    let on = '';
    for (const probe of probes) {
      const t = performance.now();
      re.exec(probe);
      const ms = performance.now() - t;
      if (ms > worst) [worst, on] = [ms, probe];
    }
    // a pattern that scans on from each start is quadratic within the line cap (milliseconds); one that
    // backtracks (cubic, exponential) takes seconds on these lines
    if (worst > 1000) slow.push(`${where}: ${worst.toFixed(0)} ms on ${JSON.stringify(on.slice(0, 40))}...`);
  }
  assert.deepEqual(slow, []);
});

test('finding 8: dictionaries that explode on expansion are issues naming file:line', () => {
  const chain = Array.from({ length: 25 }, (_, i) => (i < 24 ? `&CHAIN${i}\n+&CHAIN${i + 1}\n+&CHAIN${i + 1}\n` : `&CHAIN${i}\n+TALKS\n+MEETINGS\n`)).join('');
  const verbs = `${chain}${VERBS}\n--- HOLD [040] ---\nHOLD\n- * &CHAIN0 [040]\n`;
  const members = Array.from({ length: 10 }, (_, i) => `W${i}`).join(', ');
  const agents = `${AGENTS}\n!SELF! = X!SELF!\n!SELF! ENVOY [~GOV]\n!TEN! = ${members}\n!TEN!!TEN!!TEN!!TEN!!TEN!!TEN!!TEN! [~GOV]\n`;
  const { value, ms } = timed(() => issuesOf(folder({ 'x.agents.txt': agents, 'x.verbs.txt': verbs })));
  assert.ok(ms < 5000, `${ms} ms`);
  const agentLines = agents.split('\n');
  const at = (code: string) => value.find((i) => i.code === code);
  assert.equal(agentLines[at('expansion-too-deep')!.line! - 1], '!SELF! ENVOY [~GOV]');
  assert.match(agentLines[at('expansion-too-large')!.line! - 1]!, /^!TEN!!TEN!/);
  const set = value.find((i) => i.code === 'unknown-synset' && i.message.includes('CHAIN0'))!;
  assert.ok(set.file!.endsWith('x.verbs.txt'));
  assert.equal(verbs.split('\n')[set.line! - 1], '- * &CHAIN0 [040]');
  assert.match(set.message, /&CHAIN0 is unknown, names itself or has more than 100000 members/);
});

test('finding 9: empty files and an unclosed comment are issues; a folder with nothing usable is refused', () => {
  const issues = issuesOf(folder({ 'x.discards.txt': '', 'x.actors.txt': `${ACTORS}\n<!-- never closed\nGHOST [GHO]\n` }));
  const empty = issues.find((i) => i.code === 'empty-dictionary')!;
  assert.ok(empty.file!.endsWith('x.discards.txt'));
  const open = issues.find((i) => i.code === 'unclosed-comment')!;
  assert.equal(`${ACTORS}\n<!-- never closed`.split('\n').length, open.line);
  const none = join(root, 'none');
  mkdirSync(none);
  writeFileSync(join(none, 'readme.txt'), 'no dictionaries here');
  assert.throws(
    () => loadPetrarchDictionaries(none, { cacheDir: null }),
    (e: Error) => e instanceof DictionaryError && /no PETRARCH dictionary files/.test(e.message),
  );
  assert.throws(() => loadPetrarchDictionaries(join(root, 'missing'), { cacheDir: null }), /no such dictionary file or folder/);
  const noVerbs = folder({ 'x.verbs.txt': '# nothing\n' });
  assert.throws(() => loadPetrarchDictionaries(noVerbs, { cacheDir: null }), /hold no verb/);
});

test('finding 10: the cache follows content, is pruned and is checked on load', () => {
  const dir = folder({});
  const cacheDir = join(root, 'cache');
  const discards = join(dir, 'x.discards.txt');
  assert.equal(loadPetrarchDictionaries(dir, { cacheDir }).fromCache, false);
  assert.equal(loadPetrarchDictionaries(dir, { cacheDir }).fromCache, true);
  // the same size and modification time, another content
  const before = statSync(discards);
  const text = readFileSync(discards, 'utf8');
  writeFileSync(
    discards,
    text.replace(/[A-Z]/, (c) => (c === 'Q' ? 'R' : 'Q')),
  );
  utimesSync(discards, before.atime, before.mtime);
  assert.equal(statSync(discards).size, before.size);
  assert.equal(loadPetrarchDictionaries(dir, { cacheDir }).fromCache, false);
  for (let i = 0; i < 6; i++) {
    writeFileSync(discards, `${text}\nEXTRA${i}\n`);
    loadPetrarchDictionaries(dir, { cacheDir });
  }
  const bins = readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));
  assert.ok(bins.length <= 3, `${bins.length} cache files`);
  // a wrongly shaped cache file is ignored and replaced
  for (const f of bins) writeFileSync(join(cacheDir, f), Buffer.from([0xff, 0x0f, 0x6f, 0x22, 0x01, 0x78, 0x7b, 0x00]));
  const again = loadPetrarchDictionaries(dir, { cacheDir });
  assert.equal(again.fromCache, false);
  assert.ok(again.dictionaries.data.discards.includes('EXTRA5'));
  assert.equal(loadPetrarchDictionaries(dir, { cacheDir }).fromCache, true);
});

test('finding 9: dyad code refuses a dictionary folder with nothing usable', async () => {
  const { spawnSync } = await import('node:child_process');
  const none = join(root, 'empty-folder');
  mkdirSync(none);
  const runner = new URL('../cli/run-cli.ts', import.meta.url).pathname;
  const r = spawnSync(process.execPath, ['--import', 'tsx', runner, 'code', '-', '--dictionaries', none], { input: '', encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--dictionaries .*empty-folder: no PETRARCH dictionary files/);
});
