// Compiled dictionaries on disk: v8-serialised, keyed by a hash of the compiler's own source and of
// every dictionary file's content (not its size and time: an edit that keeps both must not be served
// stale results), so a second start skips parsing. A cache file is checked for its shape before use;
// a damaged one is ignored and rewritten. Only the few most recently used sets are kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { DictionaryData } from './model.js';

/** Bump when the compiled model changes shape, so old cache files are not read. */
const MODEL_VERSION = 4;

/** Compiled sets kept in a cache folder: the ones in use, not every version ever compiled. */
export const CACHE_KEEP = 3;

/** The dictionary compiler's own files: a change to any of them is a new compiler. */
function compilerVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`dyad-dictionaries-v${MODEL_VERSION}\n`);
  for (const dir of [here, join(here, 'petrarch')]) {
    for (const name of readdirSync(dir).sort()) if (/\.(ts|js)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

let compiler: string | null = null;

/** Hash of the compiler and each part's name and content. */
export function cacheKey(parts: readonly { readonly file: string; readonly content: string }[]): string {
  compiler ??= compilerVersion();
  const hash = createHash('sha256').update(compiler);
  for (const p of parts) hash.update(`${p.file}\n${Buffer.byteLength(p.content)}\n`).update(p.content);
  return hash.digest('hex').slice(0, 32);
}

export function readCache(dir: string, key: string): DictionaryData | null {
  const path = join(dir, `${key}.bin`);
  try {
    const data = deserialize(readFileSync(path)) as unknown;
    if (!isDictionaryData(data)) return null;
    // kept as recently used when the folder is pruned
    const now = new Date();
    utimesSync(path, now, now);
    return data;
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
    prune(dir);
  } catch {
    // a read-only disk only costs the next start its speed
  }
}

/** Keeps the CACHE_KEEP most recently used sets and drops temporary files a killed run left behind. */
function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((name) => name.endsWith('.bin') || name.endsWith('.tmp'))
    .map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs }));
  const sets = entries.filter((e) => e.name.endsWith('.bin')).sort((a, b) => b.mtime - a.mtime);
  const stale = entries.filter((e) => e.name.endsWith('.tmp') && e.mtime < Date.now() - 3600_000);
  for (const e of [...sets.slice(CACHE_KEEP), ...stale]) {
    try {
      unlinkSync(join(dir, e.name));
    } catch {
      // another process may have pruned it first
    }
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): boolean => Array.isArray(x) && x.every(isString);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The shape DictionaryData has, checked field by field (a cache file may be damaged or foreign). */
function isDictionaryData(x: unknown): x is DictionaryData {
  if (!isObject(x) || !isStrings(x.files) || !Array.isArray(x.issues)) return false;
  if (![x.actors, x.actorBlocks, x.agents, x.discards].every(isString)) return false;
  const v = x.verbs;
  if (!isObject(v) || (v.mode !== 'surface' && v.mode !== 'lemma') || !isStrings(v.files) || !isStrings(v.patterns)) return false;
  if (![v.blocks, v.forms, v.lemmas].every(isString) || !isObject(v.sets) || !Array.isArray(v.transformations)) return false;
  return Object.values(v.sets).every((members) => Array.isArray(members) && members.every(isStrings));
}
