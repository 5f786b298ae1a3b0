// npm run bench:scale — how dyad scales out, each figure printed with the machine's load average when
// it was taken (the machine is shared; a figure means little without it):
//   - the store's write rate on its own: coded documents written into PostgreSQL one per transaction
//     and in batches as workers write them, from one connection and from two;
//   - the queue on its own: one message's round trip (publish, deliver, acknowledge) and the rate of
//     many in flight;
//   - 1 and 2 single-threaded workers (`dyad worker --threads 1`, each its own process), measured two
//     ways: draining documents published in one burst (the workers alone), and end to end under
//     `dyad ingest --queue` (which reads, hashes and publishes the corpus in this process meanwhile);
//   - a paper extrapolation to N workers from those figures.
// Needs PostgreSQL and NATS on 127.0.0.1. DYAD_BENCH_SITES sets the corpus size (the test articles on
// that many sites, a year apart so that they do not share events).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { jetstream } from '@nats-io/jetstream';
import pg from 'pg';
import { main } from '../src/cli/main.js';
import { identify } from '../src/corpus/identity.js';
import { createCoders } from '../src/pool/pool.js';
import { encodeEnvelope } from '../src/queue/envelope.js';
import { connectQueue, deleteQueue, ensureQueue, messageId, queueNames } from '../src/queue/streams.js';
import { DEFAULT_BATCH } from '../src/queue/batch-size.js';
import { openStore } from '../src/store/open.js';
import type { StoreEntry } from '../src/store/store.js';
import type { RawDocument } from '../src/types.js';

