// The fuzzing harness: `npm run fuzz -- --n N --seed S [--dictionaries M] [--ingest K] [--kills J]
// [--threads T] [--budget SECONDS]`.
//
//  - CLI: N mutated documents, as JSON lines in batch files and as .txt/.html files (some gzipped,
//    some in other encodings or binary), plus FIFOs and links to a device, through `dyad code`.
//    Checked: the process ends with status 0, every line of output is a record, each input comes
//    back exactly once and in its place, no record is an internal error.
//  - Library: every fifth document through the pipeline in this process, timed one by one (the
//    slowest document is reported against the budget).
//  - Dictionary loader: M mutated PETRARCH sets, each loaded (or refused with a message) in a child
//    process under a time limit, so a hang is seen as one.
//  - Ingest: K documents, hostile ones mixed with good ones, through `dyad ingest` into a store, once
//    cleanly and once killed (SIGKILL) J times at random points and resumed; the two stores must hold
//    and export the same (scripts/fuzz/ingest.ts).
// Ends with a JSON summary; exits 1 when anything above fails.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecordLine } from '../../src/input/record.js';
import { createPipeline } from '../../src/pipeline.js';
import { writeCorpus } from './corpus.js';
import { fuzzIngest } from './ingest.js';
import { rng } from './mutate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('--n', 1000);
const SEED = arg('--seed', 1);
const DICTS = arg('--dictionaries', Math.ceil(N / 10));
const INGEST = arg('--ingest', Math.min(Math.ceil(N / 50), 2000));
const KILLS = arg('--kills', 3);
const THREADS = arg('--threads', 1);
const BUDGET_S = arg('--budget', 30);
const BATCH = 2000;

const ROOT = new URL('../..', import.meta.url).pathname;
const CLI = join(ROOT, 'test/cli/run-cli.ts');
const work = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
const problems: string[] = [];
const problem = (p: string) => {
  if (problems.length < 50) problems.push(p.slice(0, 500));
  else if (problems.length === 50) problems.push('... more problems not shown');
};

const r = rng(SEED);
const corpus = writeCorpus(r, work, { n: N, batch: BATCH });
const { inputs, expected } = corpus;
// every fifth JSON line goes through the library as well
const libraryLines = corpus.lines.filter((l) => l.index % 5 === 0);

// ---------------------------------------------------------------------------------------------------
// CLI

