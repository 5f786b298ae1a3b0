import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchDateline, resolveMonthDay } from '../../src/article/dateline.js';

const DATELINES: [string, { place: string; date: string | null; agency: string | null }, string][] = [
  ['TOKYO, March 20 (UPI) -- Japan said', { place: 'TOKYO', date: '2018-03-20', agency: 'UPI' }, 'Japan said'],
  ['NEW YORK (AP) — The city', { place: 'NEW YORK', date: null, agency: 'AP' }, 'The city'],
  ['BEIRUT, Lebanon (Reuters) - Israeli jets', { place: 'BEIRUT, Lebanon', date: null, agency: 'Reuters' }, 'Israeli jets'],
  ['Beijing, March 3 (Xinhua) -- China will', { place: 'Beijing', date: '2018-03-03', agency: 'Xinhua' }, 'China will'],
  ['WASHINGTON — The Senate', { place: 'WASHINGTON', date: null, agency: null }, 'The Senate'],
  ['RIO DE JANEIRO, Brazil, Dec. 30 (AFP) -- Floods', { place: 'RIO DE JANEIRO, Brazil', date: '2017-12-30', agency: 'AFP' }, 'Floods'],
  ['KYIV, Ukraine — Air raid sirens', { place: 'KYIV, Ukraine', date: null, agency: null }, 'Air raid sirens'],
];

const NOT_DATELINES = [
  'South Korean President Moon Jae-in has welcomed the Japanese envoy to Seoul.',
  'The U.S. - China talks ended without a deal.',
  'UN - the world body - said it would send aid.',
  'Officials said on Monday - a holiday - that the border was closed.',
  'Beijing later supported the government with loans and grain shipments.',
];

test('datelines: place, date and agency, and where the body starts', () => {
  for (const [paragraph, want, rest] of DATELINES) {
    const m = matchDateline(paragraph, '2018-03-21');
    assert.ok(m, `no dateline in ${paragraph}`);
    assert.deepEqual({ place: m.dateline.place, date: m.dateline.date, agency: m.dateline.agency }, want, paragraph);
    assert.equal(paragraph.slice(m.length), rest);
  }
});

test('sentences are not datelines', () => {
  for (const paragraph of NOT_DATELINES) assert.equal(matchDateline(paragraph, '2018-03-21'), null, paragraph);
});

test('year-less days resolve to the latest such day not after the reference date', () => {
  assert.equal(resolveMonthDay('March 20', '2018-03-21'), '2018-03-20');
  assert.equal(resolveMonthDay('Dec. 30', '2018-01-02'), '2017-12-30');
  assert.equal(resolveMonthDay('March 22', '2018-03-21'), '2018-03-22');
  assert.equal(resolveMonthDay('Jan 5, 2016', '2018-03-21'), '2016-01-05');
  assert.equal(resolveMonthDay('March 20', null), null);
});
