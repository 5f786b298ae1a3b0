// The GDELT-style dataset: records the store hands over, and the functions that turn them into rows.
export type * from './types.js';
export { globalEventId } from './event-id.js';
export { splitActorCode, actorCodeLists, type ActorCodeParts } from './actor-code.js';
export { documentTone } from './tone.js';
export { geocodePlace, countryGeo } from './geography.js';
export { fipsCountries, type FipsCountry } from './fips.js';
export { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, gdeltEventRow, gdeltMentionRow, fixed, fractionDate, TONE_DECIMALS } from './gdelt.js';
export { tsvLine, tsvCell } from './tsv.js';
