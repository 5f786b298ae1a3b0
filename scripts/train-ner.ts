// Trains the named-entity tagger (averaged structured perceptron, Viterbi over BILOU) on CoNLL-2003 English train and
// writes models/ner/perceptron.bin.gz (feature hashes and weights only, no text of the corpus).
// usage: node --import tsx scripts/train-ner.ts [--epochs N] [--dev K] [--min-weight W] [--temperature T] [--out FILE]
//   --dev K holds out every K-th training document and reports F1 on them after each epoch (tuning only;
//   the committed weights are trained on all of train). testa is never read here.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { projectGold, type GoldDocument, type TaggedDocument } from '../src/ner/corpus.js';
import { decodeDocument, type Scorer } from '../src/ner/decode.js';
import { documentFeatures, type DocFeatures } from '../src/ner/features.js';
import { standardGazetteer } from '../src/ner/kb-gazetteer.js';
import { PerceptronTrainer } from '../src/ner/perceptron.js';
import { MODEL_FILE } from '../src/ner/recognize.js';
import { decodeTags } from '../src/ner/tags.js';
import { modelFromWeights, saveWeights } from '../src/ner/weights.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const { values: o } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    dev: { type: 'string', default: '0' },
    'min-weight': { type: 'string', default: '0.05' },
    out: { type: 'string', default: MODEL_FILE },
    seed: { type: 'string', default: '7' },
    temperature: { type: 'string', default: '16' },
  },
});
const epochs = Number(o.epochs),
  devEvery = Number(o.dev),
  minWeight = Number(o['min-weight']);

type ReadConll = (file: string, prefix: string) => GoldDocument[];
const { readConll } = (await import(pathToFileURL(resolve(SHARED, 'eval/lib/conll.mjs')).href)) as { readConll: ReadConll };

const t0 = performance.now();
const gazetteer = standardGazetteer();
const corpus = readConll(resolve(SHARED, 'data/conll2003/eng.train'), 'train').map(projectGold);
// training sees whole sentences; the held-out documents are tagged as recognize() tags them
const isDev = (i: number) => devEvery > 0 && i % devEvery === 0;
const examples = corpus.map((d, i) => ({ doc: d, features: documentFeatures(d.text, d.analysis, gazetteer, { everyToken: !isDev(i) }) }));
const train = examples.filter((_, i) => !isDev(i));
const dev = examples.filter((_, i) => isDev(i));
const unaligned = corpus.reduce((n, d) => n + d.unaligned, 0);
const tokens = train.reduce((n, e) => n + e.features.n, 0);
console.log(`${train.length} training documents (${tokens} tokens), ${dev.length} dev; ${unaligned} gold spans cut by our tokens; ` + `features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const trainer = new PerceptronTrainer();
let seed = Number(o.seed);
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
for (let epoch = 1; epoch <= epochs; epoch++) {
  const order = [...train];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0,
    seen = 0;
  for (const { doc, features } of order) {
    const { tags } = decodeDocument(features, trainer, { gold: doc.tags, learner: trainer });
    for (let i = 0; i < tags.length; i++) if (tags[i] !== doc.tags[i]) errors++;
    seen += tags.length;
  }
  const devNote = dev.length ? `, dev F1 ${devF1(modelFromWeights(trainer.averaged(), minWeight), dev).toFixed(4)}` : '';
  if (dev.length && epoch === epochs) console.log(`best softmax temperature on dev: ${fitTemperature(modelFromWeights(trainer.averaged(), minWeight), dev)}`);
  console.log(`epoch ${epoch}: token error ${(errors / seen).toFixed(4)}${devNote} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

const saved = saveWeights(o.out, trainer.averaged(), minWeight, Number(o.temperature));
console.log(`wrote ${o.out}: ${saved.features} features, ${saved.weights} weights, ${(saved.bytes / 1e6).toFixed(2)} MB; ` + `training took ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/** Exact token-range micro F1 over PER, ORG and LOC on held-out training documents. */
function devF1(model: Scorer, docs: readonly { doc: TaggedDocument; features: DocFeatures }[]): number {
  let gold = 0,
    pred = 0,
    tp = 0;
  const MISC = 3;
  for (const { doc, features } of docs) {
    const key = (e: { from: number; to: number; cls: number }) => `${e.from}:${e.to}:${e.cls}`;
    const g = new Set(
      decodeTags(doc.tags)
        .filter((e) => e.cls !== MISC)
        .map(key),
    );
    const p = decodeTags(decodeDocument(features, model).tags)
      .filter((e) => e.cls !== MISC)
      .map(key);
    gold += g.size;
    pred += p.length;
    tp += p.filter((k) => g.has(k)).length;
  }
  return (2 * tp) / (gold + pred || 1);
}

/** The temperature whose confidences best predict (log loss) whether a dev token's tag is right. */
function fitTemperature(model: Scorer, docs: readonly { doc: TaggedDocument; features: DocFeatures }[]): number {
  let best = 1,
    bestLoss = Infinity;
  for (const temperature of [2, 4, 8, 12, 16, 24, 32, 48]) {
    let loss = 0;
    for (const { doc, features } of docs) {
      const { tags, confidence } = decodeDocument(features, model, { temperature, allConfidences: true });
      for (let i = 0; i < tags.length; i++) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, confidence[i]!));
        loss -= Math.log(tags[i] === doc.tags[i] ? p : 1 - p);
      }
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = temperature;
    }
  }
  return best;
}
