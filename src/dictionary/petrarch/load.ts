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

/** A dictionary folder or file that cannot be used: the run is refused with this message. */
export class DictionaryError extends Error {}

/** Files of a folder (or the given files) that look like PETRARCH dictionaries, in name order. */
export function dictionaryFiles(paths: string | readonly string[]): string[] {
  const list = typeof paths === 'string' ? [paths] : paths;
  const out: string[] = [];
  for (const p of list) {
    const full = resolve(p);
    let st;
    try {
      st = statSync(full);
    } catch {
      throw new DictionaryError(`${p}: no such dictionary file or folder`);
    }
    if (st.isDirectory()) {
      let names;
      try {
        names = readdirSync(full).sort();
      } catch (err) {
        throw new DictionaryError(`${p}: the folder cannot be read (${err instanceof Error ? err.message : String(err)})`);
      }
      for (const name of names) if (/\.txt$/i.test(name) && kindOfFile(name)) out.push(join(full, name));
    } else out.push(full);
  }
  for (const file of out) {
    // a FIFO or a device among the files would hang the load or never end it
    if (!statSync(file).isFile()) throw new DictionaryError(`${file}: not a regular file`);
  }
  return out;
}

/** Why a dictionary folder cannot be used before anything is read from it, else null. */
export function dictionaryProblem(paths: string | readonly string[]): string | null {
  try {
    const files = dictionaryFiles(paths).filter((file) => kindOfFile(basename(file)) !== null);
    if (files.length === 0) return `${String(paths)}: no PETRARCH dictionary files (*.actors.txt, *.agents.txt, *.verbs.txt, CAMEO.*.txt, *.discards.txt)`;
    return null;
  } catch (err) {
    if (err instanceof DictionaryError) return err.message;
    throw err;
  }
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
