// The built-in knowledge base: loading, checking and the CAMEO code look-ups.
export { buildKnowledgeBase, loadKnowledgeBase } from './load.js';
export { contentKey, defaultCacheDir, type CacheOptions } from './cache.js';
export { checkKnowledgeBase, type KbCounts, type KbReport } from './check.js';
export { formatKbReport, hasProblems } from './report.js';
export { cameoTable, makeCameoTable, PLOVER_TYPES, type CameoTable } from './cameo.js';
export { parsePattern } from './verbs.js';
export { defaultKbDir } from './paths.js';
export { aliasLookup, type AliasLookup } from './lookup.js';
export { parseDay, parseRange, overlaps, within } from './lines.js';
export type * from './types.js';
