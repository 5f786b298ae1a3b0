// One coder thread: its own pipeline, loaded once, shaping each document as the pool asked.
import { workerData } from 'node:worker_threads';
import { createPipeline, type PipelineOptions } from '../pipeline.js';
import type { Issue, RawDocument } from '../types.js';
import { SHAPES, type ShapeName } from './shapes.js';

const { pipeline: options, shape } = workerData as { pipeline: PipelineOptions; shape: ShapeName };
const pipeline = createPipeline(options);
const form = SHAPES[shape];

export default async function code(raw: RawDocument): Promise<unknown> {
  return form(await pipeline.process(raw), raw, pipeline.versions);
}

/** What the pipeline found wrong in the knowledge base or dictionaries while loading them. */
export function issues(): readonly Issue[] {
  return pipeline.issues;
}
