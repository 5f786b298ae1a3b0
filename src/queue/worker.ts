// `dyad worker`: takes documents from the queue, codes them with the pool's coders and writes them in
// batches, one store transaction each (one commit and one recompute of the events for many documents:
// the store's write rate, not coding, is what limits many workers), and acknowledges a document only
// once its transaction has committed. A worker killed at any moment therefore loses nothing: JetStream
// hands its unacknowledged documents to another worker after the ack wait, and the store's write is a
// no-op for what was already committed. A document that keeps failing goes to the dead letters with
// its reason (and an error row in the store, so the publisher stops waiting for it). It asks the queue
// for no more documents than it has room for, and every document it holds, coding or waiting for its
// batch, keeps its claim with heartbeats.
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import type { PipelineOptions } from '../pipeline.js';
import { createCoders, type Coders } from '../pool/pool.js';
import type { Store, StoreEntry, WriteOutcome } from '../store/store.js';
import type { RawDocument } from '../types.js';
import { DEFAULT_BATCH } from './batch-size.js';
import { decodeEnvelope, withIdentity, type Envelope } from './envelope.js';
import { connectQueue, DEAD_DELIVERIES, DEAD_REASON, DEFAULT_SETTINGS, ensureQueue, messageId, queueNames, type QueueSettings } from './streams.js';

export interface WorkerOptions {
  /** nats://host:port */
  readonly queue: string;
  readonly stream?: string;
  readonly store: Store;
  readonly threads: number;
  readonly pipeline?: PipelineOptions;
  /** Attempts at a document before it is a dead letter, and the ack wait (used when this worker creates the queue). */
  readonly settings?: QueueSettings;
  /** Aborted on SIGTERM / Ctrl-C: take nothing more, finish what is in hand or hand it back. */
  readonly signal: AbortSignal;
  /** How long documents in hand may take to finish once stopping; the rest are handed back. */
  readonly graceMs?: number;
  readonly healthEveryMs?: number;
  /** Documents written in one transaction at most (DEFAULT_BATCH). */
  readonly batchSize?: number;
  readonly log: (line: string) => void;
}

export interface WorkerStats {
  received: number;
  /** Stored as new documents or new versions. */
  stored: number;
  /** Already in the store (a redelivery after a commit, or another run's). */
  duplicates: number;
  /** Stored as error rows (unreadable documents, with their reasons). */
  errors: number;
  /** Sent to the dead letters. */
  dead: number;
  /** Attempts that failed and were handed back for another try. */
  retried: number;
  redelivered: number;
  /** Handed back unfinished on stopping. */
  handedBack: number;
}

const WARM_UP: RawDocument = {
  id: 'warm-up',
  origin: 'warm-up',
  text: 'Officials in Paris said on Monday that the French minister met his German counterpart in Berlin.',
  date: '2020-01-06',
  verbatim: true,
};

/** A failed attempt waits this long per attempt before the document is offered again. */
const RETRY_DELAY_MS = 1000;
/** A coded document waits at most this long for others to share its transaction. */
const BATCH_WAIT_MS = 1000;
/** How long one request for documents waits on an empty queue (JetStream's shortest). */
const FETCH_EXPIRES_MS = 1000;

