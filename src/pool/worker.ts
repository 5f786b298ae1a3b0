// One coder thread: its own pipeline, loaded once, shaping each document as the pool asked.
import './regexp-tier-up.js';
import { setFlagsFromString } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions } from '../pipeline.js';
import type { RecordVersions } from '../output/record-types.js';
import type { Issue } from '../types.js';
import { shaper, type ShapeName } from './shapes.js';
import { markStart, startSlots, type CodeTask } from './start-slots.js';
import { threadId } from './thread-clock.js';

// V8 lets a heap with a limit as high as a thread's memory budget grow to four times what it holds
// before it collects the old generation: 80 MB live made a 250 MB heap per thread. Half as much again
// costs no measurable CPU (600 PolNeAR documents: peak RSS 435 -> 322 MB, the same CPU time).
setFlagsFromString('--heap-growing-percent=50');

const { pipeline: options, shape, slots: buffer } = workerData as { pipeline: PipelineOptions; shape: ShapeName; slots: SharedArrayBuffer };
const pipeline = loadedWithSmallYoungGeneration(() => createPipeline(options));
const form = await shaper(shape);
const slots = startSlots(buffer);
const tid = threadId();

export default async function code(task: CodeTask): Promise<unknown> {
  if (task.slot !== undefined) markStart(slots, task.slot, tid);
  return form(await pipeline.process(task.raw), task.raw, pipeline.versions, task.identity);
}

/** The dyad and knowledge versions this thread codes with. */
export function versions(): RecordVersions {
  return pipeline.versions;
}

/** What the pipeline found wrong in the knowledge base or dictionaries while loading them. */
export function issues(): readonly Issue[] {
  return pipeline.issues;
}

/**
 * Loading builds ~80 MB that live as long as the thread. V8 doubles the young generation while most
 * of what it allocates survives, up to 16 MB a half, and each scavenge then copies megabytes of
 * survivors before promoting them. Kept at its first size while loading, the young generation
 * promotes them after a megabyte; the growth V8 uses by default (2) comes back for the documents,
 * whose garbage dies young.
 */
function loadedWithSmallYoungGeneration<T>(load: () => T): T {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return load();
  } finally {
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}
