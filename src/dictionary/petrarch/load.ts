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
  const files = dictionaryFiles(paths).filter((file) => kindOfFile(basename(file)) !== null);
  const cacheDir = options.cacheDir === undefined ? join(process.cwd(), '.cache', 'dictionaries') : options.cacheDir;
  // the key names each file with its size and modification time, so a warm start reads no source
  const key = cacheKey(files.map((file) => {
    const st = statSync(file);
    return { file, content: `${st.size}:${st.mtimeMs}` };
  }));
  if (cacheDir) {
    const cached = readCache(cacheDir, key);
    if (cached) return { dictionaries: openDictionaries(cached), fromCache: true, files };
  }
  const sources: DictionaryFile[] = files.map((file) => ({ file, kind: kindOfFile(basename(file))!, content: readFileSync(file, 'utf8') }));
  const data = compilePetrarchData(sources);
  if (cacheDir) writeCache(cacheDir, key, data);
  return { dictionaries: openDictionaries(data), fromCache: false, files };
}
