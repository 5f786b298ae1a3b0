// The Phoenix import on a tiny dictionary written here: dates kept, people told from bodies, names
// that cannot stand alone left out, overlapping offices untangled, and the output read back by the
// loader with its dated offices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertEntries, formatPeople, nameOf, normaliseRoles, type ConvertOptions } from '../../scripts/import-phoenix/convert.js';
import { parsePhoenix, phoenixDay, type PhoenixProblem } from '../../scripts/import-phoenix/phoenix.js';
import { aliasLookup, checkKnowledgeBase, hasProblems, loadKnowledgeBase } from '../../src/kb/index.js';

const DICTIONARY = [
  '# a dictionary of our own, in the Phoenix format',
  'VALDORIA_  [VLD]',
  '+VALDORIAN_',
  '',
  'VALDORIAN_NATIONAL_ARMY_',
  '\t[VLDMIL 900101-951231]',
  '',
  'TOMAS_JAN_VEREL_  # a prime minister, then a senator',
  '+TOMAS_VEREL_',
  '+PRIME_MINISTER_VEREL_',
  '+VEREL_',
  '+VALDORIAN_LEADER_TOMAS_VEREL',
  '\t[VLDELI 700101-980301]',
  '\t[VLDGOV 980301-030615]',
  '\t[VLDGOVLEG >20050110]',
  '',
  'MARIA_MCKENZIE_OSTROVA_',
  '\t[VLDGOVMIL 970101-011231]', // a defence minister: GOV, as kb/people writes them
  '\t[VLDJUD 000101-040101]',
  '',
  'GOLDEN_DAWN_  # ordinary words',
  '\t[VLDOPP 990101-021231]',
  '',
  'IVO_DARAN_',
  '\t[VLDXYZ 990101-021231]',
  '\t[VLDGOV 20120101-20121231]',
  '',
  'LENA_PRASK',
  '\t[VLDGOV]',
  '',
  'ALI_BIN_HASSAN_AL-FAROUK_',
  '\t[VLDGOV <991231]',
  '\t[VLDGOV 991001-020101]',
  '',
  'BROKEN_DATE_PERSON',
  '\t[VLDGOV 991399-000101]',
].join('\n');

const OPTIONS: ConvertOptions = {
  checkCode: (code) => (/^VLD(?:GOV|LEG|JUD|ELI|OPP|MIL)$/.test(code) ? null : `unknown ${code}`),
  stopWords: new Set(['prime', 'minister', 'leader', 'valdorian', 'valdoria']),
  ordinaryWords: new Set(['golden', 'dawn']),
  isPlace: (name) => name === 'port valdor',
  horizon: '2015-12-31',
};

test('Phoenix dates: six digits with the dictionaries\' century, eight digits as written, no impossible days', () => {
  assert.equal(phoenixDay('980301'), '1998-03-01');
  assert.equal(phoenixDay('030615'), '2003-06-15');
  assert.equal(phoenixDay('20050110'), '2005-01-10');
  assert.equal(phoenixDay('991399'), null);
});

test('names are cased for the matcher: first letters, Mc, and lower-case particles', () => {
  assert.equal(nameOf('MARIA_MCKENZIE_OSTROVA_'), 'Maria McKenzie Ostrova');
  assert.equal(nameOf('ALI_BIN_HASSAN_AL-FAROUK_'), 'Ali bin Hassan al-Farouk');
  assert.equal(nameOf('KIM_JONG-UN'), 'Kim Jong-un');
  assert.equal(nameOf('PERSON_2'), null);
});

test('the conversion keeps dated people with their dates and standalone names, and counts what it leaves out', () => {
  const problems: PhoenixProblem[] = [];
  const entries = parsePhoenix(DICTIONARY, problems);
  assert.deepEqual(problems, [{ line: 36, message: 'bad date in "[VLDGOV 991399-000101]"' }]);
  const { people, counts } = convertEntries([{ file: 'test.actors.txt', entries }], OPTIONS);
  const byName = new Map(people.map((p) => [p.name, p]));
  assert.deepEqual([...byName.keys()].sort(), ['Ali bin Hassan al-Farouk', 'Ivo Daran', 'Maria McKenzie Ostrova', 'Tomas Jan Verel']);
  const verel = byName.get('Tomas Jan Verel')!;
  // titles, country words and single words are no names; the GOV+LEG code is the legislature's
  assert.deepEqual(verel.aliases, ['Tomas Verel']);
  assert.deepEqual(verel.roles, [
    { code: 'VLDELI', from: '1970-01-01', to: '1998-03-01' },
    { code: 'VLDGOV', from: '1998-03-01', to: '2003-06-15' },
    // open in the dictionary: in office at its last update, so ending on the horizon
    { code: 'VLDLEG', from: '2005-01-10', to: '2015-12-31' },
  ]);
  // overlapping offices: the later takes over on its first day
  assert.deepEqual(byName.get('Maria McKenzie Ostrova')!.roles, [
    { code: 'VLDGOV', from: '1997-01-01', to: '2000-01-01' },
    { code: 'VLDJUD', from: '2000-01-01', to: '2004-01-01' },
  ]);
  // one code's ranges joined; an unknown code dropped, the known one kept
  assert.deepEqual(byName.get('Ali bin Hassan al-Farouk')!.roles, [{ code: 'VLDGOV', from: null, to: '2002-01-01' }]);
  assert.deepEqual(byName.get('Ivo Daran')!.roles, [{ code: 'VLDGOV', from: '2012-01-01', to: '2012-12-31' }]);
  assert.equal(counts.notPeople, 1); // the army
  assert.equal(counts.undated, 3); // the country, Lena Prask, and the entry whose only date is broken
  assert.equal(counts.noName, 1); // Golden Dawn
  assert.equal(counts.droppedCodes, 1);
});

