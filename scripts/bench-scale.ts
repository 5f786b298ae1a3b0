// npm run bench:scale — how dyad scales out: the throughput of 1 and 2 single-threaded workers
// (`dyad worker --threads 1`, each its own process) coding the same documents from NATS JetStream into
// PostgreSQL; the store's write rate on its own (coded documents written one per transaction, as
// workers write them, from 1 and 4 connections); the queue's own rate (publish, deliver, ack); and a
// paper extrapolation to N workers from those figures. Needs PostgreSQL and NATS on 127.0.0.1.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { jetstream } from '@nats-io/jetstream';
import pg from 'pg';
import { main } from '../src/cli/main.js';
import { createCoders } from '../src/pool/pool.js';
import { connectQueue, deleteQueue, ensureQueue, queueNames } from '../src/queue/streams.js';
import { openStore } from '../src/store/open.js';
import type { StoreEntry } from '../src/store/store.js';
import type { RawDocument } from '../src/types.js';

const QUEUE = process.env.DYAD_BENCH_NATS ?? 'nats://127.0.0.1:4222';
const SERVER = process.env.DYAD_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SITES = Number(process.env.DYAD_BENCH_SITES ?? 48);
const RUNNER = new URL('../test/cli/run-cli.ts', import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'));
const created: string[] = [];
const streams: string[] = [];

/** The test articles on SITES sites, coded one by one like any document. */
function corpus(): string {
  const lines = readFileSync(new URL('../test/corpus/articles.jsonl', import.meta.url), 'utf8').trim().split('\n');
  const base = (lines.map((l) => JSON.parse(l)) as { id: string; url: string; date: string; text: string }[]).filter((a) => a.text);
  // each site's copy a year later than the one before (datelines give day and month, the year comes from
  // the date): other event keys, so that documents do not all wait on the same events' locks, as
  // syndicated copies of one story do (see docs/scaling.md)
  const later = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const records = Array.from({ length: SITES }, (_, s) =>
    base.map((a) => ({ ...a, id: `${a.id}@${s}`, date: later(a.date, s), url: a.url.replace(/^https:\/\/[^/]+/, `https://site${s}.example`) })),
  ).flat();
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
}

function freshDatabase(): string {
  const name = `dyad_bench_${randomBytes(5).toString('hex')}`;
  created.push(name);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.href;
}

const sink = () => new Writable({ write: (_c, _e, done) => done() });

async function ingestQueued(input: string, stream: string, store: string): Promise<number> {
  const started = performance.now();
  const status = await main(['ingest', input, '--queue', QUEUE, '--stream', stream, '--store', store], { stdout: sink(), stderr: sink() });
  if (status !== 0) throw new Error(`ingest --queue ended with ${status}`);
  return (performance.now() - started) / 1000;
}

/** Starts a worker process and resolves once it takes documents (its pipeline loaded). */
function startWorker(stream: string, store: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, 'worker', '--queue', QUEUE, '--stream', stream, '--store', store, '--threads', '1', '--health-every', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const ready = new Promise<void>((resolve) => {
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
      if (/docs\/s/.test(stderr)) resolve();
    });
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { ready, stop: () => (child.kill('SIGTERM'), exited), stderr: () => stderr };
}

async function throughput(workers: number, input: string, documents: number): Promise<number> {
  const stream = `BENCH${randomBytes(4).toString('hex')}`;
  streams.push(stream);
  const store = freshDatabase();
  // the store and the queue exist before the clock starts
  await (await openStore(store, 'write')).close();
  const nc = await connectQueue(QUEUE, 'bench');
  await ensureQueue(nc, queueNames(stream));
  await nc.close();
  const started = Array.from({ length: workers }, () => startWorker(stream, store));
  await Promise.all(started.map((w) => w.ready));
  const seconds = await ingestQueued(input, stream, store);
  await Promise.all(started.map((w) => w.stop()));
  return documents / seconds;
}

async function codedEntries(input: string): Promise<StoreEntry[]> {
  const coders = createCoders({ threads: 1, shape: 'store', pipeline: {} });
  const { readCorpus } = await import('../src/sources/index.js');
  const entries: StoreEntry[] = [];
  for await (const entry of coders.code(readCorpus([input], {}) as AsyncIterable<RawDocument>)) entries.push(entry);
  await coders.close();
  return entries;
}

/** Coded documents written one per transaction, from `connections` writers at once. */
async function writeRate(entries: readonly StoreEntry[], connections: number): Promise<number> {
  const location = freshDatabase();
  const stores = await Promise.all(Array.from({ length: connections }, () => openStore(location, 'write')));
  let next = 0;
  const started = performance.now();
  await Promise.all(
    stores.map(async (store) => {
      for (let i = next++; i < entries.length; i = next++) await store.write([entries[i]!], new Date());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(stores.map((s) => s.close()));
  return entries.length / seconds;
}

/** Tiny messages through the queue: publish, deliver, ack (the round trips a document costs beside its coding). */
async function queueRate(messages: number): Promise<number> {
  const stream = `BENCHQ${randomBytes(4).toString('hex')}`;
  streams.push(stream);
  const names = queueNames(stream);
  const nc = await connectQueue(QUEUE, 'bench');
  await ensureQueue(nc, names);
  const js = jetstream(nc);
  const started = performance.now();
  const consumer = await js.consumers.get(names.stream, names.consumer);
  const pulled = (async () => {
    const iter = await consumer.consume({ max_messages: 2 });
    let n = 0;
    for await (const m of iter) {
      await m.ackAck();
      if (++n === messages) break;
    }
  })();
  for (let i = 0; i < messages; i += 1) await js.publish(names.docs, new TextEncoder().encode(String(i)), { msgID: `m${i}` });
  await pulled;
  const seconds = (performance.now() - started) / 1000;
  await nc.close();
  return messages / seconds;
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
  const input = corpus();
  const entries = await codedEntries(input);
  const documents = entries.length;
  console.log(`bench:scale: ${documents} documents (the test articles on ${SITES} sites, a year apart); load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const write1 = await writeRate(entries, 1);
  const write4 = await writeRate(entries, 4);
  console.log(`store write rate (PostgreSQL, one document a transaction): ${write1.toFixed(0)} docs/s from 1 connection, ${write4.toFixed(0)} docs/s from 4`);
  const queue = await queueRate(2000);
  console.log(`queue alone (JetStream publish + deliver + ack, tiny messages, one consumer): ${queue.toFixed(0)} msgs/s`);
  const one = await throughput(1, input, documents);
  console.log(`1 worker  (--threads 1): ${one.toFixed(2)} docs/s`);
  const two = await throughput(2, input, documents);
  console.log(`2 workers (--threads 1): ${two.toFixed(2)} docs/s, ${(two / one).toFixed(2)}x one worker`);
  const ceiling = Math.min(write4, queue);
  console.log('on paper, N single-threaded workers, each on a core of its own:');
  for (const n of [1, 2, 4, 8, 16, 32, 64, 128]) {
    const ideal = n * one;
    console.log(`  N=${String(n).padStart(3)}: ${Math.min(ideal, ceiling).toFixed(1)} docs/s${ideal > ceiling ? ` (capped: ${write4 <= queue ? 'store write rate' : 'queue rate'})` : ''}`);
  }
  console.log(`  the curve bends near N = ${Math.floor(ceiling / one)}: beyond it the ${write4 <= queue ? 'store\'s write transactions' : 'queue\'s round trips'} (${ceiling.toFixed(0)}/s) limit, not coding (${one.toFixed(2)} docs/s a worker)`);
  console.log(`load average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} finally {
  await cleanUp();
}
