// Loads the built-in knowledge base, times the load and prints the check report:
// `npx tsx scripts/kb-stats.ts [kb-dir]`. The load must stay under 300 ms. Wall time suffers when
// other processes share the cores, so CPU time is printed beside it.
import { performance } from 'node:perf_hooks';
import { checkKnowledgeBase, formatKbReport, loadKnowledgeBase } from '../src/kb/index.js';

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const dir = process.argv[2];
const cold = timed(() => loadKnowledgeBase(dir));
const warm = Array.from({ length: 5 }, () => timed(() => loadKnowledgeBase(dir)));
const best = (key: 'wall' | 'cpu'): number => Math.min(...warm.map((w) => w[key]));
console.log(formatKbReport(checkKnowledgeBase(cold.value.kb, cold.value.issues)));
console.log(
  `\nload time: ${cold.wall.toFixed(1)} ms cold (cpu ${cold.cpu.toFixed(1)} ms); ` +
    `warm best of 5: ${best('wall').toFixed(1)} ms (cpu ${best('cpu').toFixed(1)} ms); budget 300 ms`,
);
