// The news scorer's matching, on a tiny gold and fake system output that we wrote. Two sentences:
// [0, 50) and [51, 100).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocuments, polnearBase, readGoldFile } from '../../scripts/news-gold/documents.js';
import { addPairs, cohenKappa, emptyTally, pairEvents, precisionRecall, slotsAgree, type ScoredEvent } from '../../scripts/news-gold/match.js';
import { readRecord } from '../../scripts/news-gold/run-dyad.js';

const sentences = [
  { start: 0, end: 50 },
  { start: 51, end: 100 },
];
const ev = (start: number, code: string, source: string[] | null, target: string[] | null): ScoredEvent => ({ start, end: start + 6, code, source, target });

interface Row {
  name: string;
  gold: ScoredEvent[];
  system: ScoredEvent[];
  depths: number[];
}

// depths: the agreement depth of each pair formed, in gold order.
const pairing: Row[] = [
  { name: 'all three levels', gold: [ev(10, '112', ['USAGOV'], ['USALEG'])], system: [ev(10, '112', ['USAGOV'], ['USALEG'])], depths: [3] },
  { name: 'sub-code differs, root agrees', gold: [ev(10, '1121', ['USAGOV'], null)], system: [ev(12, '112', ['USAGOV'], null)], depths: [3] },
  { name: 'system code among the alternatives', gold: [ev(10, '051', ['USAELI', 'USAPTY'], ['USAGOV', 'USALEG'])], system: [ev(30, '051', ['USAPTY'], ['USALEG'])], depths: [3] },
  { name: 'gold trigger elsewhere in the same sentence', gold: [ev(40, '173', ['USACOP'], ['USACRM'])], system: [ev(2, '173', ['USACOP'], ['USACRM'])], depths: [3] },
  { name: 'source right, target wrong', gold: [ev(10, '111', ['USALEG'], ['USAGOV'])], system: [ev(10, '111', ['USALEG'], ['USAMED'])], depths: [2] },
  { name: 'root right, source wrong', gold: [ev(10, '111', ['USALEG'], ['USAGOV'])], system: [ev(10, '111', ['USAGOV'], ['USAGOV'])], depths: [1] },
  { name: 'roots differ: paired at depth 0', gold: [ev(10, '111', ['USALEG'], null)], system: [ev(10, '051', ['USALEG'], null)], depths: [0] },
  {
    name: 'best match on code: each gold finds its own root',
    gold: [ev(10, '042', ['USAGOV'], ['VNMGOV']), ev(20, '072', ['USAGOV'], ['VNMGOV'])],
    system: [ev(20, '072', ['USAGOV'], ['VNMGOV']), ev(10, '042', ['USAGOV'], ['VNMGOV'])],
    depths: [3, 3],
  },
  {
    name: 'one act, two targets: two gold events on one trigger',
    gold: [ev(10, '111', ['USAGOV'], ['CHNGOV']), ev(10, '111', ['USAGOV'], ['RUSGOV'])],
    system: [ev(10, '111', ['USAGOV'], ['RUSGOV'])],
    depths: [3],
  },
];

// Pairs that must not form.
const apart: Row[] = [
  { name: 'gold in the next sentence', gold: [ev(60, '112', ['USAGOV'], null)], system: [ev(10, '112', ['USAGOV'], null)], depths: [] },
  { name: 'system trigger outside every sentence', gold: [ev(10, '112', ['USAGOV'], null)], system: [ev(100, '112', ['USAGOV'], null)], depths: [] },
  { name: 'gold trigger crossing the sentence end', gold: [{ start: 48, end: 53, code: '112', source: ['USAGOV'], target: null }], system: [ev(10, '112', ['USAGOV'], null)], depths: [] },
  { name: 'no system events', gold: [ev(10, '112', ['USAGOV'], null)], system: [], depths: [] },
];

for (const row of [...pairing, ...apart]) {
  test(`pairEvents: ${row.name}`, () => {
    assert.deepEqual(
      pairEvents(row.gold, row.system, sentences).map((p) => p.depth),
      row.depths,
    );
  });
}

const slots: [string[] | null, string[] | null, boolean][] = [
  [['USAGOV'], ['USAGOV'], true],
  [['USAELI', 'USAPTY'], ['USAPTY'], true],
  [null, null, true],
  // negative
  [['USAGOV'], ['USALEG'], false],
  [null, ['USAGOV'], false],
  [['USAGOV'], null, false],
  [['USACOP', 'USAGOV'], ['USA'], false],
];
for (const [gold, system, agree] of slots) {
  test(`slotsAgree ${JSON.stringify(gold)} ~ ${JSON.stringify(system)}: ${agree}`, () => assert.equal(slotsAgree(gold, system), agree));
}

