// The committed weights load quickly, and training, saving and loading give the same tagger.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/language/analyze.js';
import { decodeDocument } from '../../src/ner/decode.js';
import { documentFeatures } from '../../src/ner/features.js';
import { PerceptronTrainer } from '../../src/ner/perceptron.js';
import { MODEL_FILE } from '../../src/ner/recognize.js';
import { encodeTags, TAG_NAMES } from '../../src/ner/tags.js';
import { readWeights, saveWeights } from '../../src/ner/weights.js';

test('the committed weights load well within a second', () => {
  const t0 = performance.now();
  const model = readWeights(MODEL_FILE);
  const ms = performance.now() - t0;
  assert.ok(model.features > 10_000, `${model.features} features`);
  assert.ok(ms < 1500, `loading took ${ms.toFixed(0)} ms`); // the target is 300 ms; the bound allows slow machines
});

test('a tiny model trained, saved and read back tags its training sentence', () => {
  const text = 'Ana Lopez visited Lima today.';
  const analysis = analyze(text);
  // tokens: Ana Lopez visited Lima today .
  const gold = encodeTags(analysis.tokens.length, [
    { from: 0, to: 2, cls: 0 },
    { from: 3, to: 4, cls: 2 },
  ]);
  const doc = documentFeatures(text, analysis, null);
  const trainer = new PerceptronTrainer();
  for (let epoch = 0; epoch < 5; epoch++) decodeDocument(doc, trainer, { gold, learner: trainer });
  const file = join(mkdtempSync(join(tmpdir(), 'ner-')), 'tiny.bin.gz');
  saveWeights(file, trainer.averaged(), 0, 1);
  const { tags } = decodeDocument(doc, readWeights(file));
  assert.deepEqual(
    [...tags].map((t) => TAG_NAMES[t]),
    ['B-PER', 'L-PER', 'O', 'U-LOC', 'O', 'O'],
  );
});
