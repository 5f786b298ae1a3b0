// wink-eng-lite-web-model put together for what dyad asks of it: sentence splitting and tagging.
// The package's own entry point costs ~290 ms of CPU at start-up, ~80 of them avoidable:
//   - its core reader requires the 3 MB core JSON, deep-copies it (JSON.parse of JSON.stringify) and
//     decodes the packed lexicon from base64 one character at a time;
//   - it requires the NER and sentiment machines (570 KB of JSON, parsed twice) that a pipe of
//     ['sbd', 'pos'] never runs.
// Here the core JSON is parsed once and decoded by Buffer, and the two unused machines are empty.
// What the tagger reads is built exactly as the package builds it (read-core-model.js and
// load-core-model.js of version 1.8.1, pinned in package.json), so tokens, sentences, tags and lemmas
// are the same.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-nlp';

const require = createRequire(import.meta.url);

interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}
interface Packing {
  /** feature -> [word, mask, shift, stored as its value (1) or as an index (0), extractable (1)] */
  layout: Record<string, [number, number, number, number, number]>;
  efList: string[];
}
interface CoreModel {
  packing: Packing;
  features: Record<string, Feature> & { posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** The lexicon of a loaded model: every word's index; an index at or past `intrinsic` is a word the process met. */
export interface Lexemes {
  readonly hash: Readonly<Record<string, number>>;
  readonly intrinsic: number;
  /** How many words the process has met that the model does not know (they stay in the lexicon). */
  learned(): number;
}

/** A packed array of the model: base64 of little-endian 32-bit words, copied so that it starts aligned. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Uint32Array(Uint8Array.prototype.slice.call(bytes).buffer);
}

/** read-core-model.js and load-core-model.js in one, without the copy of the parsed JSON. */
function readCore(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  const indexed = (f: Feature) => {
    f.hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < f.list.length; k++) f.hash[f.list[k]!] = k;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) indexed(features[f]!);
  indexed(features['lexeme']!);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features['lexeme']!;
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** A machine that recognises nothing, in wink's automaton JSON: for the annotations dyad never asks for. */
const NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** The model for winkNLP(model, ['sbd', 'pos']), and its lexicon once the model is loaded. */
export function taggerModel(): { model: Model; lexemes: () => Lexemes } {
  const dist = dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (name: string): unknown => require(join(dist, name));
  let core: CoreModel | null = null;
  const model = {
    core: () => (core = readCore(join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json'))),
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    negation: part('load-negation-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    featureFn: part('feature.js'),
    addons: { stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined },
  };
  return {
    model: model as unknown as Model,
    lexemes: () => {
      if (!core) throw new Error('the tagger model is read when wink-nlp is made');
      const lexeme = core.features['lexeme']!;
      return { hash: lexeme.hash, intrinsic: lexeme.intrinsicSize, learned: () => lexeme.list.length - lexeme.intrinsicSize };
    },
  };
}
