// `dyad kb check`: load the knowledge base, print counts and every problem found. Exit 1 when the
// base has problems, so CI can hold it clean.
import type { Io } from './io.js';
import { checkKnowledgeBase, formatKbReport, hasProblems, loadKnowledgeBase } from '../kb/index.js';

export function runKbCheck(io: Io, dir?: string): number {
  const started = performance.now();
  const { kb, issues, warnings } = dir ? loadKnowledgeBase(dir) : loadKnowledgeBase();
  const ms = performance.now() - started;
  const report = checkKnowledgeBase(kb, issues, warnings);
  io.stdout.write(`${formatKbReport(report)}\nloaded ${kb.dir} in ${ms.toFixed(0)} ms\n`);
  return hasProblems(report) ? 1 : 0;
}
