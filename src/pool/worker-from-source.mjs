// The coder thread when dyad runs from its TypeScript source (tests, `node --import tsx`): a worker
// thread does not inherit tsx's module hooks, so the pipeline's own dynamic imports (the web-page
// extractor, loaded on the first page) would not resolve there. This registers them first. The
// built package runs worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
export const issues = worker.issues;
export const versions = worker.versions;
