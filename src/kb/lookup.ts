// A name index over the knowledge base's aliases, built once: text (as written) -> aliases valid at a day.
import { within } from './lines.js';
import type { Alias, KnowledgeBase } from './types.js';

export type AliasLookup = (text: string, day?: string) => Alias[];

/** Exact, case-sensitive look-up ("WHO" is not "who"); without a day every dated alias matches. */
export function aliasLookup(kb: KnowledgeBase): AliasLookup {
  const index = new Map<string, Alias[]>();
  for (const a of kb.aliases) {
    const group = index.get(a.text);
    if (group) group.push(a);
    else index.set(a.text, [a]);
  }
  return (text, day) => (index.get(text) ?? []).filter((a) => day === undefined || within(a, day));
}
