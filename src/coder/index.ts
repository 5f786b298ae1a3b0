// The event coder's public face.
export { codeDocument, type CoderInput } from './code.js';
export type { CodeTable } from './code-table.js';
export { COMMA_DEFAULTS } from './clauses.js';
