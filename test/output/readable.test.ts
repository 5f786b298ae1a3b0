// The terminal view: what a reader checks against the article must read as the article words it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toReadable } from '../../src/output/readable.js';
import { createPipeline } from '../../src/pipeline.js';

const pipeline = createPipeline();

test('a quote line shows its cue as written, not the lemma', async () => {
  const doc = await pipeline.process({ id: 'cues', origin: 'test', date: '2024-03-02', text: 'Gondor accused Rohan of closing the pass. Rohan denied the charge. "We closed nothing," the king of Rohan told reporters.' });
  const view = toReadable(doc);
  const quoteLines = view.split('\n').filter((l) => /^ {3}\S.*: /.test(l) && !/^ {3}(GPE|ORG|PERSON|NORP|issue) /.test(l));
  assert.ok(
    quoteLines.some((l) => l.includes(' told: "We closed nothing')),
    view,
  );
  assert.ok(!quoteLines.some((l) => / (say|tell|deny): /.test(l)), view);
});
