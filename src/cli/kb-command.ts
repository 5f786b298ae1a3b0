// `dyad kb check`: load the knowledge base, print counts and every problem found. Exit 1 when the
// base has problems, so CI can hold it clean. `--dir` checks another folder in the kb/ layout or a
// folder of PETRARCH dictionaries; `--kb` checks the user's folders as read on top of the built-in base.
import { dictionaryFiles, loadPetrarchDictionaries } from '../dictionary/petrarch/load.js';
import { kbFolderProblem } from '../knowledge-folders.js';
import { checkKnowledgeBase, defaultKbDir, formatKbReport, hasProblems, loadKnowledgeBase } from '../kb/index.js';
import type { Issue } from '../types.js';
import type { Io } from './io.js';

export function runKbCheck(io: Io, dir?: string, user: readonly string[] = []): number {
  for (const folder of user) {
    const problem = kbFolderProblem(folder);
    if (problem) {
      io.stderr.write(`dyad: --kb ${problem}\n`);
      return 2;
    }
  }
  if (dir && dictionaryFiles(dir).length) return checkDictionaries(io, dir);
  const started = performance.now();
  const { kb, issues, warnings } = loadKnowledgeBase(dir ?? defaultKbDir(), { extra: user });
  const ms = performance.now() - started;
  const report = checkKnowledgeBase(kb, issues, warnings);
  const also = user.length ? ` with ${user.join(', ')}` : '';
  io.stdout.write(`${formatKbReport(report)}\nloaded ${kb.dir}${also} in ${ms.toFixed(0)} ms\n`);
  return hasProblems(report) ? 1 : 0;
}

const where = (i: Issue) => (i.file === undefined ? '' : `${i.file}:${i.line ?? 0}: `);

/** A PETRARCH folder: what it holds, then every problem, each with its file and line. */
function checkDictionaries(io: Io, dir: string): number {
  const { dictionaries, files } = loadPetrarchDictionaries(dir, { cacheDir: null });
  const rows = (table: string) => (table ? table.split('\n').length : 0);
  const { data } = dictionaries;
  const out = [
    `PETRARCH dictionaries in ${dir}: ${files.length} files`,
    `  actor phrases     ${rows(data.actors)}`,
    `  agent phrases     ${rows(data.agents)}`,
    `  verb forms        ${rows(data.verbs.forms)}`,
    `  discard phrases   ${rows(data.discards)}`,
    '',
    `problems: ${dictionaries.issues.length}`,
    ...dictionaries.issues.map((i) => `  ${where(i)}${i.message} [${i.code}]`),
    '',
    dictionaries.issues.length ? `${dictionaries.issues.length} problem(s) found` : 'OK: no problems found',
  ];
  io.stdout.write(`${out.join('\n')}\n`);
  return dictionaries.issues.length ? 1 : 0;
}
