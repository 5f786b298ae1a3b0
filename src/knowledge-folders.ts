// The folders a user names for their own knowledge, checked before anything is loaded: a folder that
// holds nothing dyad can read is refused with a message, rather than coding as if it were empty.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryProblem } from './dictionary/petrarch/files.js';

const isDir = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();
const hasFiles = (dir: string, ext: string) => isDir(dir) && readdirSync(dir).some((f) => f.endsWith(ext));

/** Why `dir` is no knowledge-base folder (the kb/ layout), or null when it is one. */
export function kbFolderProblem(dir: string): string | null {
  if (!isDir(dir)) return `${dir}: no such directory`;
  const found = hasFiles(join(dir, 'actors'), '.tsv') || hasFiles(join(dir, 'people'), '.txt') || hasFiles(join(dir, 'verbs'), '.txt') || existsSync(join(dir, 'roles.tsv')) || existsSync(join(dir, 'discards.txt'));
  return found ? null : `${dir} holds no knowledge-base files (actors/*.tsv, people/*.txt, verbs/NN-<root>.txt, roles.tsv, discards.txt; see kb/README.md)`;
}

/** Why `dir` is no PETRARCH dictionary folder, or null when it is one. */
export function dictionaryFolderProblem(dir: string): string | null {
  return isDir(dir) ? dictionaryProblem(dir) : `${dir}: no such directory`;
}

/** The user's folders as given: a problem with any of them is an error of the caller's. */
export function checkKnowledgeFolders(options: { readonly kb?: readonly string[]; readonly dictionaries?: string; readonly dictionariesMode?: 'add' | 'replace' }): string | null {
  for (const dir of options.kb ?? []) {
    const problem = kbFolderProblem(dir);
    if (problem) return `--kb ${problem}`;
  }
  if (options.dictionaries) {
    const problem = dictionaryFolderProblem(options.dictionaries);
    if (problem) return `--dictionaries ${problem}`;
  }
  if (options.kb?.length && options.dictionaries && options.dictionariesMode !== 'add') {
    return '--kb adds to the built-in knowledge base, which --dictionaries replaces; add --dictionaries-mode add to use both';
  }
  return null;
}
