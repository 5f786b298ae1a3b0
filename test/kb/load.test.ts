import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase, parseDay, parseRange, overlaps } from '../../src/kb/index.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

test('a malformed line gives an issue with its file and line, and the rest still loads', () => {
  const { kb, issues } = loadKnowledgeBase(join(fixtures, 'malformed'));
  const where = issues.map((i) => `${i.file}:${i.line}`).sort();
  assert.deepEqual(where, [
    'malformed/actors/countries.tsv:4',
    'malformed/actors/countries.tsv:5',
    'malformed/actors/countries.tsv:6',
    'malformed/actors/countries.tsv:7',
    'malformed/actors/iso-countries.tsv:4',
    'malformed/actors/organisations.tsv:2',
    'malformed/cameo-codes.tsv:5',
    'malformed/cameo-codes.tsv:8',
    'malformed/discards.txt:3',
    'malformed/people/leaders.txt:1',
    'malformed/people/leaders.txt:10',
    'malformed/people/leaders.txt:4',
    'malformed/people/leaders.txt:6',
    'malformed/people/leaders.txt:9',
    'malformed/roles.tsv:2',
    'malformed/roles.tsv:3',
    'malformed/verbs/05-diplomatic-cooperation.txt:2',
    'malformed/verbs/05-diplomatic-cooperation.txt:3',
    'malformed/verbs/05-diplomatic-cooperation.txt:4',
    'malformed/verbs/05-diplomatic-cooperation.txt:6',
    'malformed/verbs/05-diplomatic-cooperation.txt:7',
    'malformed/verbs/notes.txt:0',
    'malformed/verbs/sets.txt:2',
  ]);
  assert.deepEqual(kb.cameo.map((c) => c.code), ['01', '010', '05', '057', '19']);
  assert.deepEqual(kb.countries.map((c) => c.code).sort(), ['PRK', 'RUS', 'SUN']);
  assert.deepEqual(kb.people.map((p) => [p.name, p.roles.filter((r) => !r.derived).length, p.died]), [['Vladimir Putin', 2, null], ['Kim Jong Un', 1, null]]);
  assert.deepEqual(kb.patterns.map((p) => `${p.code} ${p.text}`), ['051 $ *praise +', '057 $ *sign deal|agreement|accord with +']);
  assert.equal(kb.roles.length, 1);
  assert.equal(kb.sets.length, 1);
  assert.deepEqual(kb.discards.map((d) => d.scope), ['story', 'sentence']);
  const moscow = kb.aliases.find((a) => a.text === 'Moscow');
  assert.deepEqual(moscow && { code: moscow.code, from: moscow.from, file: moscow.file, line: moscow.line },
    { code: 'RUSGOV', from: '1991-12-26', file: 'malformed/actors/countries.tsv', line: 3 });
});

test('every entry keeps the file and line it came from', () => {
  const { kb } = loadKnowledgeBase(join(fixtures, 'malformed'));
  const praise = kb.patterns[0];
  assert.deepEqual(praise && [praise.file, praise.line, praise.note, praise.plover], ['malformed/verbs/05-diplomatic-cooperation.txt', 1, 'fine', null]);
  const putin = kb.people[0];
  assert.deepEqual(putin?.roles.filter((r) => !r.derived).map((r) => r.line), [3, 5]);
  // the years between his two offices, derived from (and pointing at) the office before them
  assert.deepEqual(putin?.roles.filter((r) => r.derived).map((r) => [r.code, r.from, r.to, r.line]), [['RUSELI', '2008-05-08', '2012-05-06', 3]]);
});

const DAYS: ReadonlyArray<[string, boolean, string]> = [
  ['2018', false, '2018-01-01'],
  ['2018', true, '2018-12-31'],
  ['2018-02', true, '2018-02-28'],
  ['2020-02', true, '2020-02-29'],
  ['2018-03-20', false, '2018-03-20'],
];
const BAD_DAYS = ['18', '2018-13', '2018-02-30', '2018/03/20', '2018-3-2', ''];

test('dates widen outwards: a start is the first day, an end the last', () => {
  for (const [text, asEnd, day] of DAYS) assert.equal(parseDay(text, asEnd), day, text);
  for (const text of BAD_DAYS) assert.equal(parseDay(text, false), null, text);
});

test('ranges: open ends, reversed ranges and handover days', () => {
  assert.deepEqual(parseRange('-'), { from: null, to: null });
  assert.deepEqual(parseRange('1999-08..'), { from: '1999-08-01', to: null });
  assert.deepEqual(parseRange('..1991'), { from: null, to: '1991-12-31' });
  for (const bad of ['2000', '2001..2000', 'x..y', '2000...2001']) assert.equal(parseRange(bad), null, bad);
  const a = parseRange('2000..2008-05-07')!;
  const b = parseRange('2008-05-07..')!;
  const c = parseRange('2008-05-06..2009')!;
  assert.equal(overlaps(a, b), false, 'sharing only the handover day is no overlap');
  assert.equal(overlaps(a, c), true);
});
