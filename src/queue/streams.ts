// The JetStream layout of one queue, all named from one stream name (--stream, default DYAD):
//   stream NAME       subject NAME.docs   work-queue retention: a document leaves once a worker acks it
//   consumer workers  on NAME.docs        durable, pull, explicit acks, shared by every worker
//   stream NAME_DEAD  subject NAME.dead   dead letters, kept (limits retention) for people to read
// A stream feeds one store: the message id of a document is its identity, and JetStream drops a
// second publication of it within the duplicate window.
import { createHash } from 'node:crypto';
import { AckPolicy, DeliverPolicy, jetstreamManager, RetentionPolicy, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { DocumentIdentity } from '../store/store.js';

export const DEFAULT_STREAM = 'DYAD';
/** How long a worker may hold a document without a sign of life before it is given to another. */
const ACK_WAIT_MS = 30_000;
/** Attempts at a document before it goes to the dead letters. */
const DEFAULT_MAX_DELIVERIES = 5;
/** Publications of one document within this window are one message. */
const DUPLICATE_WINDOW_MS = 120_000;

export interface QueueNames {
  readonly stream: string;
  readonly docs: string;
  readonly deadStream: string;
  readonly dead: string;
  readonly consumer: string;
}

export function queueNames(stream: string = DEFAULT_STREAM): QueueNames {
  if (!/^[A-Za-z0-9_-]+$/.test(stream)) throw new Error(`--stream ${stream}: a stream name is letters, digits, - and _`);
  return { stream, docs: `${stream}.docs`, deadStream: `${stream}_DEAD`, dead: `${stream}.dead`, consumer: 'workers' };
}

/** The Nats-Msg-Id of a document: the hash of its identity in the store. */
export function messageId(identity: DocumentIdentity): string {
  return createHash('sha256').update(`${identity.url}\u0001${identity.contentHash}`).digest('hex');
}

/** Headers of a dead letter. */
export const DEAD_REASON = 'Dyad-Reason';
export const DEAD_DELIVERIES = 'Dyad-Deliveries';

export async function connectQueue(url: string, name: string): Promise<NatsConnection> {
  const servers = url.replace(/^nats:\/\//i, '');
  try {
    return await connect({ servers, name, maxReconnectAttempts: -1 });
  } catch (err) {
    throw new Error(`${url}: cannot reach the NATS server: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

export interface QueueSettings {
  readonly maxDeliveries: number;
  readonly ackWaitMs: number;
}

export const DEFAULT_SETTINGS: QueueSettings = { maxDeliveries: DEFAULT_MAX_DELIVERIES, ackWaitMs: ACK_WAIT_MS };

/** Creates the streams and the workers' consumer when they are missing, with these settings; existing ones are kept as they are. */
export async function ensureQueue(nc: NatsConnection, names: QueueNames, settings: QueueSettings = DEFAULT_SETTINGS): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  const exists = async (fn: () => Promise<unknown>) =>
    fn().then(
      () => true,
      () => false,
    );
  if (!(await exists(() => jsm.streams.info(names.stream)))) {
    await jsm.streams.add({ name: names.stream, subjects: [names.docs], retention: RetentionPolicy.Workqueue, duplicate_window: nanos(DUPLICATE_WINDOW_MS) }).catch(ignoreRace);
  }
  if (!(await exists(() => jsm.streams.info(names.deadStream)))) {
    await jsm.streams.add({ name: names.deadStream, subjects: [names.dead], duplicate_window: nanos(DUPLICATE_WINDOW_MS) }).catch(ignoreRace);
  }
  if (!(await exists(() => jsm.consumers.info(names.stream, names.consumer)))) {
    await jsm.consumers
      .add(names.stream, {
        durable_name: names.consumer,
        filter_subject: names.docs,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(settings.ackWaitMs),
        // one more than the workers' own limit: a document whose last attempt killed its worker comes
        // back once more, and that worker sends it to the dead letters with the count
        max_deliver: settings.maxDeliveries + 1,
      })
      .catch(ignoreRace);
  }
  return jsm;
}

/** Another process created the same thing first. */
function ignoreRace(err: unknown): void {
  if (!/already in use|already exists/i.test(err instanceof Error ? err.message : String(err))) throw err;
}

/** Deletes both streams of a queue (tests, and `--stream` names that are done with). */
export async function deleteQueue(nc: NatsConnection, names: QueueNames): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const stream of [names.stream, names.deadStream]) await jsm.streams.delete(stream).catch(() => false);
}
