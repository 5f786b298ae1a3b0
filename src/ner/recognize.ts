// Named entities of a document: PERSON, ORG, GPE, LOC, NORP and MISC spans from our averaged perceptron.
import { fileURLToPath } from 'node:url';
import type { Sentence, Token } from '../types.js';
import { decodeDocument } from './decode.js';
import { documentFeatures } from './features.js';
import { chainGazetteers, type Gazetteer } from './gazetteer.js';
import { standardGazetteer } from './kb-gazetteer.js';
import { entitySpans, type EntitySpan } from './spans.js';
import { readWeights, type NerModel } from './weights.js';

export type { EntitySpan } from './spans.js';
export type { Gazetteer } from './gazetteer.js';
export type { NerModel } from './weights.js';
/** Hand over an already loaded knowledge base before the first recognize() to spare a second load. */
export { standardGazetteer } from './kb-gazetteer.js';

/** The committed weights, relative to this file both in src/ner and in dist/ner. */
export const MODEL_FILE = fileURLToPath(new URL('../../models/ner/perceptron.bin.gz', import.meta.url));

let loaded: NerModel | null = null;

/** Loads the committed weights once per process. */
export function loadNerModel(): NerModel {
  loaded ??= readWeights(MODEL_FILE);
  return loaded;
}

/** The gazetteer the tagger sees: the caller's first, then the standard one it was trained with. */
export function effectiveGazetteer(gazetteer?: Gazetteer): Gazetteer {
  return gazetteer ? chainGazetteers(gazetteer, standardGazetteer()) : standardGazetteer();
}

export function recognize(text: string, analysis: { readonly sentences: readonly Sentence[]; readonly tokens: readonly Token[] }, model: NerModel, gazetteer?: Gazetteer): EntitySpan[] {
  const gaz = effectiveGazetteer(gazetteer);
  // the features and tags are done with before the next call: their buffers are reused
  const doc = documentFeatures(text, analysis, gaz, { reuseBuffers: true });
  const { tags, confidence } = decodeDocument(doc, model, { temperature: model.temperature, reuseBuffers: true });
  return entitySpans(text, analysis.tokens, doc, tags, confidence, gaz);
}
