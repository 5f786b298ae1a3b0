import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseActorParts, splitActorCode } from '../../src/dataset/actor-code.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import type { Issue } from '../../src/types.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

/** code -> country, group, ethnic, religion1, religion2, type1, type2, type3 (joined by commas) */
const table: [string, string][] = [
  ['PRKGOV', 'PRK,,,,,GOV,,'],
  ['USAMILREB', 'USA,,,,,MIL,REB,'],
  ['IGOUNO', ',UNO,,,,IGO,,'],
  ['---GOV', ',,,,,GOV,,'],
  ['USA', 'USA,,,,,,,'],
  ['', ',,,,,,,'],
  ['IGOEUREEC', 'EUR,EEC,,,,IGO,,'],
  ['IGOUNODEVWBK', ',WBK,,,,IGO,DEV,'],
  ['IGONAM', ',NAM,,,,IGO,,'],
  ['IMGMOSISL', ',ISL,,MOS,,IMG,,'],
  ['NGOHRIAMN', ',AMN,,,,NGO,HRI,'],
  ['PSEREBHMS', 'PSE,HMS,,,,REB,,'],
  ['IRQSHIMIL', 'IRQ,,,SHI,,MIL,,'],
  ['LBNCHRCTHPTY', 'LBN,,,CHR,CTH,PTY,,'],
  ['TURKRDREB', 'TUR,,KRD,,,REB,,'],
  ['SUNGOV', 'SUN,,,,,GOV,,'],
  ['AFR', 'AFR,,,,,,,'],
  ['USAGOVMILLEG', 'USA,,,,,GOV,MIL,LEG'],
];

for (const [code, want] of table) {
  test(`split ${code || '(empty)'}`, () => {
    const p = splitActorCode(code);
    const got = [p.countryCode, p.knownGroupCode, p.ethnicCode, p.religion1Code, p.religion2Code, p.type1Code, p.type2Code, p.type3Code].join(',');
    assert.equal(got, want);
    assert.deepEqual(p.unread, []);
  });
}

// Negative table: parts no list knows or with no column left stay unread, and fill no column.
const unread: [string, string[]][] = [
  ['USAXYZ', ['XYZ']],
  ['USAGOVMILLEGJUD', ['JUD']],
  ['XYZGOV', ['XYZ']],
  ['USAGO', ['GO']],
  ['FRADEU', ['DEU']],
  ['CHRMOSJEW', ['JEW']],
];
for (const [code, parts] of unread) {
  test(`unread parts of ${code}`, () => {
    const p = splitActorCode(code);
    assert.deepEqual(p.unread, parts);
    const columns = [p.countryCode, p.knownGroupCode, p.ethnicCode, p.religion1Code, p.religion2Code, p.type1Code, p.type2Code, p.type3Code];
    for (const part of parts) assert.ok(!columns.includes(part), `${part} filled a column`);
  });
}

test('every actor code of the knowledge base splits with nothing unread', () => {
  const { kb } = loadKnowledgeBase();
  const codes = new Set<string>([...kb.countries.map((c) => c.code), ...kb.organisations.map((o) => o.code), ...kb.people.flatMap((p) => p.roles.map((r) => r.code))]);
  const countries = kb.countries.map((c) => c.code);
  for (const c of countries) for (const r of kb.roles) codes.add(r.suffix ? c + r.code : r.code);
  assert.ok(codes.size > 1000, String(codes.size));
  const bad = [...codes].filter((c) => splitActorCode(c).unread.length > 0);
  assert.deepEqual(bad, []);
});

test('a malformed or repeated line of the parts list is an issue with its file and line', () => {
  const issues: Issue[] = [];
  const parts = parseActorParts(join(fixtures, 'actor-code-parts.tsv'), 'fixtures/actor-code-parts.tsv', issues);
  assert.deepEqual(
    issues.map((i) => `${i.code}@${i.line}`),
    ['kb/actor-part-row@3', 'kb/actor-part-row@4', 'kb/actor-part-row@5', 'kb/actor-part-duplicate@7'],
  );
  assert.deepEqual(
    [...parts],
    [
      ['GOV', 'type'],
      ['UNO', 'group'],
    ],
  );
});
