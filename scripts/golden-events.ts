// Runs the golden event sentences (test/events/golden.tsv) through the whole pipeline and prints the
// passes per CAMEO root (positives and negatives apart), then one summary line.
//   node --import tsx scripts/golden-events.ts [--verbose]   (--verbose: what came out of each failure)
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/pipeline.js';
import { loadGolden, problems, showEvent } from '../test/events/golden.js';

const { values: o } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const pipeline = createPipeline();
const cases = loadGolden();
const tally = new Map<string, { pos: number; posOk: number; neg: number; negOk: number }>();
const failures: string[] = [];
const fixed: string[] = [];
for (const c of cases) {
  const doc = await pipeline.process({ id: `golden-${c.line}`, origin: 'golden', text: c.text, verbatim: true, date: c.date });
  const wrong = problems(doc.events, c.expected);
  const t = tally.get(c.root) ?? { pos: 0, posOk: 0, neg: 0, negOk: 0 };
  if (c.expected.length > 0) {
    t.pos++;
    if (wrong.length === 0) t.posOk++;
  } else {
    t.neg++;
    if (wrong.length === 0) t.negOk++;
  }
  tally.set(c.root, t);
  if (wrong.length === 0 && c.todo) fixed.push(`line ${c.line} passes now, drop its todo: ${c.text}`);
  if (wrong.length > 0) {
    const got = doc.events.map(showEvent).join(' ; ') || '-';
    failures.push(`line ${c.line} [${c.root}]${c.todo ? ' (todo)' : ''} ${c.text}\n    ${wrong.join('; ')}\n    got: ${got}`);
  }
}
let pass = 0;
for (const [root, t] of [...tally].sort()) {
  pass += t.posOk + t.negOk;
  console.log(`root ${root}: ${t.posOk}/${t.pos} events, ${t.negOk}/${t.neg} negatives`);
}
if (o.verbose) for (const f of failures) console.log(f);
for (const f of fixed) console.log(f);
const known = cases.filter((c) => c.todo).length;
console.log(`golden events: ${pass}/${cases.length} sentences pass (${known} known failures marked todo)`);
