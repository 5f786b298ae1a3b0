// Time per document of quote extraction next to the time of analyze and of the whole coding pipeline, on
// the PolNeAR texts.
//   node --import tsx scripts/bench-quotes.ts [--split train|dev] [--rounds N] [--limit N]
// Each document goes through the pipeline's stages in order, each stage timed on its own; the first round
// warms up. Times are CPU times of this process (user + system), which other load on the machine does not
// inflate; the median round is reported.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readArticle } from '../src/article/article-stage.js';
import { createPipeline } from '../src/pipeline.js';
import type { Document } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../shared');
const { readPolnear } = (await import(resolve(SHARED, 'eval/lib/polnear.mjs'))) as { readPolnear: (dir: string) => { id: string; text: string }[] };

const { values: o } = parseArgs({
  options: { split: { type: 'string', default: 'train' }, rounds: { type: 'string', default: '3' }, limit: { type: 'string' } },
});
const articles = readPolnear(resolve(SHARED, 'data/polnear', o.split!)).slice(0, o.limit ? Number(o.limit) : undefined);
const rounds = Math.max(2, Number(o.rounds));
const pipeline = createPipeline();

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const byStage = new Map<string, number[]>();
let found = 0;
for (let round = 0; round < rounds; round++) {
  const spent = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    let t = cpuMs();
    let doc: Document = readArticle({ id: a.id, origin: a.id, text: a.text, verbatim: true });
    spent.set('article', (spent.get('article') ?? 0) + cpuMs() - t);
    for (const stage of pipeline.stages) {
      if (doc.error || !doc.article) break;
      t = cpuMs();
      doc = stage.run(doc);
      spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpuMs() - t);
    }
    n += doc.quotes.length;
  }
  if (round === 0) continue;
  for (const [name, ms] of spent) byStage.set(name, [...(byStage.get(name) ?? []), ms]);
  found = n;
}

// the median round: garbage collection lands on whichever stage happens to trigger it
const median = (xs: readonly number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
const per = (ms: number): string => `${((ms / articles.length) * 1000).toFixed(0).padStart(6)} µs/doc`;
const stages = [...byStage].map(([name, xs]) => [name, median(xs)] as const);
const total = stages.reduce((s, [, ms]) => s + ms, 0);
const quotes = stages.find(([name]) => name === 'quotes')?.[1] ?? 0;
const language = stages.find(([name]) => name === 'language')?.[1] ?? 0;
console.log(`bench-quotes ${o.split}: ${articles.length} documents, ${found} quotes, median of ${rounds - 1} timed rounds (CPU time)`);
for (const [name, ms] of stages) console.log(`  ${name.padEnd(10)} ${per(ms)}`);
console.log(`  ${'coding'.padEnd(10)} ${per(total)}`);
console.log(`quotes: ${((quotes / language) * 100).toFixed(1)}% of analyze, ${((quotes / total) * 100).toFixed(1)}% of coding time`);
