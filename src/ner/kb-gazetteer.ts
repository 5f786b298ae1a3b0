// The knowledge base as a gazetteer: every alias with the entity type its kind implies. The tagger is
// trained with this gazetteer (and the built-in one), so run time and training see the same features.
import { loadKnowledgeBase } from '../kb/index.js';
import type { AliasKind, KnowledgeBase } from '../kb/index.js';
import type { EntityType } from '../types.js';
import { builtinGazetteer } from './builtin-gazetteer.js';
import { chainGazetteers, gazetteerFromEntries, type Gazetteer } from './gazetteer.js';
import { TITLES } from './lexicon.js';

/** Entity type of each alias kind; a `name` of an organisation (a code longer than a country's) is ORG. */
const TYPE_OF_KIND: Readonly<Record<AliasKind, EntityType>> = {
  country: 'GPE',
  name: 'GPE',
  capital: 'GPE',
  seat: 'ORG',
  adj: 'NORP',
  region: 'LOC',
  igo: 'ORG',
  ngo: 'ORG',
  body: 'ORG',
  armed: 'ORG',
  agency: 'ORG',
  party: 'ORG',
  person: 'PERSON',
};

export function knowledgeBaseGazetteer(kb: KnowledgeBase): Gazetteer {
  const entries: [string, EntityType][] = [];
  for (const a of kb.aliases) {
    const type = a.kind === 'name' && a.code.length > 3 ? 'ORG' : TYPE_OF_KIND[a.kind];
    const text = type === 'PERSON' ? withoutTitle(a.text) : a.text;
    if (text) entries.push([text, type]);
  }
  return gazetteerFromEntries(entries);
}

/** "President Xi" -> "Xi": a person's span is the name without the title before it. */
function withoutTitle(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k]!.toLowerCase())) k++;
  return words.slice(k).join(' ');
}

let standard: Gazetteer | null = null;

/** The gazetteer the committed weights were trained with: the built-in knowledge base, then our tables. */
export function standardGazetteer(): Gazetteer {
  standard ??= chainGazetteers(knowledgeBaseGazetteer(loadKnowledgeBase().kb), builtinGazetteer());
  return standard;
}
