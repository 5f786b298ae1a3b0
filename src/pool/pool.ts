// The coders: the pipeline of src/pipeline.ts run in N worker threads (one pipeline each), results in
// input order with a bounded number in flight. Each document has a time budget (CPU time of its thread,
// thread-clock.ts) and each thread a memory budget: a document over either has its worker stopped (a
// fresh one takes its place) and becomes an error record (`timeout`, `out-of-memory`), so no document
// can hold up or end the run. Only with the budget turned off (0) does one thread code in the calling
// thread itself: code there cannot be stopped. `dyad code` and `dyad ingest` code through here.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { PipelineOptions } from '../pipeline.js';
import type { RecordVersions } from '../output/record-types.js';
import type { DocumentIdentity } from '../store/store.js';
import type { DocumentError, Issue, RawDocument } from '../types.js';
import { inOrder } from './ordered.js';
import { shaper, type ShapeName, type Shapes } from './shapes.js';
import { threadCpuMs } from './thread-clock.js';
import { clearSlot, readStart, startSlots, type CodeTask } from './start-slots.js';

export interface PoolOptions<S extends ShapeName> {
  readonly threads: number;
  readonly shape: S;
  readonly pipeline: PipelineOptions;
  /** Milliseconds of CPU one document may take; 0 turns the budget off. Default DEFAULT_DOC_TIMEOUT_MS. */
  readonly docTimeoutMs?: number;
  /** Megabytes of heap a coder thread may grow to. Default DEFAULT_THREAD_MEMORY_MB. */
  readonly threadMemoryMb?: number;
}

export interface Coders<S extends ShapeName> {
  /** Problems in the knowledge base or dictionaries, as the pipeline found them when loading. */
  issues(): Promise<readonly Issue[]>;
  /**
   * The documents coded and shaped, in input order. `identityOf` gives a document's identity in the
   * store when the caller computed it already, so that the coder thread does not hash it again.
   */
  code(docs: AsyncIterable<RawDocument>, identityOf?: (raw: RawDocument) => DocumentIdentity | undefined): AsyncIterable<Shapes[S]>;
  close(): Promise<void>;
}

export const defaultThreads = (): number => availableParallelism();

/** A news article codes in well under a second; thirty is a document that will not finish. */
export const DEFAULT_DOC_TIMEOUT_MS = 30_000;

/** Coding does no I/O, so a document that spends this many budgets of wall time without using its CPU is stuck. */
const WALL_BUDGETS = 10;

/**
 * A coder thread holds its knowledge base and one document at a time in well under 500 MB; a
 * document that takes it past this has its thread stopped and becomes an error record.
 */
export const DEFAULT_THREAD_MEMORY_MB = 4096;

/** Documents in flight per thread: enough to keep every thread busy while the writer commits. */
const IN_FLIGHT_PER_THREAD = 4;

const WORKER = new URL(import.meta.url.endsWith('.ts') ? './worker-from-source.mjs' : './worker.js', import.meta.url).href;

export function createCoders<S extends ShapeName>(options: PoolOptions<S>): Coders<S> {
  const threads = Math.max(1, Math.floor(options.threads));
  const limit = threads * IN_FLIGHT_PER_THREAD;
  const budget = options.docTimeoutMs ?? DEFAULT_DOC_TIMEOUT_MS;
  if (threads === 1 && budget === 0) {
    // imported here, not at the top: a run in worker threads keeps the knowledge base out of this thread
    const loading = import('../pipeline.js').then((m) => m.createPipeline(options.pipeline));
    // a bad knowledge folder is told by issues() and code(), whichever the caller awaits first
    loading.catch(() => undefined);
    const form = shaper(options.shape);
    return {
      issues: async () => (await loading).issues,
      code: (docs, identityOf) =>
        inOrder(
          docs,
          async (raw) => {
            const pipeline = await loading;
            return (await form)(await pipeline.process(raw), raw, pipeline.versions, identityOf?.(raw));
          },
          limit,
        ),
      close: async () => undefined,
    };
  }
  // where a worker tells when it took a document up: one slot per document in flight
  const slots = startSlots(limit);
  let submitted = 0;
  const piscina = new Piscina({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    // the pool never queues more than `limit`: the ordered runner holds the rest back
    maxQueue: limit,
    workerData: { pipeline: options.pipeline, shape: options.shape, slots: slots.buffer },
    resourceLimits: { maxOldGenerationSizeMb: options.threadMemoryMb ?? DEFAULT_THREAD_MEMORY_MB },
  });
  // what the workers code with, for the records made here
  let versions: Promise<RecordVersions> | null = null;
  /** The record of a document whose coding did not end well, shaped like any other. */
  const failed = async (raw: RawDocument, identity: DocumentIdentity | undefined, error: DocumentError) => {
    versions ??= piscina.run(null, { name: 'versions' }) as Promise<RecordVersions>;
    // loaded here, not at the top: most runs have no failure to shape in this thread
    const [{ readArticle }, form] = await Promise.all([import('../article/article-stage.js'), shaper(options.shape)]);
    return form(readArticle({ id: raw.id, origin: raw.origin, ...(raw.date ? { date: raw.date } : {}), issues: raw.issues ?? [], error }), raw, await versions, identity);
  };
  const run = async (raw: RawDocument, identity: DocumentIdentity | undefined): Promise<Shapes[S]> => {
    const task = identity ? { raw, identity } : { raw };
    if (budget === 0) return piscina.run(task satisfies CodeTask) as Promise<Shapes[S]>;
    // the clock starts when a worker takes the document up, not while it waits in the queue; it counts
    // the thread's CPU, so a document is not stopped for waiting for a core on a busy machine. The
    // worker writes when and on which thread it started into the document's slot (no message per
    // document): at most `limit` documents are in flight and they finish in order, so the slot of the
    // document `limit` places earlier is free again.
    const slot = submitted++ % limit;
    clearSlot(slots, slot);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      const start = readStart(slots, slot);
      if (start === null) {
        // still waiting for a worker: no budget spent yet
        timer = setTimeout(check, budget);
        return;
      }
      const cpu = start.clock === null || start.cpuMs === null ? null : threadCpuMs(start.clock);
      const wall = Date.now() - start.wallMs;
      const spent = cpu === null ? wall : cpu - start.cpuMs!;
      if (spent >= budget || wall >= budget * WALL_BUDGETS) controller.abort();
      // a thread uses CPU no faster than the clock runs: nothing to look at before the rest is spent
      else timer = setTimeout(check, Math.max(10, budget - spent));
    };
    timer = setTimeout(check, budget);
    try {
      return (await piscina.run({ ...task, slot } satisfies CodeTask, { signal: controller.signal })) as Shapes[S];
    } catch (err) {
      if (controller.signal.aborted) {
        return failed(raw, identity, { code: 'timeout', message: `${raw.origin}: coding took more than ${budget / 1000} s of CPU time; stopped` });
      }
      // a worker that died under the document (out of memory, a crash in a library): the run goes on
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        return failed(raw, identity, { code: 'out-of-memory', message: `${raw.origin}: coding needed more than ${options.threadMemoryMb ?? DEFAULT_THREAD_MEMORY_MB} MB; stopped` });
      }
      return failed(raw, identity, { code: 'internal', message: `${raw.origin}: the coder thread failed: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    // every worker loads the same knowledge base and finds the same problems: one asks
    issues: () => piscina.run(null, { name: 'issues' }) as Promise<readonly Issue[]>,
    code: (docs, identityOf) => inOrder(docs, (raw) => run(raw, identityOf?.(raw)), limit),
    close: () => piscina.destroy(),
  };
}
