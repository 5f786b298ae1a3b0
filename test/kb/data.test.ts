// Sanity checks on the real knowledge base: facts a coder of world news must get right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasLookup, checkKnowledgeBase, loadKnowledgeBase } from '../../src/kb/index.js';

const { kb, issues } = loadKnowledgeBase();
const lookup = aliasLookup(kb);
const codes = (text: string, day?: string): string[] => [...new Set(lookup(text, day).map((a) => a.code))].sort();
const report = checkKnowledgeBase(kb, issues);

test('the built-in knowledge base loads without issues or problems', () => {
  assert.deepEqual(issues, []);
  for (const section of ['duplicates', 'overlaps', 'unknownCodes', 'patternErrors', 'duplicatePatterns'] as const) {
    assert.deepEqual(report[section], [], section);
  }
});

const ACTORS: ReadonlyArray<[string, string | undefined, string]> = [
  ['Moscow', '2018-03-20', 'RUSGOV'],
  ['Moscow', '1985-06-01', 'SUNGOV'],
  ['the Kremlin', '2018-03-20', 'RUSGOV'],
  ['Pyongyang', undefined, 'PRKGOV'],
  ['Washington', undefined, 'USAGOV'],
  ['White House', undefined, 'USAGOV'],
  ['Downing Street', undefined, 'GBRGOV'],
  ['Beijing', undefined, 'CHNGOV'],
  ['Seoul', undefined, 'KORGOV'],
  ['Tokyo', undefined, 'JPNGOV'],
  ['Tehran', undefined, 'IRNGOV'],
  ['Belgrade', '1985-01-01', 'YUGGOV'],
  ['Belgrade', '2010-01-01', 'SRBGOV'],
  ['North Korean', undefined, 'PRK'],
  ['U.S.', undefined, 'USA'],
  ['UK', undefined, 'GBR'],
  ['Soviet Union', '1980-01-01', 'SUN'],
  ['Zaire', '1990-01-01', 'COD'],
  ['Burma', undefined, 'MMR'],
  ['Kosovo', undefined, 'KSV'],
  ['Middle East', undefined, 'MEA'],
  ['KCNA', undefined, 'PRKMED'],
  ['Korean Central News Agency', undefined, 'PRKMED'],
  ['TASS', '2018-03-20', 'RUSMED'],
  ['Xinhua', undefined, 'CHNMED'],
  ['Yonhap', undefined, 'KORMED'],
  ['Reuters', undefined, 'GBRMED'],
  ['Associated Press', undefined, 'USAMED'],
  ['AFP', undefined, 'FRAMED'],
  ['UN', undefined, 'IGOUNO'],
  ['NATO', '2020-01-01', 'IGOWSTNAT'],
  ['Hamas', '2020-01-01', 'PSEREBHMS'],
  ['Taliban', '2010-01-01', 'AFGREBTAL'],
  ['Taliban', '2022-01-01', 'AFGGOVTAL'],
  ['ISIS', '2015-01-01', 'IMGMOSISL'],
];

test('names resolve to their CAMEO codes at the given day', () => {
  for (const [text, day, code] of ACTORS) assert.deepEqual(codes(text, day), [code], `${text} @ ${day ?? 'any'}`);
});

const NOT_NAMES: ReadonlyArray<string> = ['the North', 'Korea', 'Congo', "Russia's", 'who'];

test('generic words and possessives are not names', () => {
  for (const text of NOT_NAMES) assert.deepEqual(codes(text), [], text);
});

test('every ISO country has a name, and the main countries have adjectives and capitals', () => {
  assert.ok(report.counts.countries >= 249);
  for (const code of ['USA', 'RUS', 'CHN', 'PRK', 'KOR', 'JPN', 'IRN', 'ISR', 'SYR', 'UKR', 'IRQ', 'AFG', 'PAK', 'EGY', 'TUR', 'SAU', 'VEN', 'CUB']) {
    const own = kb.aliases.filter((a) => a.code === code || a.code === `${code}GOV`);
    assert.ok(own.some((a) => a.kind === 'adj'), `${code} adjective`);
    assert.ok(own.some((a) => a.kind === 'capital'), `${code} capital`);
  }
});

test('verb patterns: at least 2,000, every root covered, no duplicate lines', () => {
  assert.ok(kb.patterns.length >= 2000, `${kb.patterns.length} patterns`);
  const roots = new Set(kb.patterns.flatMap((p) => (p.code === null ? [] : [p.code.slice(0, 2)])));
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
  const lines = new Set<string>();
  for (const p of kb.patterns) {
    const key = `${p.code}:${p.reverseCode ?? ''} ${p.text}`;
    assert.ok(!lines.has(key), `duplicate: ${key}`);
    lines.add(key);
  }
});

const PATTERNS: ReadonlyArray<[string, string]> = [
  ['$ *congratulate + on', '051'],
  ['$ *praise +', '051'],
  ['$ *condemn +', '111'],
  ['$ *accuse + of', '112'],
  ['$ *meet (with) +', '040'],
  ['$ *visit +', '042'],
  ['$ *impose &SANCTION on|against +', '163'],
  ['$ *arrest +', '173'],
  ['$ *attack +', '190'],
  ['$ *decline to comment|elaborate|confirm|disclose|specify|discuss|answer|respond|say|define|reveal|detail|explain|identify|name', '011'],
];

