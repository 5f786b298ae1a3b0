import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow } from '../../src/dataset/gdelt.js';
import { checkEventRow, checkMentionRow } from './codebook.js';
import { event, mention } from './rows.js';

const good = gdeltEventRow(event);

/** A copy of the good row with some columns set. */
function broken(changes: Record<string, string>, columns: readonly string[] = GDELT_EVENT_COLUMNS, row: readonly string[] = good): string[] {
  const out = [...row];
  for (const [column, value] of Object.entries(changes)) {
    const at = columns.indexOf(column);
    assert.ok(at >= 0, column);
    out[at] = value;
  }
  return out;
}

test('a row written by hand from the codebook passes', () => {
  const row = [
    '1170001234',
    '20240105',
    '202401',
    '2024',
    '2024.0137',
    'RUSMIL',
    'RUSSIAN ARMY',
    'RUS',
    '',
    '',
    '',
    '',
    'MIL',
    '',
    '',
    'UKR',
    'UKRAINE',
    'UKR',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '0',
    '195',
    '195',
    '19',
    '4',
    '-10.0',
    '8',
    '3',
    '4',
    '-6.1',
    '1',
    'Ukraine',
    'UP',
    'UP',
    '',
    '49',
    '32',
    'UP',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '4',
    "Kharkiv, Kharkivs'ka Oblast', Ukraine",
    'UP',
    'UP07',
    '',
    '49.98081',
    '36.25272',
    '706483',
    '20240105143000',
    'https://news.example.org/kharkiv',
  ];
  assert.deepEqual(checkEventRow(row), []);
});

// Negative table: each row is broken in one way, and the checker must name the column.
const brokenEvents: [string, string[], string][] = [
  ['60 cells', good.slice(0, 60), '61 cells'],
  ['62 cells', [...good, ''], '61 cells'],
  ['id not a number', broken({ GLOBALEVENTID: 'abc' }), 'GLOBALEVENTID'],
  ['id zero', broken({ GLOBALEVENTID: '0' }), 'GLOBALEVENTID'],
  ['id too large', broken({ GLOBALEVENTID: '9007199254740993' }), 'GLOBALEVENTID'],
  ['no such day', broken({ SQLDATE: '20230229' }), 'SQLDATE'],
  ['MonthYear disagrees', broken({ MonthYear: '202403' }), 'MonthYear'],
  ['Year disagrees', broken({ Year: '2023' }), 'Year'],
  ['FractionDate off', broken({ FractionDate: '2024.1644' }), 'FractionDate'],
  ['FractionDate with the codebook month', broken({ FractionDate: '2024.2438' }), 'FractionDate'],
  ['actor code malformed', broken({ Actor1Code: 'USAGO' }), 'Actor1Code'],
  ['country not in the code', broken({ Actor1CountryCode: 'CHN' }), 'Actor1CountryCode'],
  ['country missing', broken({ Actor1CountryCode: '' }), 'Actor1CountryCode'],
  ['type not in the code', broken({ Actor1Type1Code: 'MIL' }), 'Actor1Type1Code'],
  ['type missing', broken({ Actor2Type1Code: '' }), 'Actor2'],
  ['a type in the group column', broken({ Actor2KnownGroupCode: 'IGO' }), 'Actor2KnownGroupCode'],
  ['columns without a code', broken({ Actor2Code: '', Actor2Name: '' }), 'Actor2'],
  ['IsRootEvent 2', broken({ IsRootEvent: '2' }), 'IsRootEvent'],
  ['unknown event code', broken({ EventCode: '0999' }), 'EventCode'],
  ['event code as a number', broken({ EventCode: '231', EventBaseCode: '231', EventRootCode: '23' }), 'EventCode'],
  ['base code wrong', broken({ EventBaseCode: '024' }), 'EventBaseCode'],
  ['root code wrong', broken({ EventRootCode: '03' }), 'EventRootCode'],
  ['QuadClass wrong', broken({ QuadClass: '3' }), 'QuadClass'],
  ['Goldstein wrong', broken({ GoldsteinScale: '3.0' }), 'GoldsteinScale'],
  ['NumMentions zero', broken({ NumMentions: '0' }), 'NumMentions'],
  ['more articles than mentions', broken({ NumArticles: '9' }), 'NumArticles'],
  ['AvgTone out of range', broken({ AvgTone: '-120.5' }), 'AvgTone'],
  ['AvgTone not a number', broken({ AvgTone: 'NaN' }), 'AvgTone'],
  ['Geo_Type 6', broken({ ActionGeo_Type: '6' }), 'ActionGeo_Type'],
  ['Geo_Type 0', broken({ Actor2Geo_Type: '0' }), 'Actor2Geo_Type'],
  ['ISO country in the FIPS column', broken({ ActionGeo_CountryCode: 'FRA' }), 'ActionGeo_CountryCode'],
  ['ISO alpha-2 where FIPS differs', broken({ Actor2Geo_CountryCode: 'DE', Actor2Geo_ADM1Code: 'DE', Actor2Geo_FeatureID: 'DE' }), 'Actor2Geo_CountryCode'],
  ['ADM1 of another country', broken({ ActionGeo_ADM1Code: 'GM11' }), 'ActionGeo_ADM1Code'],
  ['US state outside the US', broken({ Actor1Geo_CountryCode: 'CA', Actor1Geo_ADM1Code: 'CA01' }), 'Actor1Geo_Type'],
  ['country with an ADM1', broken({ Actor2Geo_ADM1Code: 'GM01' }), 'Actor2Geo_Type'],
  ['latitude out of range', broken({ ActionGeo_Lat: '91.0000' }), 'ActionGeo_Lat'],
  ['longitude out of range', broken({ ActionGeo_Long: '-180.5' }), 'ActionGeo_Long'],
  ['no feature id', broken({ ActionGeo_FeatureID: '' }), 'ActionGeo_FeatureID'],
  ['no full name', broken({ Actor1Geo_FullName: '' }), 'Actor1Geo_FullName'],
  ['DATEADDED 12 digits', broken({ DATEADDED: '202403011215' }), 'DATEADDED'],
  ['DATEADDED at hour 24', broken({ DATEADDED: '20240301241500' }), 'DATEADDED'],
  ['SOURCEURL empty', broken({ SOURCEURL: '' }), 'SOURCEURL'],
];

