// Loads the built-in knowledge base, times the load and prints the check report:
// `npx tsx scripts/kb-stats.ts [kb-dir]`. The load must stay under 300 ms.
import { performance } from 'node:perf_hooks';
import { checkKnowledgeBase, formatKbReport, loadKnowledgeBase } from '../src/kb/index.js';

const dir = process.argv[2];
const coldStart = performance.now();
let result = loadKnowledgeBase(dir);
const cold = performance.now() - coldStart;
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  result = loadKnowledgeBase(dir);
  runs.push(performance.now() - start);
}
const best = Math.min(...runs);
console.log(formatKbReport(checkKnowledgeBase(result.kb, result.issues)));
console.log(`\nload time: ${cold.toFixed(1)} ms cold (warm best of 5: ${best.toFixed(1)} ms; budget 300 ms)`);