test('the common news phrasings carry the right codes', () => {
  const byText = new Map(kb.patterns.map((p) => [p.text, p]));
  for (const [text, code] of PATTERNS) assert.equal(byText.get(text)?.code, code, text);
  assert.equal(byText.get('$ *visit +')?.reverseCode, '043');
  assert.equal(byText.get('$ *praise +')?.plover, 'SUPPORT');
  assert.equal(byText.get('$ *say')?.plover, null, 'root 01 has no PLOVER type');
});

test('people: dated roles answer who held an office on a day', () => {
  const at = (name: string, day: string): string[] => codes(name, day);
  assert.deepEqual(at('Vladimir Putin', '2018-03-20'), ['RUSGOV']);
  assert.deepEqual(at('Vladimir Putin', '2010-06-01'), ['RUSGOV'], 'prime minister 2008-2012');
  assert.deepEqual(at('Vladmir Putin', '2018-03-20'), ['RUSGOV']);
  assert.deepEqual(at('Kim Jong Un', '2018-03-20'), ['PRKGOV']);
  assert.deepEqual(at('Kim Jong-un', '2018-03-20'), ['PRKGOV']);
  assert.deepEqual(at('Moon Jae-in', '2018-03-20'), ['KORGOV']);
  assert.deepEqual(at('Moon Jae-in', '2023-01-01'), ['KORELI'], 'alive and out of office: former elite');
  assert.deepEqual(at('Kim Il Sung', '1980-01-01'), ['PRKGOV']);
  assert.deepEqual(at('Kim Il Sung', '2018-03-20'), ['PRKGOV'], 'died in office: history remembers the office');
  assert.deepEqual(at('Nelson Mandela', '2005-01-01'), ['ZAFELI']);
  assert.deepEqual(at('Nelson Mandela', '2018-07-18'), ['ZAFGOV'], 'died out of office: remembered by it too');
  assert.deepEqual(at('Ban Ki-moon', '2010-01-01'), ['IGOUNO']);
  assert.ok(kb.people.length > 1000, `${kb.people.length} people`);
});

const DATED: ReadonlyArray<[string, string, string]> = [
  // offices strictly by the day: a senator before she was vice president
  ['Kamala Harris', '2019-06-01', 'USALEG'],
  ['Kamala Harris', '2022-06-01', 'USAGOV'],
  ['Tulsi Gabbard', '2019-06-01', 'USALEG'],
  ['Tulsi Gabbard', '2025-06-01', 'USAGOV'],
  ['Amy Klobuchar', '2019-06-01', 'USALEG'],
  ['Ben Sasse', '2020-06-01', 'USALEG'],
  ['Ben Sasse', '2024-06-01', 'USAELI'],
  ['Priti Patel', '2020-06-01', 'GBRGOV'],
  ['Ron DeSantis', '2017-06-01', 'USALEG'],
  ['Ron DeSantis', '2020-06-01', 'USAGOV'],
  ['Steve Bannon', '2017-03-01', 'USAGOV'],
  ['Steve Bannon', '2019-03-01', 'USAMED'],
  // leaders of the G20's chambers, and what they held before and after
  ['Lindsay Hoyle', '2021-06-01', 'GBRLEG'],
  ['Bärbel Bas', '2023-06-01', 'DEULEG'],
  ['Barbel Bas', '2025-09-01', 'DEUGOV'],
  ['Om Birla', '2020-01-01', 'INDLEG'],
  ['Thandi Modise', '2022-01-01', 'ZAFGOV'],
  ['Hiroyuki Hosoda', '2024-06-01', 'JPNLEG'],
  ['Sergio Massa', '2015-06-01', 'ARGELI'],
  // from the Phoenix import, with its dates
  ['A. Peter Burleigh', '1999-01-01', 'USAGOV'],
  ['Aaron Sangala', '2012-01-01', 'MWIGOV'],
];

test('people hold their offices on the day, and are former elite after them', () => {
  for (const [text, day, code] of DATED) assert.deepEqual(codes(text, day), [code], `${text} @ ${day}`);
  // an office open in Phoenix is known to its horizon only: after it, neither office nor former elite
  assert.deepEqual(codes('Aaron Sangala', '2018-01-01'), []);
});

const BODIES: ReadonlyArray<[string, string]> = [
  ['NASA', 'USAGOV'],
  ['Bureau of Prisons', 'USACOP'],
  ['Department of Justice', 'USAGOV'],
  ['Senate Judiciary Committee', 'USALEG'],
  ['Ohio State Police', 'USACOP'],
  ['Bank of England', 'GBRGOV'],
  ['Reserve Bank of India', 'INDGOV'],
  ['Supreme Court of Kenya', 'KENJUD'],
  ['Ministry of Finance of Peru', 'PERGOV'],
];

test('state bodies: the United States in depth, the G20 by their own names, every UN member from the templates', () => {
  for (const [text, code] of BODIES) assert.deepEqual(codes(text, '2020-01-01'), [code], text);
  const members = new Set(kb.organisations.filter((o) => o.origin === 'template').map((o) => o.code.slice(0, 3)));
  assert.equal(members.size, 193);
});

test('at least 15,000 people with dated offices, imported ones among them', () => {
  assert.ok(report.counts.datedPeople >= 15000, String(report.counts.datedPeople));
  assert.ok(report.counts.importedPeople >= 15000, String(report.counts.importedPeople));
});
