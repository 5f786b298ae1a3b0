// The alias a known name means on a day (issue 16): strictly by the dates of an office, a shared
// surname uncoded when its bearers differ that day, things that are gone still what they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasAt, roleAt } from '../../src/entities/kb-names.js';
import type { Alias, AliasKind } from '../../src/kb/types.js';

const alias = (canonical: string, code: string, from: string | null, to: string | null, kind: AliasKind = 'person', text = canonical): Alias => ({ text, code, kind, canonical, from, to, file: 'test', line: 1, origin: 'core' });

const senatorThenVp = [alias('Ada Stone', 'USALEG', '2017-01-03', '2021-01-18'), alias('Ada Stone', 'USAGOV', '2021-01-20', '2025-01-20'), alias('Ada Stone', 'USAELI', '2025-01-21', null)];

test('a person is coded by the office held that day, and by nothing before the first', () => {
  const table: [string, string | null][] = [
    ['2016-06-01', null],
    ['2019-06-01', 'USALEG'],
    ['2022-06-01', 'USAGOV'],
    ['2026-06-01', 'USAELI'],
  ];
  for (const [day, want] of table) {
    const dated = aliasAt(senatorThenVp, day);
    assert.equal(dated?.coded ? dated.alias.code : null, want, day);
  }
  // between two offices with no derived time out of office (the gap of two days): the former elite
  assert.equal(roleAt(senatorThenVp, '2021-01-19')?.code, 'USAELI');
  // no day: the latest
  assert.equal(aliasAt(senatorThenVp, null)?.alias.code, 'USAELI');
});

test('a later office that is no state office leaves the former elite of the state office before it', () => {
  const roles = [alias('Ben Hale', 'GBRGOV', '1997-05-02', '2007-06-27'), alias('Ben Hale', 'IGOUNO', '2007-06-27', '2015-05-27')];
  assert.equal(roleAt(roles, '2019-01-01')?.code, 'GBRELI');
  assert.equal(roleAt(roles, '2010-01-01')?.code, 'IGOUNO');
  assert.equal(roleAt(roles, '1990-01-01'), null);
  // an armed group's or party's leader out of office is not a state's former elite
  assert.equal(roleAt([alias('Cal Roe', 'USAPTY', '2001-01-01', '2005-01-01')], '2010-01-01'), null);
});

test('a shared surname is uncoded when its bearers have different codes that day, coded when they agree', () => {
  const shared = [alias('Dora Vale', 'GBRGOV', '2019-01-01', '2022-01-01', 'person', 'Vale'), alias('Eli Vale', 'USAELI', '1969-01-01', null, 'person', 'Vale')];
  assert.equal(aliasAt(shared, '2020-06-01')?.coded, false);
  const agree = [alias('Dora Vale', 'USAELI', '2019-01-01', null, 'person', 'Vale'), alias('Eli Vale', 'USAELI', '1969-01-01', null, 'person', 'Vale')];
  assert.equal(aliasAt(agree, '2020-06-01')?.coded, true);
});

test('a state that is gone is still what its name means', () => {
  const gone = [alias('Soviet Union', 'SUN', '1922-12-30', '1991-12-26', 'country')];
  assert.deepEqual(aliasAt(gone, '2018-03-21'), { alias: gone[0], coded: true });
});

test('an office known only to its source horizon says nothing of the days after it', () => {
  const imported = [alias('Rina Vost', 'KENGOV', '2001-03-01', '2004-06-30'), { ...alias('Rina Vost', 'KENGOV', '2009-02-01', '2015-12-31'), horizon: true }];
  const table: [string, string | null][] = [
    ['2003-01-01', 'KENGOV'],
    // out of office between two written offices: the former elite
    ['2006-01-01', 'KENELI'],
    ['2015-12-31', 'KENGOV'],
    // past the horizon: not coded, neither as minister nor as former elite
    ['2016-03-01', null],
    ['2024-03-01', null],
  ];
  for (const [day, want] of table) {
    const dated = aliasAt(imported, day);
    assert.equal(dated?.coded ? dated.alias.code : null, want, day);
  }
  // the same office with a real end is followed by the former elite
  assert.equal(roleAt([alias('Rina Vost', 'KENGOV', '2009-02-01', '2015-12-31')], '2016-03-01')?.code, 'KENELI');
});
