// A column-by-column check of GDELT 2.0 Events and Mentions rows against the codebooks
// (../shared/reference/gdelt-2.0-columns.md). It reads the code lists (CAMEO table, actor code parts,
// FIPS countries) but none of the formatters, so a formatter's mistake is not repeated here.
import { cameoTable } from '../../src/kb/cameo.js';
import { actorCodeLists } from '../../src/dataset/actor-code.js';
import { fipsCountries } from '../../src/dataset/fips.js';

const INT = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const MAX_ID = 2 ** 53;

function validDay(text: string): boolean {
  if (!/^\d{8}$/.test(text)) return false;
  const [y, m, d] = [Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8))];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function validTimestamp(text: string): boolean {
  if (!/^\d{14}$/.test(text) || !validDay(text.slice(0, 8))) return false;
  const [h, mi, s] = [Number(text.slice(8, 10)), Number(text.slice(10, 12)), Number(text.slice(12, 14))];
  return h < 24 && mi < 60 && s < 60;
}

function checkId(cell: string, column: string, problems: string[]): void {
  if (!/^[1-9]\d*$/.test(cell) || Number(cell) >= MAX_ID) problems.push(`${column}: "${cell}" is not a positive integer below 2^53`);
}

function checkDates(c: string[], problems: string[]): void {
  const [, day = '', monthYear, year, fraction = ''] = c;
  if (!validDay(day)) {
    problems.push(`SQLDATE: "${day}" is not a YYYYMMDD day`);
    return;
  }
  if (monthYear !== day.slice(0, 6)) problems.push(`MonthYear: "${monthYear}" does not agree with SQLDATE ${day}`);
  if (year !== day.slice(0, 4)) problems.push(`Year: "${year}" does not agree with SQLDATE ${day}`);
  const expected = Number(day.slice(0, 4)) + ((Number(day.slice(4, 6)) - 1) * 30 + Number(day.slice(6, 8))) / 365;
  if (!/^\d{4}\.\d{4}$/.test(fraction) || Math.abs(Number(fraction) - expected) > 0.00006) {
    problems.push(`FractionDate: "${fraction}" is not ${expected.toFixed(4)} (YYYY + (months elapsed * 30 + day) / 365)`);
  }
}

/** Actor columns: every part column holds one of the code's three-letter parts, of the right list. */
function checkActor(c: readonly string[], at: number, actor: string, problems: string[]): void {
  const [code = '', , country = '', group = '', ethnic = '', rel1 = '', rel2 = '', type1 = '', type2 = '', type3 = ''] = c.slice(at, at + 10);
  const lists = actorCodeLists();
  if (code === '') {
    if (c.slice(at + 1, at + 10).some((x) => x !== '')) problems.push(`${actor}: columns filled without an actor code`);
    return;
  }
  if (!/^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$/.test(code)) {
    problems.push(`${actor}Code: "${code}" is not a CAMEO actor code`);
    return;
  }
  const parts: string[] = code.match(/.{3}/g) ?? [];
  const expect = (column: string, value: string, ok: (v: string) => boolean): void => {
    if (value === '') return;
    if (!parts.includes(value)) problems.push(`${actor}${column}: "${value}" is not a part of ${code}`);
    else if (!ok(value)) problems.push(`${actor}${column}: "${value}" is not in its code list`);
  };
  expect('CountryCode', country, (v) => lists.countries.has(v));
  expect('KnownGroupCode', group, (v) => lists.parts.get(v) === 'group');
  expect('EthnicCode', ethnic, (v) => lists.parts.get(v) === 'ethnic');
  for (const [column, v] of [
    ['Religion1Code', rel1],
    ['Religion2Code', rel2],
  ] as const)
    expect(column, v, (x) => lists.parts.get(x) === 'religion');
  for (const [column, v] of [
    ['Type1Code', type1],
    ['Type2Code', type2],
    ['Type3Code', type3],
  ] as const)
    expect(column, v, (x) => lists.parts.get(x) === 'type');
  if ((type1 === '' && type2 !== '') || (type2 === '' && type3 !== '') || (rel1 === '' && rel2 !== '')) problems.push(`${actor}: type or religion columns are not filled in order`);
  if (lists.countries.has(parts[0] ?? '') && country !== parts[0]) problems.push(`${actor}CountryCode: "${country}" but ${code} starts with the country ${parts[0]}`);
  const types = parts.filter((p) => lists.parts.get(p) === 'type').slice(0, 3);
  if (types.join() !== [type1, type2, type3].filter((t) => t !== '').join()) problems.push(`${actor}: types ${[type1, type2, type3].join('/')} are not ${code}'s ${types.join('/')}`);
}

function checkEventCodes(c: readonly string[], problems: string[]): void {
  const [code = '', base, root, quad, goldstein = ''] = c.slice(26, 31);
  const cameo = cameoTable();
  if (!cameo.isCameoCode(code)) {
    problems.push(`EventCode: "${code}" is not a CAMEO code`);
    return;
  }
  if (base !== code.slice(0, 3) || !cameo.isCameoCode(base)) problems.push(`EventBaseCode: "${base}" is not the base of ${code}`);
  if (root !== code.slice(0, 2) || !cameo.isCameoCode(root)) problems.push(`EventRootCode: "${root}" is not the root of ${code}`);
  if (quad !== String(cameo.quadClass(code))) problems.push(`QuadClass: "${quad}" but ${code} is ${cameo.quadClass(code)}`);
  if (!NUMBER.test(goldstein) || Number(goldstein) !== cameo.goldstein(code)) problems.push(`GoldsteinScale: "${goldstein}" but ${code} is ${cameo.goldstein(code)}`);
}

