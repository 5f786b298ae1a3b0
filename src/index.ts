// The typed library: the same pipeline the command line runs.
export type * from './types.js';
export { createPipeline, type Pipeline, type PipelineOptions, type Stage } from './pipeline.js';
export { codeText, type CodeTextOptions } from './code-text.js';
export { readSources, type SourceOptions } from './input/sources.js';
export { toRecord } from './output/record.js';
export type * from './output/record-types.js';
