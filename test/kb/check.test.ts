import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkKnowledgeBase, formatKbReport, hasProblems, loadKnowledgeBase, parsePattern } from '../../src/kb/index.js';

const planted = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'planted');

function report() {
  const { kb, issues } = loadKnowledgeBase(planted);
  assert.deepEqual(issues, []);
  return checkKnowledgeBase(kb, issues);
}

const lines = (issues: readonly { file?: string; line?: number; code: string }[]): string[] =>
  issues.map((i) => `${i.code} ${i.file?.split('/').at(-1)}:${i.line}`).sort();

test('finds one alias naming two actors at overlapping dates (not handovers or one person\'s roles) and clashing role words', () => {
  assert.deepEqual(lines(report().duplicates), [
    'kb/duplicate-alias countries.tsv:1', // Washington USAGOV / RUSGOV
    'kb/duplicate-alias countries.tsv:3', // Korea KOR / PRK
    'kb/duplicate-alias people.txt:8', // two Sam Smiths 2002-2003 (first one's role line)
    'kb/duplicate-role roles.tsv:3', // "official" as SPY after GOV
  ]);
});

test('finds a person holding conflicting codes at once, not a handover', () => {
  assert.deepEqual(lines(report().overlaps), ['kb/role-overlap people.txt:2']);
});

test('finds an office that goes on after its holder\'s death, not one that ends with it', () => {
  assert.deepEqual(lines(report().deaths), ['kb/office-after-death people.txt:14']);
});

test('finds unknown country and role parts and event codes outside the table', () => {
  const r = report();
  assert.deepEqual(lines(r.unknownCodes), [
    'kb/unknown-actor-code countries.tsv:7', // XYZ
    'kb/unknown-actor-code countries.tsv:8', // XXX
    'kb/unknown-event-code 05-diplomatic-cooperation.txt:5', // 999
  ]);
});

test('finds unknown sets, misfiled codes and duplicate or conflicting patterns', () => {
  const r = report();
  assert.deepEqual(lines(r.patternErrors), [
    'kb/pattern-root 05-diplomatic-cooperation.txt:3',
    'kb/pattern-root 05-diplomatic-cooperation.txt:5',
    'kb/unknown-set 05-diplomatic-cooperation.txt:4',
  ]);
  assert.deepEqual(lines(r.duplicatePatterns), [
    'kb/conflicting-pattern 05-diplomatic-cooperation.txt:3',
    'kb/duplicate-pattern 05-diplomatic-cooperation.txt:2',
  ]);
});

test('counts and coverage, and the text report', () => {
  const r = report();
  assert.equal(r.counts.people, 7);
  assert.equal(r.counts.deaths, 2);
  assert.equal(r.counts.patterns, 7);
  assert.equal(r.counts.codesCovered, 4); // 042, 043, 051, 112
  assert.deepEqual(r.uncoveredCodes, ['036']);
  const text = formatKbReport(r);
  assert.match(text, /verb patterns +7/);
  assert.match(text, /Washington/);
  assert.equal(hasProblems(r), true);
});

const GOOD_PATTERNS: ReadonlyArray<[string, string]> = [
  ['$ *congratulate + on', 'congratulate'],
  ['$ *hold talks|meeting with +', 'hold'],
  ['$ *express (deep) regret over +', 'express'],
  ['$ *accuse + of ... spying', 'accuse'],
  ['$ *call_for &AID', 'call_for'],
  ['*talks', 'talks'],
];
const BAD_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['$ praise +', /no trigger/],
  ['$ *hail *salute +', /more than one trigger/],
  ['$ *Praise +', /bad trigger/],
  ['$ $ *meet', /once/],
  ['$ *meet + +', /once/],
  ['$ *accuse + of ... ...', /two gaps/],
  ['$ *sign deal||pact', /bad word/],
  ['$ *sign (deal', /bad word/],
  ['$ *hail &', /bad set/],
];

test('pattern grammar: accepted and rejected patterns', () => {
  for (const [text, trigger] of GOOD_PATTERNS) {
    const p = parsePattern(text);
    assert.ok('trigger' in p, text);
    assert.equal(p.trigger, trigger);
  }
  for (const [text, error] of BAD_PATTERNS) {
    const p = parsePattern(text);
    assert.ok('error' in p, text);
    assert.match(p.error, error, text);
  }
});
