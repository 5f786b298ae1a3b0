// The pipeline's cost per word does not grow with the length of a document: long transcripts and
// hostile inputs must not turn a scan inside a loop into minutes. Measured as CPU time per word in
// this one run, as a ratio to a short document, so a busy machine moves both sides alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';
import { longDocument } from './paragraphs.js';

const pipeline = createPipeline();

async function microsPerWord(paragraphs: number): Promise<number> {
  const text = longDocument(paragraphs);
  const words = text.split(/\s+/).length;
  let best = Infinity;
  // the least of a few runs: a collection pause or a neighbour on the core is not the document's cost
  for (let run = 0; run < (paragraphs < 100 ? 5 : 2); run++) {
    const before = process.cpuUsage();
    const doc = await pipeline.process({ id: `p${paragraphs}`, origin: 'test', text, date: '2024-01-01' });
    const used = process.cpuUsage(before);
    assert.equal(doc.error, null, `${paragraphs} paragraphs`);
    assert.ok(doc.events.length >= paragraphs, `${paragraphs} paragraphs: ${doc.events.length} events`);
    best = Math.min(best, (used.user + used.system) / words);
  }
  return best;
}

test('the cost per word at 1,000 and 4,000 paragraphs stays within 2x of the cost at 10', async () => {
  await microsPerWord(3); // load and warm the pipeline
  const costs = new Map<number, number>();
  for (const n of [1, 10, 100, 1000, 4000]) costs.set(n, await microsPerWord(n));
  const base = costs.get(10)!;
  const report = [...costs].map(([n, c]) => `${n}: ${c.toFixed(1)} µs/word`).join(', ');
  for (const n of [100, 1000, 4000]) assert.ok(costs.get(n)! <= 2 * base, `${n} paragraphs cost ${(costs.get(n)! / base).toFixed(2)}x the cost at 10 (${report})`);
});
