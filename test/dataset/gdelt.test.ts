import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixed, fractionDate, gdeltEventRow, gdeltMentionRow, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/dataset/gdelt.js';
import { tsvLine } from '../../src/dataset/tsv.js';
import { checkEventRow, checkMentionRow } from './codebook.js';
import { bareEvent, event, mention } from './rows.js';

const cell = (row: string[], column: string): string => row[GDELT_EVENT_COLUMNS.indexOf(column)] ?? 'missing';

test('the column lists have the codebook sizes, unique names, first and last as BigQuery names them', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(new Set(GDELT_EVENT_COLUMNS).size, 61);
  assert.deepEqual([GDELT_EVENT_COLUMNS[0], GDELT_EVENT_COLUMNS[5], GDELT_EVENT_COLUMNS[25], GDELT_EVENT_COLUMNS[35], GDELT_EVENT_COLUMNS[60]], ['GLOBALEVENTID', 'Actor1Code', 'IsRootEvent', 'Actor1Geo_Type', 'SOURCEURL']);
  assert.equal(GDELT_MENTION_COLUMNS.length, 16);
  assert.deepEqual([GDELT_MENTION_COLUMNS[0], GDELT_MENTION_COLUMNS[13], GDELT_MENTION_COLUMNS[15]], ['GLOBALEVENTID', 'MentionDocTone', 'Extras']);
});

test('an event row keeps the codebook and carries the record', () => {
  const row = gdeltEventRow(event);
  assert.deepEqual(checkEventRow(row), []);
  const want: [string, string][] = [
    ['GLOBALEVENTID', '4503599627370495'],
    ['SQLDATE', '20240229'],
    ['MonthYear', '202402'],
    ['Year', '2024'],
    ['FractionDate', '2024.1616'],
    ['Actor1Code', 'USAGOV'],
    ['Actor1Name', 'UNITED STATES'],
    ['Actor1CountryCode', 'USA'],
    ['Actor1Type1Code', 'GOV'],
    ['Actor2KnownGroupCode', 'UNO'],
    ['Actor2Type1Code', 'IGO'],
    ['Actor2CountryCode', ''],
    ['IsRootEvent', '1'],
    ['EventCode', '0231'],
    ['EventBaseCode', '023'],
    ['EventRootCode', '02'],
    ['QuadClass', '1'],
    ['GoldsteinScale', '3.4'],
    ['NumMentions', '5'],
    ['NumSources', '2'],
    ['NumArticles', '3'],
    ['AvgTone', '-2.345679'],
    ['Actor1Geo_Type', '2'],
    ['Actor1Geo_ADM1Code', 'USCA'],
    ['Actor2Geo_Lat', '51.0000'],
    ['ActionGeo_FullName', 'Paris, Ile-de-France, France'],
    ['ActionGeo_Long', '2.3488'],
    ['ActionGeo_FeatureID', '2988507'],
    ['DATEADDED', '20240301121500'],
  ];
  for (const [column, value] of want) assert.equal(cell(row, column), value, column);
});

test('an event without source actor or places has those columns empty', () => {
  const row = gdeltEventRow(bareEvent);
  assert.deepEqual(checkEventRow(row), []);
  assert.ok(row.slice(5, 15).every((c) => c === ''));
  assert.ok(row.slice(35, 59).every((c) => c === ''));
  assert.deepEqual([cell(row, 'FractionDate'), cell(row, 'AvgTone'), cell(row, 'GoldsteinScale'), cell(row, 'QuadClass')], ['2023.9890', '0.000000', '-10.0', '4']);
});

const fractions: [string, string][] = [
  ['19790101', '1979.0027'],
  ['20240229', '2024.1616'],
  ['20231231', '2023.9890'],
  ['20000615', '2000.4521'],
];
for (const [day, want] of fractions) {
  test(`FractionDate of ${day}`, () => assert.equal(fractionDate(day), want));
}

const numbers: [number, number, string][] = [
  [-0.0000001, 6, '0.000000'],
  [-0, 4, '0.0000'],
  [1.23456789, 6, '1.234568'],
  [-2.5, 1, '-2.5'],
  [10, 1, '10.0'],
];
for (const [n, d, want] of numbers) {
  test(`fixed(${n}, ${d})`, () => assert.equal(fixed(n, d), want));
}

test('a mention row keeps the codebook', () => {
  const row = gdeltMentionRow(mention);
  assert.deepEqual(checkMentionRow(row), []);
  assert.deepEqual(row, [String(event.id), '20240301121500', '20240229183000', '1', 'example.org', mention.identifier, '2', '120', '-1', '134', '1', '70', '2048', '1.250000', '', '']);
  assert.equal(gdeltMentionRow({ ...mention, identifier: 'file:///data/a.txt' })[3], '2');
});

test('a TSV line always has one field per cell, whatever the cells hold', () => {
  const row = gdeltEventRow({ ...event, sourceName: 'Tab\there', sourceUrl: 'https://x.example/a\nb\r\nc' });
  const line = tsvLine(row);
  assert.ok(line.endsWith('\n'));
  const fields = line.slice(0, -1).split('\t');
  assert.equal(fields.length, 61);
  assert.equal(line.split('\n').length, 2);
  assert.equal(fields[6], 'TAB HERE');
  assert.deepEqual(checkEventRow(fields), []);
});
