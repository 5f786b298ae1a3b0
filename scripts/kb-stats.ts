// Loads the built-in knowledge base, times the load and prints the check report, then the counts of
// institutions by country and of people by region and by office:
// `npx tsx scripts/kb-stats.ts [kb-dir]`. The load must stay under 300 ms warm. "Cold" builds from
// the files (no cache), "cached" is a fresh read of the on-disk cache as a new process makes it,
// "warm" the best of five such reads. Wall time suffers when other processes share the cores, so
// CPU time is printed beside it.
import { performance } from 'node:perf_hooks';
import { buildKnowledgeBase, checkKnowledgeBase, formatKbReport, loadKnowledgeBase, type KnowledgeBase } from '../src/kb/index.js';

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Counts of `keys`, largest first, as "KEY n" cells wrapped at `perLine`. */
function table(title: string, keys: Iterable<string>, perLine = 8): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const cells = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`.padEnd(perLine > 4 ? 18 : 36));
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += perLine)
    rows.push(
      `  ${cells
        .slice(i, i + perLine)
        .join('')
        .trimEnd()}`,
    );
  return `\n${title} (${counts.size}):\n${rows.join('\n')}`;
}

/** A person's region: the people/ or officeholders/ file they are in, or the imported source. */
const region = (file: string): string =>
  file
    .split('/')
    .slice(1)
    .join('/')
    .replace(/\.txt$/, '');

function breakdown(kb: KnowledgeBase): string {
  const institutions = kb.organisations.filter((o) => o.kind === 'body' || o.kind === 'agency');
  const dated = kb.people.filter((p) => p.roles.some((r) => !r.derived && (r.from !== null || r.to !== null)));
  const offices = (p: (typeof kb.people)[number]): string[] => [...new Set(p.roles.filter((r) => !r.derived).map((r) => r.code.slice(3, 6) || r.code))];
  return [
    table(
      'institutions (state bodies and media) by country',
      institutions.map((o) => o.code.slice(0, 3)),
      10,
    ),
    table(
      'people by region (file)',
      kb.people.map((p) => region(p.file)),
      4,
    ),
    table(
      'people with dated offices by country of office',
      dated.flatMap((p) => [...new Set(p.roles.filter((r) => !r.derived).map((r) => r.code.slice(0, 3)))]),
      10,
    ),
    table('people by office held (role part of the code)', kb.people.flatMap(offices), 10),
  ].join('\n');
}

const dir = process.argv[2];
const cold = timed(() => buildKnowledgeBase(dir));
loadKnowledgeBase(dir); // writes the cache when it is missing or stale
const cached = timed(() => loadKnowledgeBase(dir));
const warm = Array.from({ length: 5 }, () => timed(() => loadKnowledgeBase(dir)));
const best = (key: 'wall' | 'cpu'): number => Math.min(...warm.map((w) => w[key]));
const { kb, issues, warnings } = cold.value;
console.log(formatKbReport(checkKnowledgeBase(kb, issues, warnings)));
console.log(breakdown(kb));
console.log(
  `\nload time: cold (built from the files) ${cold.wall.toFixed(1)} ms (cpu ${cold.cpu.toFixed(1)} ms); ` + `from the cache ${cached.wall.toFixed(1)} ms; warm best of 5: ${best('wall').toFixed(1)} ms (cpu ${best('cpu').toFixed(1)} ms); budget 300 ms warm`,
);
