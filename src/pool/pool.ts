// The coders: the pipeline of src/pipeline.ts run in N worker threads (one pipeline each), results in
// input order with a bounded number in flight. One thread codes in the calling thread itself: no
// worker to start and nothing to copy. `dyad code --threads N` and `dyad ingest` both code through here.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { createPipeline, type PipelineOptions } from '../pipeline.js';
import type { RecordVersions } from '../output/record-types.js';
import type { Issue, RawDocument } from '../types.js';
import { inOrder } from './ordered.js';
import { SHAPES, type ShapeName, type Shapes } from './shapes.js';

export interface PoolOptions<S extends ShapeName> {
  readonly threads: number;
  readonly shape: S;
  readonly pipeline: PipelineOptions;
}

export interface Coders<S extends ShapeName> {
  /** Problems in the knowledge base or dictionaries, as the pipeline found them when loading. */
  issues(): Promise<readonly Issue[]>;
  code(docs: AsyncIterable<RawDocument>): AsyncIterable<Shapes[S]>;
  close(): Promise<void>;
}

export const defaultThreads = (): number => availableParallelism();

/** Documents in flight per thread: enough to keep every thread busy while the writer commits. */
const IN_FLIGHT_PER_THREAD = 4;

const WORKER = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

export function createCoders<S extends ShapeName>(options: PoolOptions<S>): Coders<S> {
  const threads = Math.max(1, Math.floor(options.threads));
  const limit = threads * IN_FLIGHT_PER_THREAD;
  if (threads === 1) {
    const pipeline = createPipeline(options.pipeline);
    const form = SHAPES[options.shape] as (doc: Awaited<ReturnType<typeof pipeline.process>>, raw: RawDocument, versions: RecordVersions) => Shapes[S];
    return {
      issues: async () => pipeline.issues,
      code: (docs) => inOrder(docs, async (raw) => form(await pipeline.process(raw), raw, pipeline.versions), limit),
      close: async () => undefined,
    };
  }
  const piscina = new Piscina({
    filename: WORKER,
    minThreads: threads,
    maxThreads: threads,
    // the pool never queues more than `limit`: the ordered runner holds the rest back
    maxQueue: limit,
    workerData: { pipeline: options.pipeline, shape: options.shape },
  });
  return {
    // every worker loads the same knowledge base and finds the same problems: one asks
    issues: () => piscina.run(null, { name: 'issues' }) as Promise<readonly Issue[]>,
    code: (docs) => inOrder(docs, (raw) => piscina.run(raw) as Promise<Shapes[S]>, limit),
    close: () => piscina.destroy(),
  };
}
