// `dyad ingest`: sources -> documents the store does not hold yet -> the coders (in input order) ->
// one writer, which commits a batch at a time. Everything the store holds was committed whole, and a
// document is skipped only when the store holds exactly it, so a run killed at any point and run again
// ends with the store one uninterrupted run would have left.
import { NO_DATE } from '../article/no-date.js';
// the code only, not the pipeline: the coders load that in their threads, the writer's thread need not
import { NOT_ENGLISH } from '../language/not-english.js';
import type { PipelineOptions } from '../pipeline.js';
import { readCorpus, type CorpusOptions } from '../sources/index.js';
import { createCoders } from '../pool/pool.js';
import type { DocumentIdentity, Store, StoreCounts, StoreEntry, WriteOutcome } from '../store/store.js';
import type { RawDocument } from '../types.js';
import { identify } from './identity.js';
import { webMemory, type SourceSummary, type WebMemory } from './web-memory.js';

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly store: Store;
  readonly threads: number;
  readonly date?: string;
  readonly pipeline?: PipelineOptions;
  /** How archives are sampled and the web is fetched (--limit, --sample, --contact, ...). */
  readonly sources?: Omit<CorpusOptions, 'web' | 'date' | 'onSkip'>;
  /** Aborting stops reading; what is being coded is still written, then the run ends. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export interface IngestTally {
  /** Documents read (including skipped files). */
  documents: number;
  /** Added and coded without error (a new version of a URL included). */
  new: number;
  /** Already held, exactly. */
  duplicates: number;
  /** Failed or skipped, each with its reason in the store. */
  errors: number;
}

export interface IngestProgress extends IngestTally {
  readonly events: number;
  readonly mentions: number;
  readonly elapsedMs: number;
}

export interface IngestSummary extends IngestTally, Pick<StoreCounts, 'events' | 'mentions'> {
  readonly interrupted: boolean;
  /** Documents stored with no date known (each has a no-date issue); null when workers coded them (--queue). */
  readonly undated: number | null;
  /** Documents stored uncoded because they are not in English (each has a not-english issue); null as undated. */
  readonly foreign: number | null;
  /** Per web source named: fetched, new, unchanged, known, failed and why. */
  readonly sources: readonly SourceSummary[];
}

/**
 * A batch is committed when it holds this many documents or has waited this long. Each commit costs
 * the same dozen statements however many documents it carries, and recomputes the events they touch
 * once: 256 documents a batch take half the writer's CPU of 64. A kill loses at most the batch.
 */
