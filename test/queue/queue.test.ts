// The queue against the real NATS JetStream and PostgreSQL: documents published by `dyad ingest
// --queue` and coded by workers end in the store exactly as one `dyad ingest` leaves it, with one worker
// or two (at once, and one joining and one leaving mid-run), with a worker SIGKILLed halfway, with a message
// acknowledged late and so delivered twice, and with poison messages, which go to the dead letters
// with their reasons. Each test has its own stream and database, removed at the end.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import { createCoders } from '../../src/pool/pool.js';
import { decodeEnvelope, withIdentity } from '../../src/queue/envelope.js';
import { connectQueue, deleteQueue, ensureQueue, messageId, queueNames, DEAD_REASON, type QueueSettings } from '../../src/queue/streams.js';
import { runWorker } from '../../src/queue/worker.js';
import { openStore } from '../../src/store/open.js';
import { ARTICLES, DATEADDED, EVENT_TIME, articles, dyad, rows, startDyad, summary, syndicated, tempDir, writeJsonl } from '../cli/corpus.js';
import { freshDatabase } from '../store/backends.js';

const QUEUE = process.env.DYAD_TEST_NATS ?? 'nats://127.0.0.1:4222';
const FAST: QueueSettings = { maxDeliveries: 3, ackWaitMs: 3000 };

const streams: string[] = [];
after(async () => {
  const nc = await connectQueue(QUEUE, 'dyad tests');
  for (const stream of streams) await deleteQueue(nc, queueNames(stream));
  await nc.close();
});

/** A stream of its own for a test, created with short waits so redeliveries come quickly. */
async function freshStream(settings = FAST): Promise<string> {
  const stream = `T${randomBytes(5).toString('hex')}`;
  streams.push(stream);
  const nc = await connectQueue(QUEUE, 'dyad tests');
  await ensureQueue(nc, queueNames(stream), settings);
  await nc.close();
  return stream;
}

const dir = tempDir('queue');
/** The test articles that code (one is empty on purpose, an error row). */
const GOOD = articles().filter((a) => a.text).length;
/** The test articles on a hundred sites (syndicated copies share events): enough that workers take seconds. */
const SITES = Array.from({ length: 100 }, (_, i) => `site${i}.example`);
const BIG = writeJsonl(
  join(dir, 'big.jsonl'),
  SITES.flatMap((site) => syndicated(articles(), site)),
);

/** What a store exports, DATEADDED and its copy in the mentions blanked. */
async function exported(store: string): Promise<{ events: string[][]; mentions: string[][] }> {
  const events = await dyad(['export', '--store', store, '--format', 'gdelt-events', '--background']);
  const mentions = await dyad(['export', '--store', store, '--format', 'gdelt-mentions', '--background']);
  assert.equal(events.status, 0, events.stderr);
  return { events: rows(events.stdout, [DATEADDED]), mentions: rows(mentions.stdout, [EVENT_TIME]) };
}

const references = new Map<string, Promise<{ events: string[][]; mentions: string[][] }>>();
/** The export of one uninterrupted single-process ingest of the input. */
function reference(input: string) {
  if (!references.has(input)) {
    references.set(
      input,
      (async () => {
        const store = freshDatabase();
        const r = await dyad(['ingest', input, '--store', store, '--threads', '1']);
        assert.equal(r.status, 0, r.stderr);
        return exported(store);
      })(),
    );
  }
  return references.get(input)!;
}

/** A worker in this process, stopped by `stop()` as SIGTERM stops `dyad worker`. */
async function inProcessWorker(stream: string, store: string, batchSize?: number) {
  const controller = new AbortController();
  const log: string[] = [];
  const opened = await openStore(store, 'write');
  const stats = runWorker({
    queue: QUEUE,
    stream,
    store: opened,
    threads: 1,
    signal: controller.signal,
    log: (l) => log.push(l),
    healthEveryMs: 1000,
    graceMs: 30_000,
    ...(batchSize ? { batchSize } : {}),
  }).finally(() => opened.close());
  stats.catch(() => undefined);
  return { stop: () => (controller.abort(), stats), log, stats };
}

const queued = (input: string, stream: string, store: string) => dyad(['ingest', input, '--queue', QUEUE, '--stream', stream, '--store', store, '--json']);

/** `what` as a function is read at the time out, so that it can tell the state then. */
async function until(condition: () => boolean | Promise<boolean>, what: string | (() => string), ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(100);
  }
}

const storedIn = (log: readonly string[]) => Math.max(0, ...log.map((l) => Number(/(\d+) stored/.exec(l)?.[1] ?? 0)));

