// The golden event sentences (golden.tsv) through the whole pipeline with the built-in knowledge
// base: every expected event must come out, and nothing else. Sentences marked `todo` are known
// failures of the code (not of the patterns), reported to its owners; they run but do not fail.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';
import { loadGolden, problems, showEvent } from './golden.js';

const cases = loadGolden();

describe('golden event sentences', () => {
  let pipeline: Pipeline;
  before(() => {
    pipeline = createPipeline();
  });

  it('cover every CAMEO root with events and negatives', () => {
    const roots = new Set(cases.filter((c) => c.expected.some((e) => !e.optional)).map((c) => c.root));
    assert.deepEqual(
      [...roots].sort(),
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    assert.ok(cases.filter((c) => c.expected.length === 0).length >= 20, 'at least 20 negatives');
  });

  for (const c of cases) {
    it(`[${c.root}] line ${c.line}: ${c.text}`, c.todo ? { todo: c.todo } : {}, async () => {
      const doc = await pipeline.process({ id: `golden-${c.line}`, origin: 'golden', text: c.text, verbatim: true, date: c.date });
      const wrong = problems(doc.events, c.expected);
      assert.deepEqual(wrong, [], `coded: ${doc.events.map(showEvent).join(' ; ') || 'nothing'}`);
    });
  }
});
