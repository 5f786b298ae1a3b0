// `npm run bench:kb [kb-dir]`: the knowledge base's load in fresh processes, as a user's first and
// later runs meet it. "cold" builds from the files with an empty cache folder (and writes the cache),
// "warm" reads that cache; each is run three times and the best is printed with the process's peak
// RSS. Budget: warm under 300 ms, peak RSS under 400 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.argv[2] ?? '';
const child = `
  const { loadKnowledgeBase } = await import(${JSON.stringify(new URL('../src/kb/index.ts', import.meta.url).href)});
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { kb } = loadKnowledgeBase(process.env.KB_DIR || undefined, { cache: process.env.KB_CACHE });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ ms, cpu: (used.user + used.system) / 1000, rss: process.resourceUsage().maxRSS / 1024, aliases: kb.aliases.length, people: kb.people.length }));
`;

interface Run {
  ms: number;
  cpu: number;
  rss: number;
  aliases: number;
  people: number;
}

function run(cache: string): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], { env: { ...process.env, KB_DIR: dir, KB_CACHE: cache }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the load failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
const cold: Run[] = [];
const warm: Run[] = [];
for (let i = 0; i < 3; i++) {
  const cache = mkdtempSync(join(tmpdir(), 'dyad-bench-kb-'));
  cold.push(run(cache));
  warm.push(run(cache));
  rmSync(cache, { recursive: true, force: true });
}
const c = best(cold);
const w = best(warm);
console.log(`knowledge base: ${w.aliases} names, ${w.people} people`);
// wall time suffers when other processes share the cores: CPU time is printed beside it
console.log(`cold (built, cache written): ${c.ms.toFixed(0)} ms (cpu ${c.cpu.toFixed(0)} ms), peak RSS ${c.rss.toFixed(0)} MB`);
console.log(`warm (from the cache):       ${w.ms.toFixed(0)} ms (cpu ${w.cpu.toFixed(0)} ms), peak RSS ${w.rss.toFixed(0)} MB`);
console.log(`budget: warm < 300 ms ${w.ms < 300 ? 'ok' : 'OVER'}; peak RSS < 400 MB ${Math.max(c.rss, w.rss) < 400 ? 'ok' : 'OVER'}`);