test('one worker stores what one ingest would', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const worker = await inProcessWorker(stream, store);
  const run = await queued(ARTICLES, stream, store);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /dyad ingest: \d+ documents \(\d+ new, \d+ held, \d+ errors\), [\d.]+ docs\/s/);
  assert.deepEqual([summary(run).new, summary(run).errors], [GOOD, articles().length - GOOD]);
  const stats = await worker.stop();
  assert.deepEqual([stats.stored, stats.errors], [GOOD, articles().length - GOOD]);
  assert.deepEqual(await exported(store), await reference(ARTICLES));
  // the same run again finds everything held and publishes nothing
  const again = await queued(ARTICLES, stream, store);
  assert.deepEqual([summary(again).new, summary(again).duplicates, summary(again).errors], [0, GOOD, articles().length - GOOD]);
});

test('two workers at work at once store each document once, and both take part', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const workers = [await inProcessWorker(stream, store), await inProcessWorker(stream, store)];
  try {
    // a worker's first health line comes once its coders are loaded: both are taking documents before
    // the first is published, so neither can drain the queue alone
    await until(
      () => workers.every((w) => w.log.length > 0),
      () => `both workers to be ready:\n${workers.map((w) => w.log.join('\n')).join('\n')}`,
    );
    const done = await queued(BIG, stream, store);
    assert.equal(done.status, 0, done.stderr);
    const [a, b] = await Promise.all(workers.map((w) => w.stop()));
    assert.ok(a!.stored > 0 && b!.stored > 0, `both worked: ${a!.stored} and ${b!.stored}`);
    assert.equal(a!.stored + b!.stored, SITES.length * GOOD);
    assert.equal(a!.duplicates + b!.duplicates, 0);
    assert.deepEqual(await exported(store), await reference(BIG));
  } finally {
    // a failed step must not leave a worker running: the test process would never end
    await Promise.allSettled(workers.map((w) => w.stop()));
  }
});

test('a worker joining mid-run and one leaving it lose nothing and store nothing twice', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const first = await inProcessWorker(stream, store);
  let second: Awaited<ReturnType<typeof inProcessWorker>> | null = null;
  try {
    const run = queued(BIG, stream, store);
    await until(
      () => storedIn(first.log) >= 2,
      () => `the first worker to store documents:\n${first.log.join('\n')}`,
    );
    // the second joins, and the first leaves at once with most of the run still queued: what it had
    // not finished goes back to the queue, and the run can only end through the second (had the first
    // stayed, it could drain the queue while the second loads its coders, and the second join nothing)
    second = await inProcessWorker(stream, store);
    const a = await first.stop();
    const done = await run;
    assert.equal(done.status, 0, done.stderr);
    const b = await second.stop();
    assert.ok(a.stored > 0 && b.stored > 0, `both worked: ${a.stored} and ${b.stored}`);
    assert.equal(a.stored + b.stored, SITES.length * GOOD);
    assert.equal(a.duplicates + b.duplicates, 0);
    assert.deepEqual(await exported(store), await reference(BIG));
  } finally {
    await Promise.allSettled([first.stop(), second?.stop()]);
  }
});

test('a worker SIGKILLed halfway loses nothing: another takes over, and the store is as one run leaves it', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const killed = startDyad(['worker', '--queue', QUEUE, '--stream', stream, '--store', store, '--threads', '1', '--health-every', '1']);
  const run = queued(BIG, stream, store);
  await until(() => storedIn(killed.stderr().split('\n')) >= 3, 'the worker to store three documents');
  killed.child.kill('SIGKILL');
  assert.equal((await killed.exited).signal, 'SIGKILL');
  const next = startDyad(['worker', '--queue', QUEUE, '--stream', stream, '--store', store, '--threads', '1', '--health-every', '1']);
  const done = await run;
  assert.equal(done.status, 0, done.stderr);
  assert.equal(summary(done).new, SITES.length * GOOD);
  next.child.kill('SIGTERM');
  const exit = await next.exited;
  assert.equal(exit.status, 0, exit.stderr);
  assert.match(exit.stderr, /dyad worker: stopped; \d+ stored/);
  assert.deepEqual(await exported(store), await reference(BIG));
});

