// Loading a PETRARCH dictionary folder (or a list of files) from disk, through the compiled cache.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { cacheKey, readCache, writeCache } from '../cache.js';
import type { CompiledDictionaries } from '../model.js';
import { openDictionaries } from '../rows.js';
import { compilePetrarchData, type DictionaryFile, kindOfFile } from './compile.js';

export interface LoadOptions {
  /** Where compiled sets are kept; null turns the cache off. Default: `.cache/dictionaries` under the working directory. */
  readonly cacheDir?: string | null;
}

export interface LoadResult {
  readonly dictionaries: CompiledDictionaries;
  readonly fromCache: boolean;
  readonly files: readonly string[];
}

/** Files of a folder (or the given files) that look like PETRARCH dictionaries, in name order. */
export function dictionaryFiles(paths: string | readonly string[]): string[] {
  const list = typeof paths === 'string' ? [paths] : paths;
  const out: string[] = [];
  for (const p of list) {
    const full = resolve(p);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (/\.txt$/i.test(name) && kindOfFile(name)) out.push(join(full, name));
    } else out.push(full);
  }
  return out;
}

export function loadPetrarchDictionaries(paths: string | readonly string[], options: LoadOptions = {}): LoadResult {
  const files = dictionaryFiles(paths);
  const sources: DictionaryFile[] = [];
  for (const file of files) {
    const kind = kindOfFile(basename(file));
    if (kind) sources.push({ file, kind, content: readFileSync(file, 'utf8') });
  }
  const cacheDir = options.cacheDir === undefined ? join(process.cwd(), '.cache', 'dictionaries') : options.cacheDir;
  const key = cacheKey(sources);
  if (cacheDir) {
    const cached = readCache(cacheDir, key);
    if (cached) return { dictionaries: openDictionaries(cached), fromCache: true, files };
  }
  const data = compilePetrarchData(sources);
  if (cacheDir) writeCache(cacheDir, key, data);
  return { dictionaries: openDictionaries(data), fromCache: false, files };
}
