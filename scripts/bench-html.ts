// Times extractHtml per page (parse included) over the dev pages of the article-extraction benchmark, on one
// core, after one warm-up pass: the median of the rounds for each page, then median, p90 and max over pages.
// Readability.js on linkedom (parse included) is timed in the same run, since a busy machine moves both alike;
// CPU time (user + system of the process) is printed beside wall time, as it barely moves with the machine's load.
// usage: node --import tsx scripts/bench-html.ts [--data DIR] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../src/html/index.js';

const { values: o } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(import.meta.dirname, '../../shared/data/extraction') },
    rounds: { type: 'string', default: '3' },
  },
});
const dir = join(resolve(o.data!), 'html');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => ({ id: f.slice(0, 12), html: gunzipSync(readFileSync(join(dir, f))).toString('utf8') }));

const readability = (html: string): unknown => new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse();

interface PerPage {
  wall: Map<string, number>;
  cpu: Map<string, number>;
}

function time(run: (html: string) => unknown): PerPage {
  for (const p of pages) run(p.html);
  const wall = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  for (let r = 0; r < Number(o.rounds); r++) {
    for (const p of pages) {
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      run(p.html);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const c = process.cpuUsage(c0);
      wall.set(p.id, [...(wall.get(p.id) ?? []), ms]);
      cpu.set(p.id, [...(cpu.get(p.id) ?? []), (c.user + c.system) / 1000]);
    }
  }
  const middle = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const perPage = (m: Map<string, number[]>): Map<string, number> => new Map([...m].map(([id, xs]) => [id, middle(xs)]));
  return { wall: perPage(wall), cpu: perPage(cpu) };
}

function summary(perPage: Map<string, number>): string {
  const times = [...perPage.values()].sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return `median ${at(0.5).toFixed(1)} ms  p90 ${at(0.9).toFixed(1)} ms  max ${times[times.length - 1]!.toFixed(1)} ms`;
}

function report(name: string, t: PerPage): void {
  const slowest = [...t.wall.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`${name.padEnd(12)} wall ${summary(t.wall)}   cpu ${summary(t.cpu)}`);
  console.log(`${''.padEnd(12)} slowest: ${slowest.map(([id, ms]) => `${id} ${ms.toFixed(1)} ms`).join(', ')}`);
}

console.log(`${pages.length} pages, median of ${o.rounds} rounds per page, parse included`);
report(
  'dyad',
  time((html) => extractHtml(html)),
);
report('readability', time(readability));