async function runCli(): Promise<{ records: number; internal: number; timeouts: number; errors: Record<string, number>; seconds: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'code', ...inputs, '--format', 'jsonl', '--threads', String(THREADS), '--doc-timeout', String(BUDGET_S)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let pending = '';
  let k = 0;
  let internal = 0;
  let timeouts = 0;
  const errors: Record<string, number> = {};
  const seen = new Map<string, number>();
  const take = (line: string) => {
    let rec: { id: string; error: { code: string; message: string } | null };
    try {
      rec = JSON.parse(line);
    } catch {
      problem(`cli: an output line is not JSON: ${line.slice(0, 200)}`);
      return;
    }
    const want = expected[k];
    if (!want) problem(`cli: more records than inputs (record ${k}: ${rec.id})`);
    else if (rec.id !== want.id) problem(`cli: record ${k} has id ${JSON.stringify(rec.id)}, expected ${JSON.stringify(want.id)} (${want.input})`);
    seen.set(rec.id, (seen.get(rec.id) ?? 0) + 1);
    if (rec.error) {
      errors[rec.error.code] = (errors[rec.error.code] ?? 0) + 1;
      if (rec.error.code === 'internal') {
        internal += 1;
        problem(`cli: internal error: ${rec.error.message.slice(0, 300)}`);
      }
      if (rec.error.code === 'timeout') timeouts += 1;
    }
    k += 1;
  };
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    pending += s;
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line.trim()) take(line);
    }
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) problem(`cli: exit status ${status}: ${stderr.slice(-1000)}`);
  // the run's own summary lines are expected; anything else on standard error is a problem
  const unexpected = stderr.split('\n').filter((l) => l.trim() && !/^dyad: (\d+ of \d+ documents (failed|had no date)|\d+ documents coded in |skipped )/.test(l));
  if (unexpected.length) problem(`cli: unexpected standard error: ${unexpected.slice(0, 5).join(' | ')}`);
  if (k !== expected.length) problem(`cli: ${k} records for ${expected.length} inputs`);
  // ids the harness gave (d0, d1 ...) must come back once each
  for (const [id, times] of seen) if (/^d\d+$/.test(id) && times !== 1) problem(`cli: id ${id} came back ${times} times`);
  return { records: k, internal, timeouts, errors, seconds: (Date.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------
// Library

async function runLibrary(): Promise<{ documents: number; internal: number; crashes: number; slowestMs: number; slowest: string }> {
  const pipeline = createPipeline();
  let internal = 0;
  let crashes = 0;
  let slowestMs = 0;
  let slowest = '';
  for (const { line, origin } of libraryLines) {
    const raw = parseRecordLine(line, origin, origin);
    const started = performance.now();
    try {
      const doc = await pipeline.process(raw);
      if (doc.error?.code === 'internal') {
        internal += 1;
        problem(`library: internal error: ${doc.error.message.slice(0, 300)}`);
      }
    } catch (err) {
      crashes += 1;
      problem(`library: ${origin} threw: ${err instanceof Error ? err.stack : String(err)}`);
    }
    const ms = performance.now() - started;
    if (ms > slowestMs) [slowestMs, slowest] = [ms, origin];
  }
  if (slowestMs > BUDGET_S * 1000) problem(`library: ${slowest} took ${(slowestMs / 1000).toFixed(1)} s, over the ${BUDGET_S} s budget`);
  return { documents: libraryLines.length, internal, crashes, slowestMs: Math.round(slowestMs), slowest };
}

// ---------------------------------------------------------------------------------------------------
// Dictionaries

async function runDictionaries(): Promise<{ sets: number; loaded: number; refused: number; crashes: number; hangs: number; slowestMs: number }> {
  const out = { sets: 0, loaded: 0, refused: 0, crashes: 0, hangs: 0, slowestMs: 0 };
  const CHUNK = 250;
  for (let from = 0; from < DICTS; from += CHUNK) {
    const count = Math.min(CHUNK, DICTS - from);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/fuzz/dictionaries.ts'), '--seed', String(SEED), '--from', String(from), '--count', String(count)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 26 });
    const lines = r.stdout
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { i: number; outcome: string; message?: string; ms: number });
    for (const l of lines) {
      out.sets += 1;
      out.slowestMs = Math.max(out.slowestMs, l.ms);
      if (l.outcome === 'loaded') out.loaded += 1;
      else if (l.outcome === 'refused') out.refused += 1;
      else {
        out.crashes += 1;
        problem(`dictionaries: set ${l.i} of seed ${SEED} crashed: ${l.message}`);
      }
    }
    if (r.signal || r.status !== 0) {
      out.hangs += r.signal ? 1 : 0;
      problem(`dictionaries: the loader child ${r.signal ? `was stopped (${r.signal}) after set ${from + lines.length}: a hang` : `ended with status ${r.status}: ${r.stderr.slice(-500)}`}`);
    }
  }
  return out;
}

const cli = N > 0 ? await runCli() : null;
const library = N > 0 ? await runLibrary() : null;
const dictionaries = await runDictionaries();
const ingest = INGEST > 0 ? await fuzzIngest({ n: INGEST, seed: SEED, kills: KILLS, threads: Math.max(2, THREADS), dir: join(work, 'ingest') }) : null;
for (const p of ingest?.problems ?? []) problem(p);
rmSync(work, { recursive: true, force: true });
const summary = { seed: SEED, documents: N, inputs: expected.length, budgetSeconds: BUDGET_S, cli, library, dictionaries, ingest: ingest && { ...ingest, problems: undefined }, problems };
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = problems.length ? 1 : 0;
