// Country names from i18n-iso-countries and our own tables (lexicon.ts): the entries of the standard
// gazetteer (kb-gazetteer.ts) that do not depend on the knowledge base.
import { createRequire } from 'node:module';
import type { EntityType } from '../types.js';
import { LEXICON } from './lexicon.js';

interface CountryNames {
  countries: Record<string, string | string[]>;
}

export function builtinEntries(): [string, EntityType][] {
  const names = createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as CountryNames;
  const entries: [string, EntityType][] = [];
  for (const value of Object.values(names.countries)) {
    for (const name of typeof value === 'string' ? [value] : value) {
      if (!name.includes(',') && !name.includes('(')) entries.push([name, 'GPE']);
    }
  }
  for (const [type, phrases] of Object.entries(LEXICON) as [EntityType, readonly string[]][]) {
    for (const phrase of phrases) entries.push([phrase, type]);
  }
  return entries;
}
