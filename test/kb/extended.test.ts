// The knowledge base beyond its core: institutions expanded from templates, imported people and
// their precedence after the curated ones, and the on-disk cache. Each test writes a small kb folder
// of its own in a temporary directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { aliasLookup, buildKnowledgeBase, checkKnowledgeBase, contentKey, defaultKbDir, formatKbReport, hasProblems, loadKnowledgeBase } from '../../src/kb/index.js';
import { cacheFile } from '../../src/kb/cache.js';
import { foldersDigest, knowledgeVersion } from '../../src/versions.js';

function kbFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-kb-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const CORE = {
  'cameo-codes.tsv': 'code\tname\tgoldstein\tquadclass\troot\tplover\n042\tvisit\t1.9\t1\t04\tCONSULT\n',
  'actors/countries.tsv': 'KEN  state  -  Kenya\nVLD  state  -  Valdoria\nVLD  adj  -  Valdorian\n',
  'roles.tsv': 'GOV  suffix  government  governments\nLEG  suffix  parliament  parliaments\nJUD  suffix  court  courts\nCOP  suffix  police  -\nELI  suffix  elite  elites\n',
  'people/curated.txt': 'Maria Ostrova | Ostrova\n    VLDGOV  2010-01-01..2015-06-30  president\n',
};

const TEMPLATES = {
  'institutions/un-members.tsv': 'KEN  Kenya\nVLD  Valdoria\n',
  'institutions/templates.tsv': 'GOV  body  Ministry of Finance of {country}; Finance Ministry of {country}\nJUD  body  Supreme Court of {country}\nCOP  body  {state} State Police\n',
  'geo/us-states.tsv': 'OH  Ohio  40.29  -82.79\n',
  // a hand-written name takes precedence over the one the template makes
  'institutions/national.tsv': 'VLDJUD  body  -  High Bench of Valdoria; Supreme Court of Valdoria\n',
};

test('templates expand over the UN members and the US states, each body its own actor; hand-written names win', () => {
  const dir = kbFolder({ ...CORE, ...TEMPLATES, 'actors/countries.tsv': `${CORE['actors/countries.tsv']}USA  state  -  United States\n` });
  const { kb, issues } = loadKnowledgeBase(dir, { cache: false });
  assert.deepEqual(issues, []);
  const lookup = aliasLookup(kb);
  const one = (text: string) => lookup(text).map((a) => `${a.code} ${a.canonical} ${a.origin}`);
  assert.deepEqual(one('Finance Ministry of Kenya'), ['KENGOV Ministry of Finance of Kenya template']);
  assert.deepEqual(one('Supreme Court of Kenya'), ['KENJUD Supreme Court of Kenya template']);
  assert.deepEqual(one('Supreme Court of Valdoria'), ['VLDJUD High Bench of Valdoria curated']);
  assert.deepEqual(one('Ohio State Police'), ['USACOP Ohio State Police template']);
  const report = checkKnowledgeBase(kb, issues);
  assert.equal(hasProblems(report), false, formatKbReport(report));
  assert.equal(report.counts.templateBodies, 4); // two ministries, one court (Valdoria's is hand-written), one police
});

test('a template line without its placeholder is a malformed line naming the file', () => {
  const dir = kbFolder({ ...CORE, ...TEMPLATES, 'institutions/templates.tsv': 'GOV  body  Ministry of Finance\n' });
  const { issues } = buildKnowledgeBase(dir);
  assert.deepEqual(issues.map((i) => `${i.code} ${i.file}:${i.line}`), [`kb/template-row ${dir.split('/').at(-1)}/institutions/templates.tsv:1`]);
});

const IMPORTED = {
  // a person of their own, with dated offices and an alias a curated country already has
  'imported/src/people.txt': [
    'Tomas Verel | Tomas J. Verel | Valdoria',
    '    VLDGOV  2001-03-01..2004-02-29  prime minister',
    '    VLDLEG  2005-01-01..2008-12-31  deputy',
    // the curated Ostrova: agrees (president, GOV) so no warning, only left out
    'Maria Ostrova',
    '    VLDGOV  2010-01-01..2015-06-30  president',
    // a namesake entry that says she was a judge: left out, and listed as a conflict
    'Ostrova',
    '    VLDJUD  1990..1995  judge',
    '',
  ].join('\n'),
};

test('imported people keep their dates, give way to curated entries and the conflicts are listed as warnings', () => {
  const dir = kbFolder({ ...CORE, ...IMPORTED });
  const { kb, issues, warnings } = loadKnowledgeBase(dir, { cache: false });
  assert.deepEqual(issues, []);
  const lookup = aliasLookup(kb);
  const at = (text: string, day: string) => lookup(text, day).map((a) => `${a.code} ${a.origin}`);
  assert.deepEqual(at('Tomas Verel', '2003-05-01'), ['VLDGOV imported']);
  assert.deepEqual(at('Tomas J. Verel', '2006-05-01'), ['VLDLEG imported']);
  // between and after the offices: a former elite, derived as for curated people
  assert.deepEqual(at('Tomas Verel', '2004-07-01'), ['VLDELI imported']);
  assert.deepEqual(at('Tomas Verel', '2012-01-01'), ['VLDELI imported']);
  // the imported alias "Valdoria" is the curated country's: dropped from the person
  assert.deepEqual(lookup('Valdoria').map((a) => a.kind), ['country']);
  // the curated Ostrova stands alone
  assert.deepEqual([...new Set(lookup('Ostrova').map((a) => `${a.code} ${a.origin}`))].sort(), ['VLDELI core', 'VLDGOV core']);
  assert.equal(kb.people.filter((p) => p.origin === 'imported').length, 1);
  assert.deepEqual(warnings.map((w) => `${w.code} ${w.file?.split('/').at(-1)}:${w.line}`), ['kb/imported-conflict people.txt:6']);
  const report = checkKnowledgeBase(kb, issues, warnings);
  assert.equal(hasProblems(report), false, 'warnings are not problems');
  assert.match(formatKbReport(report), /warnings \(imported entries the curated ones override\): 1\n.*"Ostrova" holds VLDJUD/);
});