/** A message this worker holds, from its delivery until it is acknowledged or handed back. */
interface InHand {
  readonly m: JsMsg;
  readonly envelope: Envelope;
  entry: StoreEntry | null;
  /** When its coding ended (a batch waits at most BATCH_WAIT_MS for its first document's company). */
  codedAt: number;
  /** In a store transaction: past handing back, its commit decides. */
  writing: boolean;
  /** Set once it is handed back on stopping: whatever its coding gives is dropped. */
  handedBack: boolean;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerStats> {
  const { store, signal, log } = options;
  const names = queueNames(options.stream);
  const nc = await connectQueue(options.queue, `dyad worker ${process.pid}`);
  const stats: WorkerStats = { received: 0, stored: 0, duplicates: 0, errors: 0, dead: 0, retried: 0, redelivered: 0, handedBack: 0 };
  let coders: Coders<'store'> | undefined;
  try {
    const jsm = await ensureQueue(nc, names, options.settings);
    const config = (await jsm.consumers.info(names.stream, names.consumer)).config;
    // the consumer's limit is one above the workers' (see streams.ts), whoever created it
    const limit = Math.max(1, (config.max_deliver ?? DEFAULT_SETTINGS.maxDeliveries + 1) - 1);
    const ackWaitMs = config.ack_wait ? config.ack_wait / 1e6 : DEFAULT_SETTINGS.ackWaitMs;
    const js = jetstream(nc);
    const consumer = await js.consumers.get(names.stream, names.consumer);
    coders = createCoders({ threads: options.threads, shape: 'store', pipeline: options.pipeline ?? {} });
    const code = codeOne(coders);
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
    /** Documents coding at once: enough to keep every thread busy, within what the pool queues. */
    const codingSlots = Math.max(1, options.threads * 2);
    /** Messages held at once: a batch being written, and the next one coding meanwhile. */
    const capacity = batchSize + codingSlots;
    // the pipeline loads some indexes on first use (places, for one): code a sentence before taking
    // documents, so that the first document does not pay for it inside its ack wait
    await code(WARM_UP);

    const inHand = new Set<InHand | JsMsg>();
    /** Resolved whenever a message leaves this worker's hands. */
    let released: () => void = () => undefined;
    let leaving = new Promise<void>((resolve) => (released = resolve));
    const release = (item: InHand | JsMsg) => {
      inHand.delete(item);
      released();
      leaving = new Promise<void>((resolve) => (released = resolve));
    };
    // every message in hand keeps its claim, from delivery on: one waiting to be coded or written
    // included (a message left without a sign of life past the ack wait is given to another worker,
    // and then stored by both: once, and once as a duplicate)
    const heartbeat = setInterval(() => {
      for (const item of inHand) ('m' in item ? item.m : item).working();
    }, ackWaitMs / 3);

    // one store transaction at a time from this worker: a DuckDB store is one connection, and a dead
    // letter's error row may come while a batch is being written
    let storeTurn: Promise<unknown> = Promise.resolve();
    const writeEntries = (entries: StoreEntry[]): Promise<WriteOutcome[]> => {
      const written = storeTurn.then(() => store.write(entries, new Date()));
      storeTurn = written.catch(() => undefined);
      return written;
    };

    const deadLetter = async (m: JsMsg, envelope: Envelope | null, reason: string) => {
      const h = headers();
      h.set(DEAD_REASON, oneLine(reason));
      h.set(DEAD_DELIVERIES, String(m.info.deliveryCount));
      // the dead letter keeps the message id: a document's identity, or what the publisher gave
      const msgID = envelope ? messageId(envelope.identity) : m.headers?.get('Nats-Msg-Id') || `${names.stream}-seq-${m.seq}`;
      await js.publish(names.dead, m.data, { msgID, headers: h });
      if (envelope) {
        const { identity, raw } = envelope;
        const row: StoreEntry = { kind: 'error', ...identity, id: raw.id, origin: raw.origin, code: 'dead-letter', reason: clean(reason) };
        await writeEntries([row]).catch((err: unknown) => log(`dyad worker: could not record dead letter ${raw.id} in the store: ${describeError(err)}`));
      }
      // no reason with the TERM: servers before 2.10 do not read one and would deliver the message again
      m.term();
      stats.dead += 1;
      log(`dyad worker: dead letter ${envelope?.raw.id ?? `#${m.seq}`} after ${m.info.deliveryCount} deliveries: ${oneLine(reason)}`);
    };

    /** A document whose coding or storing failed: another attempt later, or the dead letters. */
    const failed = async (item: InHand, err: unknown) => {
      const reason = describeError(err);
      if (item.m.info.deliveryCount >= limit) return deadLetter(item.m, item.envelope, `failed ${item.m.info.deliveryCount} times; last: ${reason}`);
      stats.retried += 1;
      item.m.nak(RETRY_DELAY_MS * item.m.info.deliveryCount);
      log(`dyad worker: ${item.envelope.raw.id}: attempt ${item.m.info.deliveryCount} of ${limit} failed, handed back: ${oneLine(reason)}`);
    };

    const tally = (outcome: WriteOutcome) => {
      if (outcome === 'new' || outcome === 'updated') stats.stored += 1;
      else if (outcome === 'duplicate') stats.duplicates += 1;
      else stats.errors += 1;
    };

    /** Acknowledged only now that its transaction has committed. */
    const acknowledge = async (item: InHand, outcome: WriteOutcome) => {
      try {
        await item.m.ackAck();
        tally(outcome);
      } catch (err) {
        // stored, but the server may not know: it may come back, and is then a duplicate
        tally(outcome);
        log(`dyad worker: ${item.envelope.raw.id}: stored, but its acknowledgement failed (${describeError(err)}); a redelivery will find it held`);
      }
    };

    const toCode: InHand[] = [];
    let coding = 0;
    let ready: InHand[] = [];
    let writing = false;
    let stopping = false;
    let batchTimer: NodeJS.Timeout | undefined;

    /** Writes what is coded, in one transaction, once a batch is full, old enough, or nothing more is coming. */
    const flush = () => {
      if (writing || !ready.length) return;
      const full = ready.length >= batchSize;
      const dry = coding === 0 && toCode.length === 0;
      const waited = Date.now() - ready[0]!.codedAt;
      if (!full && !dry && !stopping && waited < BATCH_WAIT_MS) {
        batchTimer ??= setTimeout(() => {
          batchTimer = undefined;
          flush();
        }, BATCH_WAIT_MS - waited);
        return;
      }
      write(ready.splice(0, batchSize));
    };
    const write = (batch: InHand[]) => {
      clearTimeout(batchTimer);
      batchTimer = undefined;
      writing = true;
      for (const item of batch) item.writing = true;
      void (async () => {
        try {
          const outcomes = await writeEntries(batch.map((item) => item.entry!));
          await Promise.all(batch.map((item, i) => acknowledge(item, outcomes[i]!)));
        } catch (err) {
          // one bad document must not hold the others back: each alone, so only it is retried
          if (batch.length > 1) log(`dyad worker: a batch of ${batch.length} failed (${oneLine(describeError(err))}); writing its documents one by one`);
          for (const item of batch) {
            try {
              if (batch.length === 1) throw err;
              const [outcome] = await writeEntries([item.entry!]);
              await acknowledge(item, outcome!);
            } catch (one) {
              await failed(item, one).catch((e: unknown) => log(`dyad worker: ${item.envelope.raw.id}: ${describeError(e)}`));
            }
          }
        } finally {
          for (const item of batch) release(item);
          writing = false;
          flush();
        }
      })();
    };

    const codeNext = () => {
      while (coding < codingSlots && toCode.length) {
        const item = toCode.shift()!;
        coding += 1;
        void code(item.envelope.raw)
          .then(
            (entry) => {
              if (item.handedBack) return;
              item.entry = withIdentity(entry, item.envelope.identity);
              item.codedAt = Date.now();
              ready.push(item);
            },
            async (err: unknown) => {
              if (item.handedBack) return;
              await failed(item, err).catch((e: unknown) => log(`dyad worker: ${item.envelope.raw.id}: ${describeError(e)}`));
              release(item);
            },
          )
          .finally(() => {
            coding -= 1;
            codeNext();
            flush();
          });
      }
    };

    const take = (m: JsMsg) => {
      stats.received += 1;
      if (m.redelivered) stats.redelivered += 1;
      const envelope = decodeEnvelope(m.data);
      const item: InHand | JsMsg = typeof envelope === 'string' ? m : { m, envelope, entry: null, codedAt: 0, writing: false, handedBack: false };
      inHand.add(item);
      const dead = (envelope: Envelope | null, reason: string) =>
        void deadLetter(m, envelope, reason)
          .catch((err: unknown) => log(`dyad worker: #${m.seq}: ${describeError(err)}`))
          .finally(() => release(item));
      if (typeof envelope === 'string') return dead(null, envelope);
      if (m.info.deliveryCount > limit) return dead(envelope, `delivered ${m.info.deliveryCount} times without being stored: the workers that took it stopped or hung on it`);
      toCode.push(item as InHand);
      codeNext();
    };

    const started = Date.now();
    let lastDone = 0;
    let lastAt = started;
    const done = () => stats.stored + stats.duplicates + stats.errors + stats.dead;
    const health = setInterval(() => {
      const now = Date.now();
      const recent = ((done() - lastDone) * 1000) / Math.max(1, now - lastAt);
      [lastDone, lastAt] = [done(), now];
      consumer
        .info()
        .then(
          (i) => i.num_pending + i.num_ack_pending,
          () => null,
        )
        .then((waiting) => log(healthLine(stats, (done() * 1000) / Math.max(1, now - started), recent, inHand.size, waiting)))
        // a health line that cannot be written must not end the worker
        .catch(() => undefined);
    }, options.healthEveryMs ?? 5000);

    const stopped = new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));
    try {
      // ask for exactly as many documents as there is room for: each is in hand, under the heartbeat,
      // from the moment it arrives
      while (!signal.aborted) {
        const room = capacity - inHand.size;
        if (room <= 0) {
          await Promise.race([leaving, stopped]);
          continue;
        }
        try {
          const messages = await consumer.fetch({ max_messages: room, expires: FETCH_EXPIRES_MS });
          for await (const m of messages) {
            if (signal.aborted) {
              m.nak();
              stats.handedBack += 1;
            } else take(m);
          }
        } catch (err) {
          // the server restarting, say: the connection reconnects by itself; ask again shortly
          log(`dyad worker: asking the queue for documents failed: ${describeError(err)}`);
          await Promise.race([sleep(FETCH_EXPIRES_MS), stopped]);
        }
      }
      // stopping: the documents in hand finish within the grace, or go back to the queue at once
      stopping = true;
      flush();
      const deadline = Date.now() + (options.graceMs ?? 20_000);
      while (inHand.size && Date.now() < deadline) await Promise.race([leaving, sleep(deadline - Date.now())]);
      for (const item of inHand) {
        // a batch being written is past handing back: its commit decides, and it is acknowledged after;
        // so is a dead letter on its way
        if (!('m' in item) || item.writing) continue;
        item.handedBack = true;
        item.m.nak();
        stats.handedBack += 1;
        release(item);
      }
      toCode.length = 0;
      ready = [];
      while (inHand.size) await leaving;
    } finally {
      clearInterval(health);
      clearInterval(heartbeat);
      clearTimeout(batchTimer);
    }
    log(healthLine(stats, (done() * 1000) / Math.max(1, Date.now() - started), null, 0, null).replace('dyad worker:', 'dyad worker: stopped;'));
    return stats;
  } finally {
    await coders?.close();
    await nc.drain().catch(() => undefined);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());

/** Codes one document through the pool (in this thread or a worker thread). */
function codeOne(coders: Coders<'store'>): (raw: RawDocument) => Promise<StoreEntry> {
  return async (raw) => {
    async function* one() {
      yield raw;
    }
    for await (const entry of coders.code(one())) return entry;
    throw new Error(`${raw.id}: the coder returned nothing`);
  };
}

function healthLine(s: WorkerStats, rate: number, recent: number | null, inHand: number, waiting: number | null): string {
  const now = recent === null ? '' : ` (last interval ${recent.toFixed(1)})`;
  const queue = waiting === null ? '' : `; queue: ${waiting} waiting or in hand`;
  return `dyad worker: ${s.stored} stored, ${s.duplicates} duplicates, ${s.errors} errors, ${s.dead} dead letters, ${s.retried} retried, ` + `${s.redelivered} redelivered; ${rate.toFixed(1)} docs/s${now}; ${inHand} in hand${queue}`;
}

const describeError = (err: unknown): string => (err instanceof Error ? err.message : String(err));
/** Text a PostgreSQL text column takes (no NUL). */
const clean = (text: string): string => text.replace(/\u0000/g, '\\0');
/** A header value: one line. */
const oneLine = (text: string): string =>
  clean(text)
    .replace(/[\r\n]+/g, ' ')
    .slice(0, 2000);
