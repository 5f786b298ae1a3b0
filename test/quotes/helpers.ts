// Runs the language layer and the quote extractor on a text of our own, with hand-made mentions.
import { analyze } from '../../src/language/analyze.js';
import { extractQuotes } from '../../src/quotes/index.js';
import type { EntityType, Mention, Quote } from '../../src/types.js';

export function quotesOf(text: string, mentions: readonly Mention[] = []): Quote[] {
  const { sentences, tokens } = analyze(text);
  return extractQuotes({ text, sentences, tokens, mentions });
}

/** A mention of `words` (its n-th occurrence) as the NER and the actor resolver would give it. */
export function mention(text: string, words: string, type: EntityType, entity: number, name: string, actor: string | null = null, nth = 0): Mention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`test: "${words}" not in text`);
  const form = /^(he|she|it|they|his|her|its|their)$/i.test(words) ? 'pronoun' : 'name';
  return { start, end: start + words.length, text: words, type, entity, actor, name, form, provenance: { rule: 'test', confidence: 1 } };
}

/** The words of each part of a quote, joined with " | ". */
export const partsText = (text: string, q: Quote): string => q.parts.map((p) => text.slice(p.start, p.end)).join(' | ');
