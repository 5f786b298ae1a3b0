// The base of an irregular verb form ("shot" -> shoot, "struck" -> strike, "fought" -> fight), from
// the WordNet exception list the tagger's own lemmatiser reads for words it tags as verbs. The tagger
// reads such a form after a noun as a noun ("a gunman shot two soldiers") and keeps the word as its
// lemma; the coder's retagging asks this table which verb the word is a form of.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let exceptions: Readonly<Record<string, string>> | null = null;

/** The verb base an irregular form stands for, or null for a regular or unknown word. */
export function irregularVerbBase(lower: string): string | null {
  exceptions ??= require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
  const base = Object.hasOwn(exceptions, lower) ? exceptions[lower]! : null;
  return base !== null && base !== lower ? base : null;
}