test('an elite range inside an office is dropped: the loader derives the time out of office', () => {
  const { roles } = normaliseRoles([
    { code: 'VLDGOV', from: '2000-01-01', to: '2004-01-01' },
    { code: 'VLDELI', from: '1990-01-01', to: '2010-01-01' },
    { code: 'VLDELI', from: '1980-01-01', to: '1990-01-01' },
  ]);
  assert.deepEqual(roles.map((r) => `${r.code} ${r.from}`), ['VLDELI 1980-01-01', 'VLDGOV 2000-01-01']);
});

/** A knowledge-base folder with the invented country and its roles; `write` adds a file. */
function valdoriaKb(): { dir: string; write: (rel: string, text: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-phoenix-'));
  const write = (rel: string, text: string) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  write('cameo-codes.tsv', 'code\tname\tgoldstein\tquadclass\troot\tplover\n042\tvisit\t1.9\t1\t04\tCONSULT\n');
  write('actors/countries.tsv', 'VLD  state  -  Valdoria\n');
  write('roles.tsv', 'GOV  suffix  government  -\nLEG  suffix  parliament  -\nJUD  suffix  court  -\nELI  suffix  elite  -\nMIL  suffix  army  -\n');
  return { dir, write };
}

test('the written file loads as imported people with dated offices, and a curated person takes precedence', () => {
  const { people } = convertEntries([{ file: 'test.actors.txt', entries: parsePhoenix(DICTIONARY) }], OPTIONS);
  const { dir, write } = valdoriaKb();
  write('people/curated.txt', 'Ivo Daran\n    VLDMIL  2010-01-01..  army chief\n');
  const written = formatPeople(people, OPTIONS.horizon);
  // an office open in the dictionary is written open, under the day the source knows it to
  assert.match(written, /Tomas Jan Verel[^\n]*\n(?: {4}.*\n)* {4}VLDLEG {2}2005-01-10\.\. {2}legislator \(Phoenix\)\n {4}horizon {2}2015-12-31\n/);
  assert.doesNotMatch(written, /Ivo Daran[^\n]*\n(?: {4}[^\n]*\n)* {4}horizon/);
  write('imported/test/people.txt', written);
  const { kb, issues, warnings } = loadKnowledgeBase(dir, { cache: false });
  assert.deepEqual(issues, []);
  const lookup = aliasLookup(kb);
  const at = (text: string, day: string) => lookup(text, day).map((a) => `${a.code} ${a.origin}`);
  assert.deepEqual(at('Tomas Verel', '2001-01-01'), ['VLDGOV imported']);
  assert.deepEqual(at('Tomas Verel', '2004-01-01'), ['VLDELI imported']);
  assert.deepEqual(at('Tomas Jan Verel', '2010-01-01'), ['VLDLEG imported']);
  assert.deepEqual(at('Tomas Jan Verel', '2015-12-31'), ['VLDLEG imported']);
  // past the horizon the office is unknown: no former elite is derived, and the name has no code
  assert.deepEqual(at('Tomas Jan Verel', '2020-01-01'), []);
  assert.deepEqual(at('Ivo Daran', '2012-06-01'), ['VLDMIL core']);
  assert.deepEqual(warnings.map((w) => w.code), ['kb/imported-conflict']);
  assert.equal(hasProblems(checkKnowledgeBase(kb, issues, warnings)), false);
});

test('a horizon line ends the open offices on its day, derives nothing after them, and is checked', () => {
  const { dir, write } = valdoriaKb();
  write(
    'imported/test/people.txt',
    [
      'Oska Brenn',
      '    VLDGOV  1999-01-01..2003-12-31  minister',
      '    VLDGOV  2010-05-01..  minister',
      '    horizon  2015-12-31',
      'Pela Marr',
      '    VLDELI  2001-01-01..  elite',
      '    horizon  2015-12-31',
      'Ruth Sand',
      '    VLDGOV  2016-02-01..  minister',
      '    horizon  2015-12-31',
      'Tam Ode',
      '    VLDGOV  2012-01-01..  minister',
      '    horizon  2015-12',
      '',
    ].join('\n'),
  );
  const { kb, issues } = loadKnowledgeBase(dir, { cache: false });
  assert.deepEqual(
    issues.map((i) => `${i.line} ${i.code}`),
    // an open office that begins after the horizon, and a horizon that is no whole day
    ['9 kb/date', '13 kb/date'],
  );
  const brenn = kb.people.find((p) => p.name === 'Oska Brenn')!;
  assert.deepEqual(
    brenn.roles.map((r) => `${r.code} ${r.from}..${r.to} ${r.derived ? 'derived' : 'written'}${r.horizon ? ' horizon' : ''}`),
    ['VLDGOV 1999-01-01..2003-12-31 written', 'VLDGOV 2010-05-01..2015-12-31 written horizon', 'VLDELI 2004-01-01..2010-04-30 derived'],
  );
  const lookup = aliasLookup(kb);
  assert.deepEqual(lookup('Oska Brenn', '2017-01-01'), []);
  // a former elite stays one past the horizon
  assert.deepEqual(lookup('Pela Marr', '2017-01-01').map((a) => a.code), ['VLDELI']);
});
