// The built knowledge base cached on disk, so that a process loads it in a fraction of the time
// that parsing some 60,000 lines takes. The cache is keyed on a hash of every file of the kb folder,
// of the loader's own modules and of the V8 version (the serialisation format); a key that differs,
// a file that does not deserialise or that lacks the expected shape means building afresh. It is
// written atomically (a temporary file renamed into place) and a folder that cannot be written only
// means no cache: loading never fails because of it.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { compact, expand, type CompactResult } from './compact.js';
import type { LoadResult } from './types.js';
import { foldersDigest } from '../versions.js';

/** Raised when the layout of the cached value changes. */
const CACHE_FORMAT = 2;

export interface CacheOptions {
  /** foldersDigest([dir]) (versions.ts) when the caller has it already: the folder is then not read twice. */
  readonly digest?: string;
  /**
   * False: build without the cache. A string: the cache folder. Default: $DYAD_CACHE_DIR, else
   * $XDG_CACHE_HOME/dyad, else node_modules/.cache/dyad in the package.
   */
  readonly cache?: boolean | string;
}

interface Cached {
  readonly format: number;
  readonly key: string;
  readonly result: CompactResult;
}

const here = dirname(fileURLToPath(import.meta.url));

export function defaultCacheDir(): string {
  if (process.env['DYAD_CACHE_DIR']) return process.env['DYAD_CACHE_DIR'];
  if (process.env['XDG_CACHE_HOME']) return join(process.env['XDG_CACHE_HOME'], 'dyad');
  return join(here, '..', '..', 'node_modules', '.cache', 'dyad');
}

export function cachedBuild(dir: string, build: (dir: string) => LoadResult, options: CacheOptions): LoadResult {
  if (options.cache === false) return build(dir);
  const folder = typeof options.cache === 'string' ? options.cache : defaultCacheDir();
  const key = contentKey(dir, options.digest);
  const file = cacheFile(folder, dir, key);
  const hit = readCache(file, key);
  if (hit !== null) return hit;
  const result = build(dir);
  writeCache(file, dir, { format: CACHE_FORMAT, key, result: compact(result) });
  return result;
}

/**
 * One cache file per kb folder and key: a test's fixture folder does not evict the built-in one, and
 * two versions of the loader at work on one folder (src/ and dist/) do not overwrite each other's.
 */
export function cacheFile(folder: string, dir: string, key: string): string {
  return join(folder, `${folderPrefix(dir)}${key.slice(0, 16)}.v8`);
}

/** Per kb folder and per loader (src/ under tsx, dist/): evicting stale keys must not evict the other's. */
const folderPrefix = (dir: string): string => `kb-${createHash('sha256').update(`${here}\n${dir}`).digest('hex').slice(0, 12)}-`;

/** Hash of every file under `dir` (path and content: foldersDigest), the loader's modules and the V8 version. */
export function contentKey(dir: string, digest = foldersDigest([dir])): string {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT} v8 ${process.versions.v8}\n`);
  for (const f of filesUnder(here).filter((f) => /\.(?:ts|js)$/.test(f))) hash.update(`module ${relative(here, f)}\n`).update(readFileSync(f));
  return hash.update(`\nfolder ${digest}\n`).digest('hex');
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function readCache(file: string, key: string): LoadResult | null {
  let value: unknown;
  try {
    value = deserialize(readFileSync(file));
  } catch {
    return null; // missing or unreadable: build afresh
  }
  const c = value as Partial<Cached> | null;
  if (c === null || typeof c !== 'object' || c.format !== CACHE_FORMAT || c.key !== key) return null;
  const r = c.result;
  const valid = r !== undefined && Array.isArray(r.strings) && Array.isArray(r.issues) && Array.isArray(r.warnings) && Array.isArray(r.rest?.patterns) && r.aliases?.columns?.['text'] instanceof Uint32Array;
  if (!valid) return null;
  try {
    return expand(r);
  } catch {
    return null; // a cache of the right format but cut short: build afresh
  }
}

function writeCache(file: string, dir: string, value: Cached): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, file);
    // older caches of the same folder: a few MB each, never read again once their files changed
    const prefix = folderPrefix(dir);
    const keep = basename(file);
    for (const f of readdirSync(dirname(file))) if (f.startsWith(prefix) && f.endsWith('.v8') && f !== keep) rmSync(join(dirname(file), f), { force: true });
  } catch {
    // a read-only or full disk only costs the next load its speed
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written
    }
  }
}