const goodMention = gdeltMentionRow(mention);
const brokenMention = (changes: Record<string, string>): string[] => broken(changes, GDELT_MENTION_COLUMNS, goodMention);

const brokenMentions: [string, string[], string][] = [
  ['15 cells', goodMention.slice(1), '16 cells'],
  ['id negative', brokenMention({ GLOBALEVENTID: '-5' }), 'GLOBALEVENTID'],
  ['event time short', brokenMention({ EventTimeDate: '20240301' }), 'EventTimeDate'],
  ['mention time impossible', brokenMention({ MentionTimeDate: '20241301000000' }), 'MentionTimeDate'],
  ['mention type 7', brokenMention({ MentionType: '7' }), 'MentionType'],
  ['no source name', brokenMention({ MentionSourceName: '' }), 'MentionSourceName'],
  ['no identifier', brokenMention({ MentionIdentifier: '' }), 'MentionIdentifier'],
  ['sentence 0', brokenMention({ SentenceID: '0' }), 'SentenceID'],
  ['offset -2', brokenMention({ Actor2CharOffset: '-2' }), 'Actor2CharOffset'],
  ['offset fractional', brokenMention({ ActionCharOffset: '1.5' }), 'ActionCharOffset'],
  ['InRawText 2', brokenMention({ InRawText: '2' }), 'InRawText'],
  ['confidence 101', brokenMention({ Confidence: '101' }), 'Confidence'],
  ['length negative', brokenMention({ MentionDocLen: '-1' }), 'MentionDocLen'],
  ['tone not a number', brokenMention({ MentionDocTone: 'x' }), 'MentionDocTone'],
  ['translation info malformed', brokenMention({ MentionDocTranslationInfo: 'french' }), 'MentionDocTranslationInfo'],
];

const tables: [string, (row: string[]) => string[], [string, string[], string][]][] = [
  ['event', checkEventRow, brokenEvents],
  ['mention', checkMentionRow, brokenMentions],
];
for (const [kind, check, rows] of tables) {
  for (const [name, row, column] of rows) {
    test(`the ${kind} checker catches: ${name}`, () => {
      const problems = check(row);
      assert.ok(
        problems.some((p) => p.includes(column)),
        `${column} not named in ${JSON.stringify(problems)}`,
      );
    });
  }
}
