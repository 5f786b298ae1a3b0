// Loading a PETRARCH dictionary folder (or a list of files) from disk, through the compiled cache.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cacheKey, readCache, writeCache } from '../cache.js';
import type { CompiledDictionaries } from '../model.js';
import { openDictionaries } from '../rows.js';
import { compilePetrarchData, type DictionaryFile } from './compile.js';
import { DictionaryError, dictionaryFiles, dictionaryProblem, kindOfFile } from './files.js';
export { DictionaryError, dictionaryFiles, dictionaryProblem } from './files.js';

export interface LoadOptions {
  /** Where compiled sets are kept; null turns the cache off. Default: `.cache/dictionaries` under the working directory. */
  readonly cacheDir?: string | null;
}

export interface LoadResult {
  readonly dictionaries: CompiledDictionaries;
  readonly fromCache: boolean;
  readonly files: readonly string[];
}

export function loadPetrarchDictionaries(paths: string | readonly string[], options: LoadOptions = {}): LoadResult {
  const problem = dictionaryProblem(paths);
  if (problem) throw new DictionaryError(problem);
  const files = dictionaryFiles(paths).filter((file) => kindOfFile(basename(file)) !== null);
  const cacheDir = options.cacheDir === undefined ? join(process.cwd(), '.cache', 'dictionaries') : options.cacheDir;
  const sources: DictionaryFile[] = files.map((file) => ({ file, kind: kindOfFile(basename(file))!, content: readFileSync(file, 'utf8') }));
  const key = cacheKey(sources);
  if (cacheDir) {
    const cached = readCache(cacheDir, key);
    if (cached) return { dictionaries: openDictionaries(cached), fromCache: true, files };
  }
  const data = compilePetrarchData(sources);
  // verbs are what the coder codes with: a set without one codes nothing, silently
  if (!data.verbs.blocks) throw new DictionaryError(`${String(paths)}: the dictionaries hold no verb (a *.verbs.txt or CAMEO.*.txt with at least one verb block is needed)`);
  if (cacheDir) writeCache(cacheDir, key, data);
  return { dictionaries: openDictionaries(data), fromCache: false, files };
}
