// Prints where the time goes: start-up (module load and resources), then each pipeline stage over a
// corpus, with the coder's sentences per second and the share the recogniser and quotes add.
//   node --import tsx scripts/bench.ts [--docs N] [--dir DIR]
// Default corpus: the PolNeAR train texts in ../shared/data (read for measurement only).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({ options: { docs: { type: 'string', default: '300' }, dir: { type: 'string', default: '../shared/data/polnear/train/text' } } });
const t0 = performance.now();
const { createPipeline } = await import('../src/pipeline.js');
const t1 = performance.now();
const pipeline = createPipeline();
const t2 = performance.now();
const { readArticle } = await import('../src/article/article-stage.js');

const files = readdirSync(o.dir).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(o.docs));
const texts = files.map((f) => readFileSync(join(o.dir, f), 'utf8'));
const spent = new Map<string, number>([['article', 0], ...pipeline.stages.map((s) => [s.name, 0] as [string, number])]);
let sentences = 0;
let words = 0;
const warm = await createPipeline().process({ id: 'warm', origin: 'bench', text: texts[0] ?? 'Warm up.', verbatim: true });
void warm;
for (const [i, text] of texts.entries()) {
  let start = performance.now();
  let doc = readArticle({ id: String(i), origin: 'bench', text, date: '2016-10-01' });
  spent.set('article', spent.get('article')! + performance.now() - start);
  for (const stage of pipeline.stages) {
    start = performance.now();
    doc = stage.run(doc);
    spent.set(stage.name, spent.get(stage.name)! + performance.now() - start);
  }
  sentences += doc.sentences.length;
  words += (text.match(/\S+/g) ?? []).length;
}
const total = [...spent.values()].reduce((a, b) => a + b, 0);
const coding = total - spent.get('article')!;
console.log(`start-up: modules ${(t1 - t0).toFixed(0)} ms, resources (knowledge base, recogniser, dictionaries) ${(t2 - t1).toFixed(0)} ms`);
console.log(`corpus: ${texts.length} documents, ${sentences} sentences, ${words} words from ${o.dir}`);
for (const [name, ms] of spent) console.log(`  ${name.padEnd(9)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / texts.length).toFixed(2)} ms/doc`);
const events = spent.get('events')!;
console.log(`coder: ${Math.round(sentences / (events / 1000))} sentences/s; whole pipeline ${Math.round(words / (total / 1000))} words/s, ${(texts.length / (total / 1000)).toFixed(1)} docs/s`);
console.log(`shares of coding time (all stages after the article): entities ${((100 * spent.get('entities')!) / coding).toFixed(1)}%, quotes ${((100 * spent.get('quotes')!) / coding).toFixed(1)}%`);