test('the cache is read back while nothing changed, rebuilt after an edit, and an unwritable folder only means no cache', () => {
  const dir = kbFolder({ ...CORE, ...TEMPLATES });
  const cache = mkdtempSync(join(tmpdir(), 'dyad-kb-cache-'));
  const first = loadKnowledgeBase(dir, { cache });
  assert.equal(readdirSync(cache).filter((f) => f.endsWith('.v8')).length, 1);
  const second = loadKnowledgeBase(dir, { cache });
  assert.notEqual(second, first, 'a new object read from disk');
  assert.deepEqual(second, first);
  // an edit to any file changes the key
  writeFileSync(join(dir, 'people/curated.txt'), `${CORE['people/curated.txt']}Ivo Daran\n    VLDGOV  2016-01-01..  president\n`);
  const edited = loadKnowledgeBase(dir, { cache });
  assert.ok(edited.kb.people.some((p) => p.name === 'Ivo Daran'));
  assert.deepEqual(loadKnowledgeBase(dir, { cache }), edited);
  // a corrupt cache file is rebuilt
  for (const f of readdirSync(cache)) writeFileSync(join(cache, f), 'not a cache');
  assert.ok(loadKnowledgeBase(dir, { cache }).kb.people.some((p) => p.name === 'Ivo Daran'));
  // a folder that cannot be made (a file stands where its parent should be), even for root
  const blocker = join(cache, 'a-file');
  writeFileSync(blocker, '');
  assert.equal(loadKnowledgeBase(dir, { cache: join(blocker, 'sub') }).kb.people.length, 2);
});

test('a digest the caller computed keys the cache as the folder itself does; a cache of another format is refused', () => {
  const dir = kbFolder({ ...CORE });
  const cache = mkdtempSync(join(tmpdir(), 'dyad-kb-cache-'));
  const digest = foldersDigest([dir]);
  assert.equal(contentKey(dir, digest), contentKey(dir));
  const built = loadKnowledgeBase(dir, { cache, digest });
  assert.deepEqual(readdirSync(cache), [basename(cacheFile(cache, dir, contentKey(dir)))]);
  // the records' version and the cache's key read the folder the same way: an edit changes both
  writeFileSync(join(dir, 'people/curated.txt'), `${CORE['people/curated.txt']}Ivo Daran\n    VLDGOV  2016-01-01..  president\n`);
  assert.notEqual(foldersDigest([dir]), digest);
  assert.notEqual(knowledgeVersion('builtin', [dir]), knowledgeVersion('builtin', [dir], digest));
  writeFileSync(join(dir, 'people/curated.txt'), CORE['people/curated.txt']);
  // the same key in a file of an older layout: its (altered) content must not be served
  const file = cacheFile(cache, dir, contentKey(dir));
  const stored = deserialize(readFileSync(file)) as { format: number; key: string; result: { strings: (string | null)[] } };
  const altered = { ...stored, format: stored.format - 1, result: { ...stored.result, strings: stored.result.strings.map((x) => (x === 'Maria Ostrova' ? 'Someone Else' : x)) } };
  writeFileSync(file, serialize(altered));
  assert.deepEqual(loadKnowledgeBase(dir, { cache }), built);
  assert.equal((deserialize(readFileSync(file)) as { format: number }).format, stored.format, 'rewritten in the current layout');
});

test('the built-in knowledge base reads back from its cache exactly as built', () => {
  const cache = mkdtempSync(join(tmpdir(), 'dyad-kb-cache-'));
  const built = loadKnowledgeBase(undefined, { cache });
  const read = loadKnowledgeBase(undefined, { cache });
  assert.notEqual(read, built);
  assert.deepEqual(read, built);
  assert.ok(read.kb.people.some((p) => p.origin === 'imported' && p.roles.some((r) => r.derived)));
});

test('$DYAD_KB_DIR points the built-in knowledge base at another folder', () => {
  const dir = kbFolder({ ...CORE });
  const before = process.env['DYAD_KB_DIR'];
  process.env['DYAD_KB_DIR'] = dir;
  try {
    assert.equal(defaultKbDir(), dir);
    assert.deepEqual(loadKnowledgeBase(undefined, { cache: false }).kb.people.map((p) => p.name), ['Maria Ostrova']);
  } finally {
    if (before === undefined) delete process.env['DYAD_KB_DIR'];
    else process.env['DYAD_KB_DIR'] = before;
  }
});
