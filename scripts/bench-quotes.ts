// Time per document of extractQuotes next to the time of analyze on the same PolNeAR texts.
//   node --import tsx scripts/bench-quotes.ts [--split train|dev] [--rounds N]
// Each round analyses every text, then extracts quotes from every analysis; the first round warms up.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze, type Analysis } from '../src/language/analyze.js';
import { extractQuotes } from '../src/quotes/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../shared');
const { readPolnear } = (await import(resolve(SHARED, 'eval/lib/polnear.mjs'))) as { readPolnear: (dir: string) => { text: string }[] };

const { values: o } = parseArgs({ options: { split: { type: 'string', default: 'train' }, rounds: { type: 'string', default: '3' } } });
const texts = readPolnear(resolve(SHARED, 'data/polnear', o.split!)).map((a) => a.text);
const rounds = Math.max(2, Number(o.rounds));

let analyzeMs = 0;
let quotesMs = 0;
let found = 0;
for (let round = 0; round < rounds; round++) {
  const t0 = performance.now();
  const analyses: Analysis[] = texts.map((text) => analyze(text));
  const t1 = performance.now();
  let n = 0;
  analyses.forEach((a, i) => {
    n += extractQuotes({ text: texts[i]!, sentences: a.sentences, tokens: a.tokens, mentions: [] }).length;
  });
  const t2 = performance.now();
  if (round === 0) continue;
  analyzeMs += t1 - t0;
  quotesMs += t2 - t1;
  found = n;
}
const per = (ms: number): string => `${((ms / (rounds - 1) / texts.length) * 1000).toFixed(0)} µs/doc`;
console.log(`bench-quotes ${o.split}: ${texts.length} documents, ${found} quotes, ${rounds - 1} timed rounds`);
console.log(`analyze        ${per(analyzeMs)}`);
console.log(`extractQuotes  ${per(quotesMs)}  (${((quotesMs / analyzeMs) * 100).toFixed(1)}% of analyze)`);