const BATCH_DOCUMENTS = 256;
const BATCH_MS = 3000;
/** Documents looked up in the store at once before coding: each look-up is a statement of its own. */
const HOLDS_CHUNK = 64;
/** The store's counts, which only the progress line shows, are read again at most this often. */
const COUNTS_MS = 1000;

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store } = options;
  const started = Date.now();
  const tally: IngestTally = { documents: 0, new: 0, duplicates: 0, errors: 0 };
  let counts = await store.counts();
  let countedAt = Date.now();
  const report = () => options.onProgress?.({ ...tally, events: counts.events, mentions: counts.mentions, elapsedMs: Date.now() - started });

  const web = webMemory(store);
  // each document's identity, computed to look it up in the store, goes with it to its coder thread
  const identities = new WeakMap<RawDocument, DocumentIdentity>();
  async function* unheld(): AsyncGenerator<RawDocument> {
    for await (const { raw, identity } of readUnheld(options, web, tally)) {
      identities.set(raw, identity);
      yield raw;
    }
  }

  const coders = createCoders({ threads: options.threads, shape: 'store', pipeline: options.pipeline ?? {} });
  let batch: StoreEntry[] = [];
  let undated = 0;
  let foreign = 0;
  let batchStarted = Date.now();
  const write = async (entries: readonly StoreEntry[]) => {
    const outcomes = await store.write(entries, new Date());
    outcomes.forEach((outcome, i) => {
      count(tally, outcome);
      const entry = entries[i]!;
      if (entry.kind === 'document' && outcome !== 'duplicate') {
        if (entry.document.issues.some((x) => x.code === NO_DATE)) undated += 1;
        if (entry.document.issues.some((x) => x.code === NOT_ENGLISH)) foreign += 1;
      }
      const source = web.sourceOf(entry.kind === 'document' ? entry.document.url : entry.url);
      if (source && (outcome === 'new' || outcome === 'updated')) web.summaries.get(source)!.new += 1;
    });
    await web.flush();
    if (Date.now() - countedAt >= COUNTS_MS) [counts, countedAt] = [await store.counts(), Date.now()];
    report();
  };
  // the batch being committed: the coders go on with the next one meanwhile (awaiting the commit left
  // them idle once their few documents in flight were done), and batches are committed one at a time,
  // in order, as before
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    await writing;
    if (batch.length) {
      writing = write(batch);
      // a failed commit is thrown at the next flush or at the end, not reported as unhandled meanwhile
      writing.catch(() => undefined);
    } else report();
    batch = [];
    batchStarted = Date.now();
  };
  try {
    for await (const entry of coders.code(unheld(), (raw) => identities.get(raw))) {
      batch.push(entry);
      if (batch.length >= BATCH_DOCUMENTS || Date.now() - batchStarted >= BATCH_MS) await flush();
    }
    await flush();
    await writing;
  } finally {
    // the store is not left with a commit running, whatever ended the run
    await writing.catch(() => undefined);
    await coders.close();
  }
  await store.settle();
  counts = await store.counts();
  await web.flush();
  return { ...tally, events: counts.events, mentions: counts.mentions, interrupted: Boolean(options.signal?.aborted), undated, foreign, sources: [...web.summaries.values()] };
}

/** A document the store does not hold, with the identity it was looked up by. */
export interface Unheld {
  readonly raw: RawDocument;
  readonly identity: DocumentIdentity;
}

/**
 * The documents of the inputs that the store does not hold exactly, with files a directory walk passed
 * over as error records; what is held is tallied as it goes. The queue's publisher reads the same way.
 */
export async function* readUnheld(options: Pick<IngestOptions, 'inputs' | 'store' | 'date' | 'sources' | 'signal'>, web: WebMemory, tally: IngestTally): AsyncGenerator<Unheld> {
  const skipped: RawDocument[] = [];
  const sources = readCorpus(options.inputs, {
    ...options.sources,
    web: web.options,
    ...(options.date ? { date: options.date } : {}),
    onSkip: (path, reason) => skipped.push({ id: path, origin: path, error: { code: 'skipped', message: `${path}: ${reason}` } }),
  });
  for await (const chunk of chunks(withSkipped(sources, skipped), HOLDS_CHUNK, options.signal)) {
    tally.documents += chunk.length;
    const identities = chunk.map(identify);
    const held = await options.store.holds(identities);
    for (const [i, raw] of chunk.entries()) {
      if (held[i] === 'document') tally.duplicates += 1;
      else if (held[i] === 'error') tally.errors += 1;
      else yield { raw, identity: identities[i]! };
    }
  }
}

function count(tally: IngestTally, outcome: WriteOutcome): void {
  if (outcome === 'new' || outcome === 'updated') tally.new += 1;
  else if (outcome === 'duplicate') tally.duplicates += 1;
  else tally.errors += 1;
}

/** The stream in chunks of up to `size`, ending early (after the current chunk) once `signal` aborts. */
async function* chunks<T>(items: AsyncIterable<T>, size: number, signal: AbortSignal | undefined): AsyncGenerator<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    if (signal?.aborted) break;
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** Files a directory walk passed over become error records in the stream, so the store names them. */
async function* withSkipped(sources: AsyncIterable<RawDocument>, skipped: RawDocument[]): AsyncGenerator<RawDocument> {
  for await (const raw of sources) {
    yield* skipped.splice(0);
    yield raw;
  }
  yield* skipped.splice(0);
}
