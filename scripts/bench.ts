// The performance figures of issue 19, each a ratio measured in this one run (the machine is shared:
// CPU time and ratios within a run, not wall-clock bounds):
//   throughput   `dyad code` words per CPU-second over the PolNeAR texts, less its start-up, against the
//                wink-nlp floor (sentence splitting and POS tagging only) in this process; want >= 0.25
//   linearity    CPU per word of one 4,000-paragraph document against one of 10; want <= 2
//   threads      wall time of --threads 1 over --threads 2 on the same documents; want >= 1.7
//   start-up     CPU of a `dyad code` process that codes one sentence; want <= 0.5 s
//   allocation   bytes the pipeline allocates per word (GC profiler); with --baseline, against another
//                checkout's in this same run; want <= 0.5
//   peak RSS     of the --threads 1 run (and of the baseline's)
// then where the time goes: the CPU share of each pipeline stage.
//   node --import tsx scripts/bench.ts [--docs N] [--dir DIR] [--baseline DIR]
// `dyad code` is run from bin/ and dist/: build first. --baseline names another built checkout (a
// git worktree of the commit to compare with). Default corpus: the PolNeAR train texts in
// ../shared/data (read for measurement only), repeated to N documents.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GCProfiler } from 'node:v8';
import { longDocument } from '../test/performance/paragraphs.js';

