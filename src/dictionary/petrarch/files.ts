// Which files of a folder are PETRARCH dictionaries, and why a folder cannot be used: what the command
// line checks before anything is loaded. Apart from the loader and compiler (load.ts, compile.ts), so
// that checking the options of a run does not load them in a thread that never reads a dictionary.
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards';

/** What a file holds, from its name as PETRARCH names them (`*.actors.txt`, `CAMEO.*.txt` ...). */
const KIND_BY_NAME: readonly [RegExp, DictionaryKind][] = [
  [/agent/i, 'agents'],
  [/discard/i, 'discards'],
  [/actor/i, 'actors'],
  [/verb|cameo/i, 'verbs'],
];

export function kindOfFile(name: string): DictionaryKind | null {
  for (const [re, kind] of KIND_BY_NAME) if (re.test(name)) return kind;
  return null;
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
