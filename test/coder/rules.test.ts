// The coder's clause rules (test/coder/rules.tsv: modality through governing and phase verbs, the
// roles of participles, the senses of named actors) through the whole pipeline with the built-in
// knowledge base: every expected event must come out, and nothing else; each rule's negatives stand
// right after it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';
import { loadGolden, problems, showEvent } from '../events/golden.js';

const cases = loadGolden(new URL('./rules.tsv', import.meta.url));

describe('coder clause rules', () => {
  let pipeline: Pipeline;
  before(() => {
    pipeline = createPipeline();
  });

  for (const c of cases) {
    it(`line ${c.line}: ${c.text}`, c.todo ? { todo: c.todo } : {}, async () => {
      const doc = await pipeline.process({ id: `rules-${c.line}`, origin: 'rules', text: c.text, verbatim: true, date: c.date });
      const wrong = problems(doc.events, c.expected);
      assert.deepEqual(wrong, [], `coded: ${doc.events.map(showEvent).join(' ; ') || 'nothing'}`);
    });
  }
});