test('tally: three gold, two system, one fully right and one with the wrong target', () => {
  const gold = [ev(10, '112', ['USAGOV'], ['USALEG']), ev(60, '051', ['USAGOV'], ['GBRGOV']), ev(80, '173', ['USACOP'], null)];
  const system = [ev(10, '112', ['USAGOV'], ['USALEG']), ev(61, '051', ['USAGOV'], ['FRAGOV'])];
  const t = emptyTally();
  addPairs(t, gold.length, system.length, pairEvents(gold, system, sentences));
  assert.deepEqual(t.matched, { root: 2, 'root+source': 2, 'root+source+target': 1 });
  assert.deepEqual(precisionRecall(t, 'root'), { precision: 1, recall: 2 / 3, f1: 0.8 });
  assert.equal(precisionRecall(t, 'root+source+target').precision, 0.5);
});

test("Cohen's kappa", () => {
  assert.equal(
    cohenKappa([
      ['11', '11'],
      ['05', '05'],
    ]),
    1,
  );
  assert.equal(
    cohenKappa([
      ['11', '11'],
      ['05', '05'],
      ['11', '05'],
      ['05', '11'],
    ]),
    0,
  );
  assert.equal(cohenKappa([]), null);
  assert.equal(cohenKappa([['11', '11']]), null);
});

test('readRecord: drops plain statements, takes the verb span as trigger, collects entity codes', () => {
  const doc = readRecord({
    id: 'x',
    error: null,
    article: { text: 'abc' },
    sentences: [
      { start: 0, end: 40 },
      { start: 41, end: 90 },
    ],
    entities: [{ actor: 'USAGOV' }, { actor: null }],
    references: [{ actor: 'USALEG' }],
    events: [
      { code: '010', source: { code: 'USAGOV' }, target: null, sentence: 0, historical: false, date: null, confidence: 0.8, evidence: { verb: { start: 5, end: 9 } } },
      { code: '112', source: { code: 'USAGOV' }, target: { code: null }, sentence: 1, historical: true, date: '2019-11-18', confidence: 0.54, evidence: { verb: { start: 50, end: 57 } } },
      { code: '051', source: { code: 'USALEG' }, target: { code: 'USAGOV' }, sentence: 1, historical: false, date: null, confidence: 0.5 },
    ],
  });
  assert.equal(doc.statements, 1);
  assert.deepEqual(
    doc.events.map((e) => [e.code, e.start, e.end, e.source, e.target, e.confidence]),
    [
      ['112', 50, 57, ['USAGOV'], null, 0.54],
      ['051', 41, 90, ['USALEG'], ['USAGOV'], 0.5],
    ],
  );
  assert.deepEqual([...doc.actorCodes].sort(), ['USAGOV', 'USALEG']);
});

test('polnearBase drops the title line and its newline only', () => {
  assert.equal(polnearBase('A Title\nFirst line.\n\nSecond.\n'), 'First line.\n\nSecond.\n');
  assert.equal(polnearBase('A Title\n\nBody'), '\nBody');
});

test('parseDocuments reads rows and names the bad ones', () => {
  const tsv = ['polnear:x\t2016-05-01\tdev\tb,c', 'extraction:y\t-\ttest\ta', 'polnear:z\t2016-05-01\tholdout\tb', 'polnear:w\tMay 1\tdev\tb', 'polnear:v\t2016-05-01\tdev'].join('\n');
  const { documents, problems } = parseDocuments(tsv, 'list.tsv');
  assert.deepEqual(documents, [
    { doc: 'polnear:x', date: '2016-05-01', split: 'dev', annotators: ['b', 'c'] },
    { doc: 'extraction:y', date: null, split: 'test', annotators: ['a'] },
  ]);
  assert.deepEqual(
    problems.map((p) => p.line),
    [3, 4, 5],
  );
});

test('readGoldFile keeps good lines and names the bad ones; a missing file is not annotated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-gold-'));
  const good = { start: 3, end: 9, code: '112', source: ['USAGOV'], target: null, historical: false, date: null };
  const bad = [
    { ...good, end: 200 },
    { ...good, code: 'ACCUSE' },
    { ...good, source: [] },
    { ...good, target: 'USALEG' },
    { ...good, historical: 'no' },
    { ...good, date: '18 Nov' },
  ];
  writeFileSync(join(dir, 'd.jsonl'), [good, ...bad].map((e) => JSON.stringify(e)).join('\n') + '\nnot json\n');
  const read = readGoldFile(join(dir, 'd.jsonl'), 100)!;
  assert.deepEqual(read.events, [good]);
  assert.deepEqual(
    read.problems.map((p) => p.line),
    [2, 3, 4, 5, 6, 7, 8],
  );
  writeFileSync(join(dir, 'empty.jsonl'), '');
  assert.deepEqual(readGoldFile(join(dir, 'empty.jsonl'), 100), { events: [], problems: [] });
  assert.equal(readGoldFile(join(dir, 'missing.jsonl'), 100), null);
});
