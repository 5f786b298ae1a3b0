// The knowledge base as a gazetteer: every alias with the entity type its kind implies. The tagger is
// trained with this gazetteer (and the built-in one), so run time and training see the same features.
import { entityType } from '../entities/kb-names.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import type { EntityType } from '../types.js';
import { builtinEntries } from './builtin-gazetteer.js';
import { gazetteerFromEntries, type Gazetteer } from './gazetteer.js';
import { TITLES } from './lexicon.js';

export function knowledgeBaseEntries(kb: KnowledgeBase): [string, EntityType][] {
  const entries: [string, EntityType][] = [];
  for (const a of kb.aliases) {
    // only the core names (actors/, people/): the weights were trained with those, and the tens of
    // thousands of curated, template and imported names would shift the features the tagger learnt
    if (a.origin !== 'core') continue;
    const type = entityType(a);
    const text = type === 'PERSON' ? withoutTitle(a.text) : a.text;
    if (text) entries.push([text, type]);
  }
  return entries;
}

/** "President Xi" -> "Xi": a person's span is the name without the title before it. */
function withoutTitle(name: string): string {
  const words = name.split(' ');
  let k = 0;
  while (k < words.length - 1 && TITLES.has(words[k]!.toLowerCase())) k++;
  return words.slice(k).join(' ');
}

let standard: Gazetteer | null = null;

/**
 * The gazetteer the committed weights were trained with: the built-in knowledge base, then our tables.
 * Built once per process; a caller that has loaded the knowledge base already may hand it over, which
 * spares loading it a second time.
 */
export function standardGazetteer(kb?: KnowledgeBase): Gazetteer {
  standard ??= gazetteerFromEntries(knowledgeBaseEntries(kb ?? loadKnowledgeBase().kb), builtinEntries());
  return standard;
}
