import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built-in knowledge base's folder: $DYAD_KB_DIR when set (to compare two versions of the data
 * through the same code), else <repo>/kb, two folders up from this module both as src/kb/*.ts and
 * as dist/kb/*.js.
 */
export function defaultKbDir(): string {
  const override = process.env['DYAD_KB_DIR'];
  if (override) return resolve(override);
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'kb');
}