function checkCounts(c: readonly string[], problems: string[]): void {
  const [mentions = '', sources = '', articles = '', tone = ''] = c.slice(31, 35);
  const counts = [
    ['NumMentions', mentions],
    ['NumSources', sources],
    ['NumArticles', articles],
  ] as const;
  const bad = counts.filter(([, v]) => !/^[1-9]\d*$/.test(v));
  for (const [column, v] of bad) problems.push(`${column}: "${v}" is not a positive integer`);
  if (bad.length === 0 && !(Number(sources) <= Number(articles) && Number(articles) <= Number(mentions))) {
    problems.push(`NumSources ${sources} <= NumArticles ${articles} <= NumMentions ${mentions} does not hold`);
  }
  if (!NUMBER.test(tone) || Math.abs(Number(tone)) > 100) problems.push(`AvgTone: "${tone}" is not a number in -100..100`);
}

function checkGeo(c: readonly string[], at: number, prefix: string, problems: string[]): void {
  const cells = c.slice(at, at + 8);
  if (cells.every((x) => x === '')) return;
  const [type = '', fullName, country = '', adm1 = '', , lat = '', long = '', feature] = cells;
  if (!/^[1-5]$/.test(type)) problems.push(`${prefix}_Type: "${type}" is not 1-5`);
  if (fullName === '') problems.push(`${prefix}_FullName is empty`);
  if (!fipsCountries().byFips.has(country)) problems.push(`${prefix}_CountryCode: "${country}" is not a FIPS 10-4 country code`);
  if (!adm1.startsWith(country) || !/^[A-Z]{2}[A-Z0-9]{0,3}$/.test(adm1)) problems.push(`${prefix}_ADM1Code: "${adm1}" is not ${country} + an ADM1 code`);
  if ((type === '2' || type === '3') && (country !== 'US' || adm1.length !== 4)) problems.push(`${prefix}_Type ${type} is a US state or city but the place is "${adm1}"`);
  if (type === '1' && adm1 !== country) problems.push(`${prefix}_Type 1 is a country but ADM1 is "${adm1}"`);
  if (!NUMBER.test(lat) || Math.abs(Number(lat)) > 90) problems.push(`${prefix}_Lat: "${lat}" is not in -90..90`);
  if (!NUMBER.test(long) || Math.abs(Number(long)) > 180) problems.push(`${prefix}_Long: "${long}" is not in -180..180`);
  if (feature === '') problems.push(`${prefix}_FeatureID is empty`);
}

/** Problems of one Events row; [] when it keeps the codebook. */
export function checkEventRow(cells: readonly string[]): string[] {
  if (cells.length !== 61) return [`expected 61 cells, got ${cells.length}`];
  const c = [...cells];
  const problems: string[] = [];
  checkId(c[0] ?? '', 'GLOBALEVENTID', problems);
  checkDates(c, problems);
  checkActor(c, 5, 'Actor1', problems);
  checkActor(c, 15, 'Actor2', problems);
  if (!/^[01]$/.test(c[25] ?? '')) problems.push(`IsRootEvent: "${c[25]}" is not 0 or 1`);
  checkEventCodes(c, problems);
  checkCounts(c, problems);
  checkGeo(c, 35, 'Actor1Geo', problems);
  checkGeo(c, 43, 'Actor2Geo', problems);
  checkGeo(c, 51, 'ActionGeo', problems);
  if (!validTimestamp(c[59] ?? '')) problems.push(`DATEADDED: "${c[59]}" is not YYYYMMDDHHMMSS`);
  if ((c[60] ?? '') === '') problems.push('SOURCEURL is empty');
  return problems;
}

/** Problems of one Mentions row; [] when it keeps the codebook. */
export function checkMentionRow(cells: readonly string[]): string[] {
  if (cells.length !== 16) return [`expected 16 cells, got ${cells.length}`];
  const [id = '', eventTime = '', mentionTime = '', type = '', source, identifier, sentence = '', a1 = '', a2 = '', action = '', raw = '', confidence = '', length = '', tone = '', translation = ''] = cells;
  const problems: string[] = [];
  checkId(id, 'GLOBALEVENTID', problems);
  if (!validTimestamp(eventTime)) problems.push(`EventTimeDate: "${eventTime}" is not YYYYMMDDHHMMSS`);
  if (!validTimestamp(mentionTime)) problems.push(`MentionTimeDate: "${mentionTime}" is not YYYYMMDDHHMMSS`);
  if (!/^[1-6]$/.test(type)) problems.push(`MentionType: "${type}" is not 1-6`);
  if (source === '') problems.push('MentionSourceName is empty');
  if (identifier === '') problems.push('MentionIdentifier is empty');
  if (!/^[1-9]\d*$/.test(sentence)) problems.push(`SentenceID: "${sentence}" is not a positive integer`);
  for (const [column, v] of [
    ['Actor1CharOffset', a1],
    ['Actor2CharOffset', a2],
    ['ActionCharOffset', action],
  ] as const) {
    if (!INT.test(v) || Number(v) < -1) problems.push(`${column}: "${v}" is not an offset (or -1)`);
  }
  if (!/^[01]$/.test(raw)) problems.push(`InRawText: "${raw}" is not 0 or 1`);
  if (!INT.test(confidence) || Number(confidence) < 0 || Number(confidence) > 100) problems.push(`Confidence: "${confidence}" is not 0-100`);
  if (!/^\d+$/.test(length)) problems.push(`MentionDocLen: "${length}" is not a length`);
  if (!NUMBER.test(tone) || Math.abs(Number(tone)) > 100) problems.push(`MentionDocTone: "${tone}" is not a number in -100..100`);
  if (translation !== '' && !translation.startsWith('srclc:')) problems.push(`MentionDocTranslationInfo: "${translation}" is neither blank nor srclc:...`);
  return problems;
}