const QUEUE = process.env.DYAD_BENCH_NATS ?? 'nats://127.0.0.1:4222';
const SERVER = process.env.DYAD_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SITES = Number(process.env.DYAD_BENCH_SITES ?? 120);
const RUNNER = new URL('../test/cli/run-cli.ts', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'));
const created: string[] = [];
const streams: string[] = [];

const load = () => `load ${loadavg()[0]!.toFixed(2)}`;

/** The test articles on SITES sites, each site's copy a year later than the one before. */
function corpus(): { path: string; records: RawDocument[] } {
  const lines = readFileSync(new URL('../test/corpus/articles.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const base = (lines.map((l) => JSON.parse(l)) as { id: string; url: string; date: string; text: string }[]).filter((a) => a.text);
  // datelines give day and month, the year comes from the date: other event keys, so that documents do
  // not all wait on the same events' locks, as syndicated copies of one story do (see docs/scaling.md)
  const later = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const records = Array.from({ length: SITES }, (_, s) => base.map((a) => ({ ...a, id: `${a.id}@${s}`, date: later(a.date, s), url: a.url.replace(/^https:\/\/[^/]+/, `https://site${s}.example`) }))).flat();
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return { path, records: records.map((r) => ({ id: r.id, origin: r.id, url: r.url, date: r.date, text: r.text })) };
}

function freshDatabase(): string {
  const name = `dyad_bench_${randomBytes(5).toString('hex')}`;
  created.push(name);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.href;
}

const sink = () => new Writable({ write: (_c, _e, done) => done() });

/** CPU seconds a process has used, its threads included (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used by every PostgreSQL and NATS server process (other sessions' work included). */
function serverCpuSeconds(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (/^\d+ \((postgres|nats-server)\)/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) total += cpuSeconds(Number(pid));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * Starts a worker process and resolves once it takes documents (its pipeline loaded). Each worker is a
 * session of its own, as workers started as services or from their own terminals are: Linux shares the
 * CPU between sessions (autogroups) before threads, so workers started from one session would share one
 * session's part of a busy machine, however many they are.
 */
function startWorker(stream: string, store: string) {
  const args = [RUNNER, 'worker', '--queue', QUEUE, '--stream', stream, '--store', store, '--threads', '1', '--health-every', '1'];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  const ready = new Promise<void>((resolve) => {
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      if (/docs\/s/.test(stderr)) resolve();
    });
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { ready, cpu: () => cpuSeconds(child.pid!), stop: () => (child.kill('SIGTERM'), exited), stderr: () => stderr };
}

/** A fresh store and stream, and `workers` warm workers on them. */
async function setUp(workers: number) {
  const stream = `BENCH${randomBytes(4).toString('hex')}`;
  streams.push(stream);
  const store = freshDatabase();
  await (await openStore(store, 'write')).close();
  const nc = await connectQueue(QUEUE, 'bench');
  await ensureQueue(nc, queueNames(stream));
  const started = Array.from({ length: workers }, () => startWorker(stream, store));
  await Promise.all(started.map((w) => w.ready));
  const cpu = () => started.reduce((sum, w) => sum + w.cpu(), 0);
  const [workers0, servers0] = [cpu(), serverCpuSeconds()];
  return {
    stream,
    store,
    nc,
    /** CPU seconds since the workers were ready: theirs, and the servers'. */
    used: () => ({ workers: cpu() - workers0, servers: serverCpuSeconds() - servers0 }),
    stop: async () => (await Promise.all(started.map((w) => w.stop())), await nc.close()),
  };
}

interface Run {
  readonly rate: number;
  /** CPU milliseconds a document: in the workers, and in PostgreSQL and NATS. */
  readonly workerMs: number;
  readonly serverMs: number;
}

const run = (documents: number, seconds: number, used: { workers: number; servers: number }): Run => ({
  rate: documents / seconds,
  workerMs: (used.workers * 1000) / documents,
  serverMs: (used.servers * 1000) / documents,
});

const describe = (r: Run) => `${r.rate.toFixed(1)} docs/s; CPU a document: ${r.workerMs.toFixed(1)} ms in the workers, ${r.serverMs.toFixed(1)} ms in PostgreSQL and NATS (${load()})`;

/** The workers alone: every document published in one burst, the clock stopped when the store holds them all. */
async function drainRate(workers: number, records: readonly RawDocument[]): Promise<Run> {
  const { stream, store, nc, used, stop } = await setUp(workers);
  const js = jetstream(nc);
  const names = queueNames(stream);
  const reader = new pg.Client({ connectionString: store });
  await reader.connect();
  const started = performance.now();
  await Promise.all(
    records.map((raw) => {
      const identity = identify(raw);
      return js.publish(names.docs, encodeEnvelope({ identity, raw }), { msgID: messageId(identity) });
    }),
  );
  for (;;) {
    const { rows } = await reader.query<{ n: string }>('select (select count(*) from documents) + (select count(*) from errors) as n');
    if (Number(rows[0]!.n) >= records.length) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  const result = run(records.length, seconds, used());
  await reader.end();
  await stop();
  return result;
}

/** End to end: `dyad ingest --queue` reading the corpus file, publishing it and waiting for the store. */
async function ingestRate(workers: number, input: string, documents: number): Promise<Run> {
  const { stream, store, used, stop } = await setUp(workers);
  const started = performance.now();
  const status = await main(['ingest', input, '--queue', QUEUE, '--stream', stream, '--store', store], { stdout: sink(), stderr: sink() });
  if (status !== 0) throw new Error(`ingest --queue ended with ${status}`);
  const seconds = (performance.now() - started) / 1000;
  const result = run(documents, seconds, used());
  await stop();
  return result;
}

async function codedEntries(records: readonly RawDocument[]): Promise<StoreEntry[]> {
  const coders = createCoders({ threads: 1, shape: 'store', pipeline: {} });
  async function* all() {
    yield* records;
  }
  const entries: StoreEntry[] = [];
  for await (const entry of coders.code(all())) entries.push(entry);
  await coders.close();
  return entries;
}

/** Coded documents written `batch` to a transaction, from `connections` writers at once. */
async function writeRate(entries: readonly StoreEntry[], batch: number, connections: number): Promise<number> {
  const location = freshDatabase();
  const stores = await Promise.all(Array.from({ length: connections }, () => openStore(location, 'write')));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    stores.map(async (store) => {
      for (let i = next; i < entries.length; i = next) {
        next += batch;
        await store.write(entries.slice(i, i + batch), new Date());
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(stores.map((s) => s.close()));
  return entries.length / seconds;
}

/** Tiny messages through the queue: one at a time (the round trip), then many in flight (the rate). */
async function queueFigures(messages: number): Promise<{ roundTripMs: number; rate: number }> {
  const stream = `BENCHQ${randomBytes(4).toString('hex')}`;
  streams.push(stream);
  const names = queueNames(stream);
  const nc = await connectQueue(QUEUE, 'bench');
  await ensureQueue(nc, names);
  const js = jetstream(nc);
  const consumer = await js.consumers.get(names.stream, names.consumer);
  const body = new TextEncoder().encode('x');
  const oneByOne = 200;
  let started = performance.now();
  for (let i = 0; i < oneByOne; i += 1) {
    await js.publish(names.docs, body, { msgID: `r${i}` });
    const m = await consumer.next({ expires: 5000 });
    if (!m) throw new Error('the queue lost a message');
    await m.ackAck();
  }
  const roundTripMs = (performance.now() - started) / oneByOne;
  started = performance.now();
  const pulled = (async () => {
    for (let n = 0; n < messages;) {
      const batch = await consumer.fetch({ max_messages: 64, expires: 5000 });
      const acks: Promise<unknown>[] = [];
      for await (const m of batch) acks.push(m.ackAck());
      await Promise.all(acks);
      n += acks.length;
    }
  })();
  for (let i = 0; i < messages; i += 64) {
    await Promise.all(Array.from({ length: Math.min(64, messages - i) }, (_, k) => js.publish(names.docs, body, { msgID: `m${i + k}` })));
  }
  await pulled;
  const rate = messages / ((performance.now() - started) / 1000);
  await nc.close();
  return { roundTripMs, rate };
}

async function cleanUp(): Promise<void> {
  const nc = await connectQueue(QUEUE, 'bench');
  for (const stream of streams) await deleteQueue(nc, queueNames(stream));
  await nc.close();
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

try {
  const { path, records } = corpus();
  console.log(`bench:scale: ${records.length} documents (the test articles on ${SITES} sites, a year apart); ${load()}`);
  const entries = await codedEntries(records);
  const writes: Record<string, number> = {};
  for (const [batch, connections] of [
    [1, 1],
    [1, 2],
    [DEFAULT_BATCH, 1],
    [DEFAULT_BATCH, 2],
  ] as const) {
    const rate = await writeRate(entries, batch, connections);
    writes[`${batch}x${connections}`] = rate;
    console.log(`store write rate, ${String(batch).padStart(2)} document(s) a transaction, ${connections} connection(s): ${rate.toFixed(0)} docs/s (${load()})`);
  }
  const queue = await queueFigures(4000);
  console.log(`queue alone, tiny messages: round trip (publish, deliver, ack) ${queue.roundTripMs.toFixed(2)} ms; ${queue.rate.toFixed(0)} msgs/s with 64 in flight (${load()})`);
  const drain: Run[] = [];
  const ingest: Run[] = [];
  for (const workers of [1, 2]) {
    drain[workers] = await drainRate(workers, records);
    console.log(`${workers} worker(s) (--threads 1), documents published in one burst: ${describe(drain[workers]!)}`);
    ingest[workers] = await ingestRate(workers, path, records.length);
    console.log(`${workers} worker(s) (--threads 1), end to end under dyad ingest --queue: ${describe(ingest[workers]!)}`);
  }
  console.log(`2 workers / 1 worker: ${(drain[2]!.rate / drain[1]!.rate).toFixed(2)}x draining the queue, ${(ingest[2]!.rate / ingest[1]!.rate).toFixed(2)}x end to end (target >= 1.7)`);
  // the CPU a document takes hardly depends on the load: when two workers take no more of it than one,
  // two idle cores give twice the rate of one (a worker with --threads 1 codes on one core)
  const cpu = (r: Run) => r.workerMs + r.serverMs;
  console.log(`CPU a document, two workers against one: ${cpu(drain[2]!).toFixed(1)} ms / ${cpu(drain[1]!).toFixed(1)} ms = ${(cpu(drain[2]!) / cpu(drain[1]!)).toFixed(2)} (1.00: adding a worker costs no CPU)`);
  const one = drain[1]!.rate;
  const store = writes[`${DEFAULT_BATCH}x2`]!;
  const ceiling = Math.min(store, queue.rate);
  const limit = store <= queue.rate ? `the store's batched write rate (${store.toFixed(0)} docs/s)` : `the queue's rate (${queue.rate.toFixed(0)} msgs/s)`;
  console.log('on paper, N single-threaded workers, each on a core of its own, with the store and the queue on machines of their own:');
  for (const n of [1, 2, 4, 8, 16, 32, 64]) {
    const ideal = n * one;
    console.log(`  N=${String(n).padStart(2)}: ${Math.min(ideal, ceiling).toFixed(0)} docs/s${ideal > ceiling ? ' (capped)' : ''}`);
  }
  console.log(`  the curve bends near N = ${Math.floor(ceiling / one)}: past it ${limit} limits, not coding (${one.toFixed(1)} docs/s a worker)`);
} finally {
  await cleanUp();
  rmSync(dir, { recursive: true, force: true });
}
