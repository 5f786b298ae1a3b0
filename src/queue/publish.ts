// `dyad ingest --queue`: the documents the store does not hold go to the queue, each under its
// identity as message id, and the run waits until every one is in the store (a document or an error
// row) or among the dead letters. It reads the store, not the workers, to know: workers can come and
// go, die and be replaced, and the answer stays right.
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { readUnheld, type IngestOptions, type IngestSummary, type IngestTally } from '../corpus/ingest.js';
import { webMemory } from '../corpus/web-memory.js';
import type { DocumentIdentity, StoreCounts } from '../store/store.js';
import { encodeEnvelope } from './envelope.js';
import { connectQueue, ensureQueue, messageId, queueNames, type QueueSettings } from './streams.js';

export interface QueueIngestOptions extends Omit<IngestOptions, 'threads' | 'pipeline'> {
  /** nats://host:port */
  readonly queue: string;
  readonly stream?: string;
  /** Used when this run creates the queue. */
  readonly settings?: QueueSettings;
}

/** Publications awaited at once: enough to hide the round trip, few enough to bound memory. */
const PUBLISH_WINDOW = 64;
/** How often the store is asked which of the published documents it holds. */
const POLL_MS = 500;
/** Identities looked up in the store at once. */
const LOOKUP_CHUNK = 500;

export async function queueIngest(options: QueueIngestOptions): Promise<IngestSummary> {
  const { store } = options;
  const started = Date.now();
  const names = queueNames(options.stream);
  const nc = await connectQueue(options.queue, `dyad ingest ${process.pid}`);
  const tally: IngestTally = { documents: 0, new: 0, duplicates: 0, errors: 0 };
  let counts: StoreCounts = await store.counts();
  let countedAt = Date.now();
  const report = () => options.onProgress?.({ ...tally, events: counts.events, mentions: counts.mentions, elapsedMs: Date.now() - started });
  /** Published and not yet stored, by message id. */
  const pending = new Map<string, DocumentIdentity>();
  /** The pending version of each URL: a newer version waits for it, so versions land in input order. */
  const pendingUrls = new Map<string, string>();
  const settled = (id: string) => {
    const identity = pending.get(id);
    if (!identity) return false;
    pending.delete(id);
    if (pendingUrls.get(identity.url) === id) pendingUrls.delete(identity.url);
    return true;
  };

  try {
    await ensureQueue(nc, names, options.settings);
    const js = jetstream(nc);
    // dead letters (this run's or an earlier one's) answer for their documents too
    const dead = await (await js.consumers.get(names.deadStream, { deliver_policy: DeliverPolicy.All })).consume();
    const watching = (async () => {
      for await (const m of dead) if (settled(m.headers?.get('Nats-Msg-Id') ?? '')) tally.errors += 1;
    })();

    const lookUp = async () => {
      const ids = [...pending.keys()];
      for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
        const chunk = ids.slice(i, i + LOOKUP_CHUNK).filter((id) => pending.has(id));
        const held = await store.holds(chunk.map((id) => pending.get(id)!));
        chunk.forEach((id, k) => {
          if (held[k] && settled(id)) {
            if (held[k] === 'document') tally.new += 1;
            else tally.errors += 1;
          }
        });
      }
      if (Date.now() - countedAt > 5 * POLL_MS) [counts, countedAt] = [await store.counts(), Date.now()];
      report();
    };
    const until = async (done: () => boolean) => {
      while (!done() && !options.signal?.aborted) {
        await lookUp();
        if (!done()) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };

    const web = webMemory(store);
    const inFlight = new Set<Promise<void>>();
    let lastReport = 0;
    for await (const { raw, identity } of readUnheld(options, web, tally)) {
      const id = messageId(identity);
      if (pending.has(id)) {
        tally.duplicates += 1;
        continue;
      }
      const earlier = pendingUrls.get(identity.url);
      if (earlier) await until(() => !pending.has(earlier));
      pending.set(id, identity);
      pendingUrls.set(identity.url, id);
      const publication = js
        .publish(names.docs, encodeEnvelope({ identity, raw }), { msgID: id })
        .then(
          () => undefined,
          // too large for the server, say: the store names the document and the reason
          async (err: unknown) => {
            settled(id);
            tally.errors += 1;
            const reason = `${raw.origin}: could not be queued: ${err instanceof Error ? err.message : String(err)}`;
            await store.write([{ kind: 'error', ...identity, id: raw.id, origin: raw.origin, code: 'queue', reason }], new Date());
          },
        )
        .finally(() => inFlight.delete(publication));
      inFlight.add(publication);
      if (inFlight.size >= PUBLISH_WINDOW) await Promise.race(inFlight);
      if (Date.now() - lastReport > POLL_MS) {
        lastReport = Date.now();
        report();
      }
    }
    await Promise.all(inFlight);
    await web.flush();
    await until(() => pending.size === 0);
    dead.stop();
    await watching;
    if (!options.signal?.aborted) await store.settle();
    counts = await store.counts();
    // the workers code, so only they see which documents had no date
    return { ...tally, events: counts.events, mentions: counts.mentions, interrupted: Boolean(options.signal?.aborted), undated: null, foreign: null, sources: [...web.summaries.values()] };
  } finally {
    await nc.drain().catch(() => undefined);
  }
}
