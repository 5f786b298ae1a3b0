import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** <repo>/kb: two folders up from this module both as src/kb/*.ts and as dist/kb/*.js. */
export function defaultKbDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'kb');
}
