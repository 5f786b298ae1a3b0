// Compiled dictionaries on disk: v8-serialised, keyed by a hash of what identifies the sources (the
// loader gives path, size and modification time), so a second start skips parsing. A damaged cache
// file is ignored and rewritten.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DictionaryData } from './model.js';

/** Bump when the compiled model changes shape, so old cache files are not read. */
const MODEL_VERSION = 3;

/** Hash of the model version and each part's name and identifying text. */
export function cacheKey(parts: readonly { readonly file: string; readonly content: string }[]): string {
  const hash = createHash('sha1').update(`dyad-dictionaries-v${MODEL_VERSION}\n`);
  for (const p of parts) hash.update(`${p.file}\n${p.content.length}\n`).update(p.content);
  return hash.digest('hex').slice(0, 24);
}

export function readCache(dir: string, key: string): DictionaryData | null {
  try {
    return deserialize(readFileSync(join(dir, `${key}.bin`))) as DictionaryData;
  } catch {
    return null;
  }
}

export function writeCache(dir: string, key: string, data: DictionaryData): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, serialize(data));
    renameSync(tmp, join(dir, `${key}.bin`));
  } catch {
    // a read-only disk only costs the next start its speed
  }
}
