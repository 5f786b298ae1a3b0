// The pipeline's cost per word does not grow with the length of a document: long transcripts and
// hostile inputs must not turn a scan inside a loop into minutes. Measured as CPU time per word in
// this one run, as a ratio to a short document, so a busy machine moves both sides alike.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';
import { longDocument } from './paragraphs.js';

const pipeline = createPipeline();
const SIZES = [1, 10, 100, 1000, 4000];

/** CPU microseconds per word of one run over a document of `paragraphs` paragraphs. */
async function microsPerWord(paragraphs: number): Promise<number> {
  const text = longDocument(paragraphs);
  const words = text.split(/\s+/).length;
  const before = process.cpuUsage();
  const doc = await pipeline.process({ id: `p${paragraphs}`, origin: 'test', text, date: '2024-01-01' });
  const used = process.cpuUsage(before);
  assert.equal(doc.error, null, `${paragraphs} paragraphs`);
  // the constructions that set off work per mention and per quote are all there
  assert.ok(doc.events.length >= paragraphs, `${paragraphs} paragraphs: ${doc.events.length} events`);
  assert.ok(doc.quotes.length >= paragraphs, `${paragraphs} paragraphs: ${doc.quotes.length} quotes`);
  // odd paragraphs hold the organisation an apposition names
  if (paragraphs > 1)
    assert.ok(
      doc.mentions.some((m) => m.provenance.rule === 'actor/apposition'),
      `${paragraphs} paragraphs: no apposition`,
    );
  return (used.user + used.system) / words;
}

test('the cost per word at 100, 1,000 and 4,000 paragraphs stays within 2x of the cost at 10', async (t) => {
  // warm first, as a long run is: a pipeline that has not compiled its code yet makes the short
  // document look several times dearer than it is, which hid a scan per mention (a 4,000-paragraph
  // document at 3.3x the short one's cost per word passed against a cold short one)
  for (let k = 0; k < 3; k++) await microsPerWord(200);
  // the least of several runs, in rounds over every size: a collection pause or a busy spell on a
  // shared machine is not the document's cost, and falls on all sizes alike
  const costs = new Map(SIZES.map((n) => [n, Infinity]));
  for (let round = 0; round < 3; round++) {
    for (const n of SIZES) for (let run = 0; run < (n < 100 ? 4 : 1); run++) costs.set(n, Math.min(costs.get(n)!, await microsPerWord(n)));
  }
  const base = costs.get(10)!;
  const report = [...costs].map(([n, c]) => `${n}: ${c.toFixed(1)} µs/word`).join(', ');
  t.diagnostic(report);
  for (const n of [100, 1000, 4000]) assert.ok(costs.get(n)! <= 2 * base, `${n} paragraphs cost ${(costs.get(n)! / base).toFixed(2)}x the cost at 10 (${report})`);
});
