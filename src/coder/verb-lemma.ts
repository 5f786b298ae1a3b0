// The dictionary verb a word is a form of, for words the tagger misread: its own lemma when that is a
// verb of the dictionaries, else the base its past-tense ending hides ("armed" -> arm, "mediated" ->
// mediate, "stopped" -> stop, "supplied" -> supply) or its "-ing" ending ("training" -> train),
// checked against the dictionary's verbs.
import type { VerbIndex } from '../dictionary/model.js';
import type { Word } from './words.js';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Bases a past tense may come from, most likely first; none for a word not ending in "-ed". */
export function pastTenseBases(lower: string): string[] {
  if (lower.length < 4 || !lower.endsWith('ed')) return [];
  const stem = lower.slice(0, -2);
  const bases = lower.endsWith('ied') ? [`${lower.slice(0, -3)}y`] : [];
  bases.push(lower.slice(0, -1), stem);
  const last = stem[stem.length - 1]!;
  if (stem.length > 2 && last === stem[stem.length - 2] && !VOWELS.has(last)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * Bases an "-ing" form may come from, most likely first ("training" -> train, "making" -> make,
 * "stopping" -> stop): the tagger reads a gerund after "has been" as a noun whose lemma is itself.
 */
export function gerundBases(lower: string): string[] {
  if (lower.length < 6 || !lower.endsWith('ing')) return [];
  const stem = lower.slice(0, -3);
  const bases = [stem, `${stem}e`];
  const last = stem[stem.length - 1]!;
  if (last === stem[stem.length - 2] && !VOWELS.has(last)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * A verb "re-" makes again ("reimposed the blockade", "redeployed troops") acts as its base does. Only
 * bases of six letters or more: shorter ones hide other verbs ("react", "reside", "relay", "regard").
 */
const AGAIN = 're';
const AGAIN_MIN_BASE = 6;
/** Words that look like "re-" + a dictionary verb and are not ("research" is no search). */
const NOT_AGAIN = new Set(['research', 'represent', 'restrain', 'restrict', 'retrieve']);

/** The dictionary verb a lemma-mode "re-" verb repeats ("reimpose" -> "impose"), or null. */
export function repeatedVerb(lemma: string, verbs: VerbIndex): string | null {
  if (verbs.mode !== 'lemma' || !lemma.startsWith(AGAIN) || NOT_AGAIN.has(lemma)) return null;
  const base = lemma.slice(AGAIN.length).replace(/^-/, '');
  if (base.length < AGAIN_MIN_BASE || oneWordForm(verbs, lemma) || verbs.formIndex.has(lemma)) return null;
  return oneWordForm(verbs, base) ? base : null;
}

/** Whether `key` starts a one-word verb form (a key's forms are indexed longest first). */
function oneWordForm(verbs: VerbIndex, key: string): boolean {
  const ids = verbs.formIndex.get(key);
  const shortest = ids?.[ids.length - 1];
  return shortest !== undefined && verbs.forms.get(shortest).words.length === 1;
}

/**
 * The lemma of the dictionary verb the word is a form of, or null. Lemma-mode dictionaries list
 * lemmas; PETRARCH ones list upper-case word forms and, apart, their base forms.
 */
export function verbLemmaOf(w: Word, verbs: VerbIndex): string | null {
  const bases = [...pastTenseBases(w.lower), ...gerundBases(w.lower)];
  if (verbs.mode === 'lemma') {
    if (oneWordForm(verbs, w.lemma)) return w.lemma;
    return bases.find((b) => oneWordForm(verbs, b)) ?? null;
  }
  const base = bases.find((b) => verbs.lemmaIndex.has(b.toUpperCase()));
  if (base !== undefined) return base;
  return oneWordForm(verbs, w.text) ? w.lemma : null;
}
