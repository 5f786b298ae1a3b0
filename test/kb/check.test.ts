import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkKnowledgeBase, formatKbReport, hasProblems, loadKnowledgeBase, makeCameoTable, parsePattern } from '../../src/kb/index.js';
import { parseVerbLine } from '../../src/kb/verbs.js';

const planted = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', 'planted');

function report() {
  const { kb, issues } = loadKnowledgeBase(planted);
  assert.deepEqual(issues, []);
  return checkKnowledgeBase(kb, issues);
}

const lines = (issues: readonly { file?: string; line?: number; code: string }[]): string[] =>
  issues.map((i) => `${i.code} ${i.file?.split('/').at(-1)}:${i.line}`).sort();

test('finds one alias naming two actors at overlapping dates (not handovers or one person\'s roles), also under one code, and clashing role words', () => {
  assert.deepEqual(lines(report().duplicates), [
    'kb/duplicate-alias countries.tsv:1', // Washington USAGOV / RUSGOV
    'kb/duplicate-alias countries.tsv:10', // State Department: one code, two canonical names (White House twice is one actor; Moscow as a place is no actor)
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
    'kb/bare-name-row bare-names.tsv:4', // USA: a country, no body
    'kb/bare-name-row bare-names.tsv:5', // Congress twice
    'kb/unknown-actor-code bare-names.tsv:3', // XQZ
    'kb/unknown-actor-code countries.tsv:7', // XYZ
    'kb/unknown-actor-code countries.tsv:8', // XXX
    'kb/unknown-event-code 05-diplomatic-cooperation.txt:5', // 999
  ]);
});

test('finds unknown sets, misfiled codes and duplicate or conflicting patterns; a no-event pattern is under no root', () => {
  const r = report();
  assert.deepEqual(lines(r.patternErrors), [
    'kb/pattern-root 05-diplomatic-cooperation.txt:3',
    'kb/pattern-root 05-diplomatic-cooperation.txt:5',
    'kb/unknown-set 05-diplomatic-cooperation.txt:4',
  ]);
  assert.deepEqual(lines(r.duplicatePatterns), [
    'kb/conflicting-pattern 05-diplomatic-cooperation.txt:3',
    'kb/duplicate-pattern 05-diplomatic-cooperation.txt:2',
    'kb/duplicate-pattern 05-diplomatic-cooperation.txt:9', // a no-event pattern twice
  ]);
});

test('counts and coverage, and the text report', () => {
  const r = report();
  assert.equal(r.counts.people, 7);
  assert.equal(r.counts.deaths, 2);
  assert.equal(r.counts.patterns, 10);
  assert.equal(r.counts.codesCovered, 4); // 042, 043, 051, 112; no-event patterns cover none
  assert.deepEqual(r.uncoveredCodes, ['036']);
  const text = formatKbReport(r);
  assert.match(text, /verb patterns +10/);
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
  ['% *restore diplomatic relation', 'restore'],
  ['% *agree to ... ceasefire', 'agree'],
  ['$ *mediate between %', 'mediate'],
  ['*talks between %', 'talks'],
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
  ['% *exchange fire with %', /once/],
  ['% *restore tie with +', /no \+ beside it/],
  ['$ *mediate between % and +', /no \+ beside it/],
  ['$ % *restore tie', /no \$ beside it/],
  ['% $ *restore tie', /no \$ beside it/],
  ['%% *restore tie', /bad word/],
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

const TABLE = makeCameoTable([
  { code: '054', name: 'Grant diplomatic recognition', goldstein: 7, quad: 2, root: '05', plover: 'COOPERATE', file: 't', line: 1 },
  { code: '042', name: 'Make a visit', goldstein: 1.9, quad: 1, root: '04', plover: 'CONSULT', file: 't', line: 2 },
  { code: '043', name: 'Host a visit', goldstein: 2.8, quad: 1, root: '04', plover: 'CONSULT', file: 't', line: 3 },
]);
const GOOD_LINES: ReadonlyArray<[string, string | null, string | null, string | null]> = [
  // line, code, reverse code, PLOVER type
  ['054  % *restore diplomatic relation', '054', null, 'COOPERATE'],
  ['042:043  $ *visit +', '042', '043', 'CONSULT'],
  ['---  $ *meet deadline|target', null, null, null],
  ['---  % *exchange pleasantry', null, null, null],
];
const BAD_LINES: ReadonlyArray<[string, RegExp]> = [
  ['--  $ *meet deadline', /bad code/],
  ['----  $ *meet deadline', /bad code/],
  ['---:043  $ *meet deadline', /bad code/],
  ['---  $ *meet deadline | CONSULT', /takes no PLOVER/],
  ['---  $ meet deadline', /no trigger/],
  ['054  % *restore tie with +', /no \+ beside it/],
];

test('pattern lines: codes, the no-event code --- and their PLOVER types', () => {
  const line = (text: string) => ({ text, comment: null, file: 'verbs/05-x.txt', line: 1 });
  for (const [text, code, reverse, plover] of GOOD_LINES) {
    const p = parseVerbLine(line(text), TABLE);
    assert.ok(!('error' in p), text);
    assert.deepEqual([p.code, p.reverseCode, p.plover], [code, reverse, plover], text);
  }
  for (const [text, error] of BAD_LINES) {
    const p = parseVerbLine(line(text), TABLE);
    assert.ok('error' in p, text);
    assert.match(p.error, error, text);
  }
});
