// The ISO <-> FIPS 10-4 country code list (kb/geo/fips-countries.tsv): GDELT's Geo_* columns name
// countries by FIPS code, dyad's actors by CAMEO (ISO alpha-3) code.
import { join } from 'node:path';
import type { Issue } from '../types.js';
import { emptyActorData, parseIsoCountries, ISO_FILE } from '../kb/actors.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';

export const FIPS_FILE = 'geo/fips-countries.tsv';

export interface FipsCountry {
  readonly iso2: string;
  /** The GeoNames ADM1 code of the ISO country this FIPS country is (GZ: the Gaza Strip), else null. */
  readonly adm1: string | null;
  /** The CAMEO country code (ISO alpha-3, KSV for Kosovo). */
  readonly cameo: string;
  readonly fips: string;
  readonly name: string;
}

export interface FipsCountries {
  readonly byFips: ReadonlyMap<string, FipsCountry>;
  /** By ISO code, and by "ISO.ADM1" for the FIPS countries inside an ISO country. */
  readonly byIso2: ReadonlyMap<string, FipsCountry>;
  readonly byCameo: ReadonlyMap<string, FipsCountry>;
}

export function parseFipsCountries(kbDir: string, issues: Issue[]): FipsCountries {
  const iso = emptyActorData();
  parseIsoCountries(join(kbDir, 'actors', ISO_FILE), `kb/actors/${ISO_FILE}`, iso, issues);
  const cameoOf = new Map(iso.countries.map((c) => [c.iso2, c.code]));
  const byFips = new Map<string, FipsCountry>();
  const byIso2 = new Map<string, FipsCountry>();
  const byCameo = new Map<string, FipsCountry>();
  for (const l of readLines(join(kbDir, FIPS_FILE), `kb/${FIPS_FILE}`)) {
    const [key = '', fips = '', name = '', ...rest] = columns(l.text);
    const [iso2 = '', adm1 = null] = key.split('.');
    const cameo = cameoOf.get(iso2);
    if (!/^[A-Z]{2}$/.test(fips) || name === '' || rest.length > 0 || cameo === undefined || adm1 === '') {
      issues.push(issue('kb/fips-row', `expected an ISO alpha-2 code of kb/actors/${ISO_FILE} (or ISO.ADM1), a FIPS code and a name: "${l.text.trim()}"`, l));
    } else if (byFips.has(fips) || byIso2.has(key)) {
      issues.push(issue('kb/fips-duplicate', `${key} ${fips} is listed twice`, l));
    } else {
      const row: FipsCountry = { iso2, adm1, cameo, fips, name };
      byFips.set(fips, row);
      byIso2.set(key, row);
      if (adm1 === null) byCameo.set(cameo, row);
    }
  }
  return { byFips, byIso2, byCameo };
}

let cached: FipsCountries | null = null;

export function fipsCountries(): FipsCountries {
  if (cached === null) {
    const issues: Issue[] = [];
    cached = parseFipsCountries(defaultKbDir(), issues);
    if (issues.length > 0) throw new Error(`built-in FIPS country list is broken: ${issues[0]?.message}`);
  }
  return cached;
}