const { values: o } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    dir: { type: 'string', default: '../shared/data/polnear/train/text' },
    baseline: { type: 'string' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const USAGE = resolve(import.meta.dirname, 'bench-usage.mjs');
const files = readdirSync(o.dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (!files.length) throw new Error(`${o.dir}: no .txt files to measure on`);
const texts = files.map((f) => readFileSync(join(o.dir, f), 'utf8'));
const docs = Array.from({ length: Number(o.docs) }, (_, i) => ({ id: `b${i}`, text: texts[i % texts.length]! }));
const wordsIn = (text: string) => (text.match(/\S+/g) ?? []).length;
const words = docs.reduce((n, d) => n + wordsIn(d.text), 0);
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

interface Run {
  readonly cpuSeconds: number;
  readonly wallSeconds: number;
  readonly peakRssBytes: number;
  readonly records: number;
}

/** One `dyad code` process over the documents (JSON lines on standard input), as a user runs it. */
async function runDyad(root: string, input: readonly { id: string; text: string }[], args: readonly string[]): Promise<Run> {
  const folder = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  const usageFile = join(folder, 'usage.json');
  try {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', USAGE, join(root, 'bin', 'dyad.js'), 'code', '-', '--format', 'jsonl', '--quiet', ...args], {
      cwd: root,
      env: { ...process.env, DYAD_BENCH_USAGE: usageFile },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let records = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (const byte of b) if (byte === 10) records++;
    });
    const closed = new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('close', done);
    });
    for (const d of input) child.stdin.write(`${JSON.stringify(d)}\n`);
    child.stdin.end();
    const status = await closed;
    if (status !== 0) throw new Error(`${root}: dyad code exited with status ${status}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuSeconds: number; peakRssBytes: number };
    return { ...usage, wallSeconds: Number(process.hrtime.bigint() - started) / 1e9, records };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The cheaper of two one-sentence runs: start-up to the first coded document. */
async function startup(root: string): Promise<Run> {
  const one = [{ id: 'startup', text: 'Kim Jong Un congratulated Vladimir Putin on his re-election on Tuesday.' }];
  const [a, b] = [await runDyad(root, one, ['--threads', '1']), await runDyad(root, one, ['--threads', '1'])];
  return a.cpuSeconds <= b.cpuSeconds ? a : b;
}

/** wink-nlp splitting sentences and tagging, over the same texts: the floor dyad is measured against. */
function winkFloor(): number {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => { readDoc(t: string): { tokens(): { out(f: unknown): unknown[] } }; its: { pos: unknown } };
  const nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
  const before = cpuSeconds();
  for (const d of docs) nlp.readDoc(d.text).tokens().out(nlp.its.pos);
  return words / (cpuSeconds() - before);
}

interface InProcess {
  readonly bytesPerWord: number;
  readonly stageSeconds: Map<string, number>;
  readonly linearity: { readonly short: number; readonly long: number };
}

/** Bytes allocated on the V8 heap while `work` runs: what each collection found, plus what is left. */
async function allocated(work: () => Promise<void>): Promise<number> {
  const profiler = new GCProfiler();
  const start = process.memoryUsage().heapUsed;
  profiler.start();
  await work();
  const end = process.memoryUsage().heapUsed;
  const stats = profiler.stop().statistics;
  let total = 0;
  let after = start;
  for (const gc of stats) {
    total += Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - after);
    after = gc.afterGC.heapStatistics.usedHeapSize;
  }
  return total + Math.max(0, end - after);
}

/** Allocation per word, CPU per stage and CPU per word against length, with the pipeline of `root`. */
async function inProcess(root: string): Promise<InProcess> {
  const { createPipeline } = (await import(join(root, 'dist', 'pipeline.js'))) as typeof import('../src/pipeline.js');
  const pipeline = createPipeline();
  const sample = docs.slice(0, Math.min(docs.length, texts.length, 300));
  const sampleWords = sample.reduce((n, d) => n + wordsIn(d.text), 0);
  // warm: the first documents compile the code and fill the recogniser's memo
  for (const d of sample.slice(0, 30)) await pipeline.process({ id: d.id, origin: 'bench', text: d.text });
  const bytes = await allocated(async () => {
    for (const d of sample) await pipeline.process({ id: d.id, origin: 'bench', text: d.text });
  });
  const { readArticle } = (await import(join(root, 'dist', 'article', 'article-stage.js'))) as typeof import('../src/article/article-stage.js');
  const stageSeconds = new Map<string, number>([['article', 0], ...pipeline.stages.map((s) => [s.name, 0] as [string, number])]);
  for (const d of sample) {
    let t = cpuSeconds();
    let doc = readArticle({ id: d.id, origin: 'bench', text: d.text });
    stageSeconds.set('article', stageSeconds.get('article')! + cpuSeconds() - t);
    for (const stage of pipeline.stages) {
      if (doc.error) break;
      t = cpuSeconds();
      doc = stage.run(doc);
      stageSeconds.set(stage.name, stageSeconds.get(stage.name)! + cpuSeconds() - t);
    }
  }
  const perWord = async (paragraphs: number) => {
    const text = longDocument(paragraphs);
    let best = Infinity;
    for (let run = 0; run < (paragraphs < 100 ? 5 : 2); run++) {
      const t = cpuSeconds();
      await pipeline.process({ id: `p${paragraphs}`, origin: 'bench', text, date: '2024-01-01' });
      best = Math.min(best, (cpuSeconds() - t) / wordsIn(text));
    }
    return best;
  };
  return { bytesPerWord: bytes / sampleWords, stageSeconds, linearity: { short: await perWord(10), long: await perWord(4000) } };
}

console.log(`bench: ${docs.length} documents, ${fmt(words)} words from ${texts.length} texts in ${o.dir}; load ${load()}`);
const start = await startup(ROOT);
const one = await runDyad(ROOT, docs, ['--threads', '1']);
const two = await runDyad(ROOT, docs, ['--threads', '2']);
if (one.records !== docs.length || two.records !== docs.length) throw new Error(`dyad code wrote ${one.records} and ${two.records} records for ${docs.length} documents`);
const floor = winkFloor();
const dyadWps = words / Math.max(1e-9, one.cpuSeconds - start.cpuSeconds);
const here = await inProcess(ROOT);
const base = o.baseline ? resolve(o.baseline) : null;
const before = base ? { start: await startup(base), one: await runDyad(base, docs, ['--threads', '1']), inProcess: await inProcess(base) } : null;

const ratio = (x: number, want: string) => `${x.toFixed(3)} (want ${want})`;
console.log(`throughput: dyad ${fmt(dyadWps)} words per CPU-second (--threads 1, start-up taken off), wink floor ${fmt(floor)}: ratio ${ratio(dyadWps / floor, '>= 0.25')}`);
console.log(`linearity: ${(here.linearity.long * 1e6).toFixed(1)} µs CPU per word at 4,000 paragraphs, ${(here.linearity.short * 1e6).toFixed(1)} at 10: ratio ${ratio(here.linearity.long / here.linearity.short, '<= 2')}`);
console.log(`threads: --threads 1 ${one.wallSeconds.toFixed(1)} s, --threads 2 ${two.wallSeconds.toFixed(1)} s wall: speed-up ${ratio(one.wallSeconds / two.wallSeconds, '>= 1.7')}; CPU ${one.cpuSeconds.toFixed(1)} and ${two.cpuSeconds.toFixed(1)} s`);
console.log(`start-up: ${start.cpuSeconds.toFixed(2)} s CPU to the first coded document (want <= 0.5), peak RSS ${mib(start.peakRssBytes)}`);
console.log(`allocation: ${fmt(here.bytesPerWord)} bytes per word` + (before ? `, baseline ${fmt(before.inProcess.bytesPerWord)}: ratio ${ratio(here.bytesPerWord / before.inProcess.bytesPerWord, '<= 0.5')}` : ''));
console.log(`peak RSS: ${mib(one.peakRssBytes)} with --threads 1, ${mib(two.peakRssBytes)} with --threads 2`);
if (before) {
  const beforeWps = words / Math.max(1e-9, before.one.cpuSeconds - before.start.cpuSeconds);
  console.log(
    `baseline ${base}: ${fmt(beforeWps)} words per CPU-second (ratio ${(beforeWps / floor).toFixed(3)}), start-up ${before.start.cpuSeconds.toFixed(2)} s CPU, peak RSS ${mib(before.one.peakRssBytes)}; this checkout is ${(dyadWps / beforeWps).toFixed(2)}x as fast`,
  );
}
const total = [...here.stageSeconds.values()].reduce((a, b) => a + b, 0);
console.log(`stages (CPU share in this process): ${[...here.stageSeconds].map(([name, s]) => `${name} ${((100 * s) / total).toFixed(1)}%`).join(', ')}`);
console.log(`load at the end: ${load()}`);
