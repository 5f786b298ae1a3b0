// The House of Representatives of the 115th to 119th Congresses in the built-in knowledge base
// (kb/officeholders/us-house-*.txt): a member is USALEG inside their service, a former elite or the
// next office outside it, and a namesake keeps the bare name its better-known holder has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasLookup, loadKnowledgeBase } from '../../src/kb/index.js';
import { within } from '../../src/kb/lines.js';

const { kb } = loadKnowledgeBase();
const lookup = aliasLookup(kb);
const codes = (text: string, day: string): string[] => [...new Set(lookup(text, day).map((a) => a.code))].sort();

// name, a day, the codes the name has that day
const SERVICE: ReadonlyArray<[string, string, string[]]> = [
  ['Jahana Hayes', '2020-06-01', ['USALEG']],
  ['Elizabeth Esty', '2018-06-01', ['USALEG']],
  ['Elizabeth Esty', '2020-06-01', ['USAELI']],
  ['Conor Lamb', '2020-06-01', ['USALEG']],
  ['Conor Lamb', '2024-06-01', ['USAELI']],
  ['Claudia Tenney', '2018-06-01', ['USALEG']],
  ['Claudia Tenney', '2020-06-01', ['USAELI']],
  ['Claudia Tenney', '2022-06-01', ['USALEG']],
  ['Katie Hill', '2019-06-01', ['USALEG']],
  ['Katie Hill', '2020-06-01', ['USAELI']],
  ['Tom Price', '2016-06-01', ['USALEG']],
  ['Tom Price', '2017-06-01', ['USAGOV']],
  ['Tom Price', '2018-06-01', ['USAELI']],
  ['Mikie Sherrill', '2025-06-01', ['USALEG']],
  ['Mikie Sherrill', '2025-12-15', ['USAELI']],
  ['Mikie Sherrill', '2026-03-01', ['USAGOV']],
  ['Will Hurd', '2022-06-01', ['USAELI']],
  ['Eleanor Holmes Norton', '2020-06-01', ['USALEG']],
  ['Jenniffer González-Colón', '2020-06-01', ['USALEG']],
  ['Jenniffer González-Colón', '2025-06-01', ['PRIGOV']],
  // a senator's House years before a gap out of office: former elite in the gap, not senator
  ['Cynthia Lummis', '2015-06-01', ['USALEG']],
  ['Cynthia Lummis', '2019-06-01', ['USAELI']],
];

test('House members hold USALEG inside their service and another code outside it', () => {
  for (const [name, day, expected] of SERVICE) assert.deepEqual(codes(name, day), expected, `${name} on ${day}`);
});

test('namesakes: the bare shared name stays with the better-known holder', () => {
  assert.deepEqual(codes('Dennis A. Ross', '2018-06-01'), ['USALEG']);
  assert.ok(!codes('Dennis Ross', '2018-06-01').includes('USALEG'), 'the diplomat is no representative');
  assert.deepEqual(codes('Tom Kean Jr.', '2024-06-01'), ['USALEG']);
  assert.deepEqual(codes('Tom Kean', '2024-06-01'), []);
  assert.deepEqual(codes('Rob Menendez', '2024-06-01'), ['USALEG']);
  assert.ok(!lookup('Robert Menendez', '2024-06-01').some((a) => a.canonical === 'Rob Menendez'));
  assert.ok(!codes('Michael Collins', '2024-06-01').includes('USALEG'));
});

const HOUSE_FILE = /^kb\/officeholders\/us-house-[a-z]+\.txt$/;

test('every person of the regional House files served in the House or as a delegate', () => {
  const people = kb.people.filter((p) => HOUSE_FILE.test(p.file));
  assert.ok(people.length > 600, `${people.length} people`);
  for (const p of people) {
    const seat = p.roles.find((r) => !r.derived && r.code === 'USALEG' && /^(representative|delegate|resident commissioner) \(/.test(r.title));
    assert.ok(seat, `${p.name} at ${p.file}:${p.line} has no House seat`);
  }
});

test('on a day inside each Congress the knowledge base seats at least 400 representatives', () => {
  for (const day of ['2017-06-01', '2019-06-01', '2021-06-01', '2023-06-01', '2025-06-01']) {
    const seated = kb.people.filter((p) => p.roles.some((r) => !r.derived && r.code === 'USALEG' && r.title.startsWith('representative (') && within(r, day)));
    assert.ok(seated.length >= 400 && seated.length <= 435, `${seated.length} representatives on ${day}`);
  }
});