test('a message acknowledged late is delivered again and changes nothing', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const names = queueNames(stream);
  const run = queued(ARTICLES, stream, store);
  // a slow worker: takes a document, stores it, and acknowledges only after the ack wait has passed
  const nc = await connectQueue(QUEUE, 'dyad tests');
  const consumer = await jetstream(nc).consumers.get(names.stream, names.consumer);
  let held: JsMsg | null = null;
  await until(async () => (held = await consumer.next({ expires: 1000 })) !== null, 'a published document');
  const decoded = decodeEnvelope(held!.data);
  if (typeof decoded === 'string') throw new Error(decoded);
  const envelope = decoded;
  const coders = createCoders({ threads: 1, shape: 'store', pipeline: {} });
  const slow = await openStore(store, 'write');
  try {
    async function* one() {
      yield envelope.raw;
    }
    for await (const entry of coders.code(one())) assert.deepEqual(await slow.write([withIdentity(entry, envelope.identity)], new Date()), ['new']);
  } finally {
    await coders.close();
  }
  const worker = await inProcessWorker(stream, store);
  assert.equal((await run).status, 0);
  await until(() => worker.log.some((l) => / 1 duplicates/.test(l)), 'the redelivered document', 60_000);
  held!.ack();
  const stats = await worker.stop();
  // the held document only: every other one kept its claim while the worker had it
  assert.equal(stats.stored + stats.errors, articles().length - 1);
  assert.deepEqual([stats.duplicates, stats.redelivered], [1, 1], worker.log.join('\n'));
  const counts = await slow.counts();
  await slow.close();
  await nc.close();
  assert.equal(counts.documents, GOOD);
  assert.deepEqual(await exported(store), await reference(ARTICLES));
});

test("documents waiting in a worker's hands keep their claim: none is delivered twice", async () => {
  // an ack wait shorter than coding one of these documents: a document that waited for its turn (to be
  // coded, or for its batch) without a sign of life would go to another consumer and be stored twice
  const [stream, store] = [await freshStream({ maxDeliveries: 3, ackWaitMs: 1500 }), freshDatabase()];
  const story = articles()
    .filter((a) => a.text)
    .map((a) => a.text)
    .join('\n\n');
  const long = Array.from({ length: 6 }, (_, i) => ({ id: `long-${i}`, url: `https://long${i}.example/story`, date: '2018-03-21', text: Array.from({ length: 30 }, () => story).join('\n\n') }));
  const worker = await inProcessWorker(stream, store, 2);
  const run = await queued(writeJsonl(join(dir, 'long.jsonl'), long), stream, store);
  assert.equal(run.status, 0, run.stderr);
  const stats = await worker.stop();
  assert.deepEqual([stats.stored, stats.redelivered, stats.duplicates], [long.length, 0, 0], worker.log.join('\n'));
});

test('poison messages go to the dead letters with their reasons; the run ends', async () => {
  const [stream, store] = [await freshStream(), freshDatabase()];
  const names = queueNames(stream);
  const nc = await connectQueue(QUEUE, 'dyad tests');
  const js = jetstream(nc);
  // bytes that are no document at all: dead on the first delivery
  await js.publish(names.docs, new TextEncoder().encode('{"this is": not json'), { msgID: 'garbage-1' });
  // a URL too long for PostgreSQL's index (random, so compression cannot shrink it): every attempt to store it fails
  const poison = { id: 'too-long', url: `https://long.example/${randomBytes(6000).toString('base64url')}`, date: '2018-03-21', text: 'Russia accused Ukraine of shelling the town.' };
  const input = writeJsonl(join(dir, 'poison.jsonl'), [articles()[0]!, poison]);
  const worker = await inProcessWorker(stream, store);
  const run = await queued(input, stream, store);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual([summary(run).new, summary(run).errors], [1, 1]);
  const stats = await worker.stop();
  assert.deepEqual([stats.stored, stats.dead, stats.retried], [1, 2, FAST.maxDeliveries - 1], worker.log.join('\n'));
  assert.equal((await exported(store)).events.length > 0, true);
  const dead = await js.consumers.get(names.deadStream);
  const letters = new Map<string, string>();
  for (let i = 0; i < 2; i += 1) {
    const m = await dead.next({ expires: 2000 });
    assert.ok(m, 'a dead letter');
    const envelope = decodeEnvelope(m.data);
    const id = m.headers?.get('Nats-Msg-Id') ?? '';
    if (typeof envelope !== 'string') assert.equal(id, messageId(envelope.identity), 'a dead letter keeps its document identity as message id');
    letters.set(typeof envelope === 'string' ? id : envelope.raw.id, m.headers?.get(DEAD_REASON) ?? '');
  }
  await nc.close();
  assert.match(letters.get('garbage-1') ?? '', /not a dyad document/);
  assert.match(letters.get('too-long') ?? '', new RegExp(`failed ${FAST.maxDeliveries} times; last: .*(index row|btree)`));
});
