// `dyad worker`: takes documents from the queue, codes them with the pool's coders and writes each in
// its own store transaction, and acknowledges a document only once that transaction has committed. A
// worker killed at any moment therefore loses nothing: JetStream hands its unacknowledged documents to
// another worker after the ack wait, and the store's write is a no-op for what was already committed.
// A document that keeps failing goes to the dead letters with its reason (and an error row in the
// store, so the publisher stops waiting for it); a long document keeps its claim with heartbeats.
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import { headers } from '@nats-io/transport-node';
import type { PipelineOptions } from '../pipeline.js';
import { createCoders, type Coders } from '../pool/pool.js';
import type { Store, StoreEntry } from '../store/store.js';
import type { RawDocument } from '../types.js';
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
    const slots = Math.max(1, options.threads * 2);
    // the pipeline loads some indexes on first use (places, for one): code a sentence before taking
    // documents, so that the first document does not pay for it inside its ack wait
    await code(WARM_UP);

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
        await store.write([row], new Date()).catch((err: unknown) => log(`dyad worker: could not record dead letter ${raw.id} in the store: ${describeError(err)}`));
      }
      // no reason with the TERM: servers before 2.10 do not read one and would deliver the message again
      m.term();
      stats.dead += 1;
      log(`dyad worker: dead letter ${envelope?.raw.id ?? `#${m.seq}`} after ${m.info.deliveryCount} deliveries: ${oneLine(reason)}`);
    };

    const handle = async (m: JsMsg, handedBack: () => boolean) => {
      stats.received += 1;
      if (m.redelivered) stats.redelivered += 1;
      const heartbeat = setInterval(() => m.working(), ackWaitMs / 3);
      const envelope = decodeEnvelope(m.data);
      try {
        if (typeof envelope === 'string') return await deadLetter(m, null, envelope);
        if (m.info.deliveryCount > limit) {
          return await deadLetter(m, envelope, `delivered ${m.info.deliveryCount} times without being stored: the workers that took it stopped or hung on it`);
        }
        try {
          const entry = withIdentity(await code(envelope.raw), envelope.identity);
          const [outcome] = await store.write([entry], new Date());
          if (handedBack()) return;
          await m.ackAck();
          if (outcome === 'new' || outcome === 'updated') stats.stored += 1;
          else if (outcome === 'duplicate') stats.duplicates += 1;
          else stats.errors += 1;
        } catch (err) {
          if (handedBack()) return;
          const reason = describeError(err);
          if (m.info.deliveryCount >= limit) return await deadLetter(m, envelope, `failed ${m.info.deliveryCount} times; last: ${reason}`);
          stats.retried += 1;
          m.nak(RETRY_DELAY_MS * m.info.deliveryCount);
          log(`dyad worker: ${envelope.raw.id}: attempt ${m.info.deliveryCount} of ${limit} failed, handed back: ${oneLine(reason)}`);
        }
      } catch (err) {
        log(`dyad worker: ${typeof envelope === 'string' ? `#${m.seq}` : envelope.raw.id}: ${describeError(err)}`);
      } finally {
        clearInterval(heartbeat);
      }
    };

    const started = Date.now();
    let lastDone = 0;
    let lastAt = started;
    const done = () => stats.stored + stats.duplicates + stats.errors + stats.dead;
    const inHand = new Map<Promise<void>, { m: JsMsg; handedBack: boolean }>();
    const health = setInterval(() => {
      const now = Date.now();
      const recent = ((done() - lastDone) * 1000) / Math.max(1, now - lastAt);
      [lastDone, lastAt] = [done(), now];
      consumer
        .info()
        .then((i) => i.num_pending + i.num_ack_pending, () => null)
        .then((waiting) => log(healthLine(stats, (done() * 1000) / Math.max(1, now - started), recent, inHand.size, waiting)))
        // a health line that cannot be written must not end the worker
        .catch(() => undefined);
    }, options.healthEveryMs ?? 5000);

    const messages = await consumer.consume({ max_messages: slots });
    const stop = () => void messages.stop();
    signal.addEventListener('abort', stop, { once: true });
    if (signal.aborted) stop();
    try {
      for await (const m of messages) {
        if (signal.aborted) {
          m.nak();
          stats.handedBack += 1;
          continue;
        }
        const state = { m, handedBack: false };
        const task: Promise<void> = handle(m, () => state.handedBack).finally(() => inHand.delete(task));
        inHand.set(task, state);
        while (inHand.size >= slots) await Promise.race(inHand.keys());
      }
      // stopping: the documents in hand finish within the grace, or go back to the queue at once
      const grace = new Promise((resolve) => setTimeout(resolve, options.graceMs ?? 20_000).unref());
      await Promise.race([Promise.allSettled(inHand.keys()), grace]);
      for (const state of inHand.values()) {
        state.handedBack = true;
        state.m.nak();
        stats.handedBack += 1;
      }
    } finally {
      signal.removeEventListener('abort', stop);
      clearInterval(health);
    }
    log(healthLine(stats, (done() * 1000) / Math.max(1, Date.now() - started), null, 0, null).replace('dyad worker:', 'dyad worker: stopped;'));
    return stats;
  } finally {
    await coders?.close();
    await nc.drain().catch(() => undefined);
  }
}

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
  return (
    `dyad worker: ${s.stored} stored, ${s.duplicates} duplicates, ${s.errors} errors, ${s.dead} dead letters, ${s.retried} retried, ` +
    `${s.redelivered} redelivered; ${rate.toFixed(1)} docs/s${now}; ${inHand} in hand${queue}`
  );
}

const describeError = (err: unknown): string => (err instanceof Error ? err.message : String(err));
/** Text a PostgreSQL text column takes (no NUL). */
const clean = (text: string): string => text.replace(/\u0000/g, '\\0');
/** A header value: one line. */
const oneLine = (text: string): string => clean(text).replace(/[\r\n]+/g, ' ').slice(0, 2000);
