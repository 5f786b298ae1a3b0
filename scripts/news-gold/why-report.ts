// The --why report of score:news: the causes of missed gold events as a histogram, with the gold roots
// each cause holds and how many of its sentences are reported speech; --show-text adds the sentences.
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { defaultKbDir } from '../../src/kb/paths.js';
import { createPipeline } from '../../src/pipeline.js';
import type { GoldEvent } from './documents.js';
import { rootOf } from './match.js';
import { CAUSES, explain, triggerRoots, type Cause } from './why.js';

export interface WhyDocument {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly missed: readonly GoldEvent[];
}

const slot = (codes: readonly string[] | null): string => (codes ? codes.join('|') : '-');

export async function printWhy(docs: readonly WhyDocument[], showText: boolean, kb: readonly string[]): Promise<void> {
  const pipeline = createPipeline({ kb });
  const roots = triggerRoots(loadKnowledgeBase(defaultKbDir(), { extra: kb }).kb);
  const rows = new Map<Cause, { n: number; quoted: number; roots: Map<string, number>; lines: string[] }>();
  for (const d of docs) {
    const doc = await pipeline.process({ id: d.id, origin: d.id, text: d.text, ...(d.date ? { date: d.date } : {}), verbatim: true });
    if (doc.error) throw new Error(`${d.id}: the pipeline failed: ${doc.error.message}`);
    explain(doc, d.missed, roots).forEach((w, i) => {
      const g = d.missed[i]!;
      const row = rows.get(w.cause) ?? rows.set(w.cause, { n: 0, quoted: 0, roots: new Map(), lines: [] }).get(w.cause)!;
      row.n++;
      if (w.quoted) row.quoted++;
      const r = rootOf(g.code);
      row.roots.set(r, (row.roots.get(r) ?? 0) + 1);
      const head = `${d.id} [${w.sentence.start},${w.sentence.end}) ${g.code} ${slot(g.source)} -> ${slot(g.target)} on "${d.text.slice(g.start, g.end)}"${w.quoted ? ' (quoted)' : ''}`;
      row.lines.push(showText ? `${head}\n        ${d.text.slice(w.sentence.start, w.sentence.end).replace(/\s+/g, ' ')}` : head);
    });
  }
  const total = [...rows.values()].reduce((a, r) => a + r.n, 0);
  console.log(`\nwhy gold events were missed (${total} with no system event left in their sentence):`);
  for (const cause of CAUSES) {
    const row = rows.get(cause);
    if (!row) continue;
    const byRoot = [...row.roots]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r}:${n}`)
      .join(' ');
    console.log(`  ${String(row.n).padStart(4)}  ${cause}  [quoted ${row.quoted}; roots ${byRoot}]`);
  }
  if (!showText) return;
  for (const cause of CAUSES) {
    const row = rows.get(cause);
    if (!row) continue;
    console.log(`\n  ${cause}:`);
    for (const line of row.lines) console.log(`    ${line}`);
  }
}
