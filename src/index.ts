// The typed library: the same pipeline the command line runs.
export type * from './types.js';
export { processDocument, STAGES, type Stage } from './pipeline.js';
export { readSources } from './input/sources.js';
export { toRecord } from './output/record.js';
