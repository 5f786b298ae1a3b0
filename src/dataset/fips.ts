// The ISO <-> FIPS 10-4 country code list (kb/geo/fips-countries.tsv): GDELT's Geo_* columns name
// countries by FIPS code, dyad's actors by CAMEO (ISO alpha-3) code.
import { join } from 'node:path';
import type { Issue } from '../types.js';
import { emptyActorData, parseIsoCountries, ISO_FILE } from '../kb/actors.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';

export const FIPS_FILE = 'geo/fips-countries.tsv';

export interface FipsCountry {
  /** null for a FIPS code with no ISO country (the Gaza Strip). */
  readonly iso2: string | null;
  /** The CAMEO country code (ISO alpha-3, KSV for Kosovo), null where ISO has none. */
  readonly cameo: string | null;
  readonly fips: string;
  readonly name: string;
}

export interface FipsCountries {
  readonly byFips: ReadonlyMap<string, FipsCountry>;
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
    const [iso2 = '', fips = '', name = '', ...rest] = columns(l.text);
    const known = iso2 === '-' ? null : iso2;
    const cameo = known === null ? null : cameoOf.get(known);
    if (!/^[A-Z]{2}$/.test(fips) || name === '' || rest.length > 0 || cameo === undefined) {
      issues.push(issue('kb/fips-row', `expected an ISO alpha-2 code of kb/actors/${ISO_FILE} (or -), a FIPS code and a name: "${l.text.trim()}"`, l));
    } else if (byFips.has(fips) || (known !== null && byIso2.has(known))) {
      issues.push(issue('kb/fips-duplicate', `${known ?? '-'} ${fips} is listed twice`, l));
    } else {
      const row: FipsCountry = { iso2: known, cameo, fips, name };
      byFips.set(fips, row);
      if (known !== null) byIso2.set(known, row);
      if (cameo !== null) byCameo.set(cameo, row);
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
