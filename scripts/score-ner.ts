// Scores recognize() on CoNLL-2003 English testa the way the yardstick (eval/ner-conll.mjs) scores the
// CLI: PER / LOC / ORG exact spans, GPE and LOC both count as LOC, predicted spans lightly trimmed
// (leading quotes/brackets/dashes, trailing possessive or punctuation, kept on CoNLL token boundaries).
// usage: node --import tsx scripts/score-ner.ts [--split testa|train|FILE] [--model FILE] [--top N]
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/language/analyze.js';
import { effectiveGazetteer, loadNerModel, recognize } from '../src/ner/recognize.js';
import { readWeights } from '../src/ner/weights.js';
import type { EntityType } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const { values: o } = parseArgs({
  options: { split: { type: 'string', default: 'testa' }, model: { type: 'string' }, top: { type: 'string', default: '15' } },
});
const file = ['testa', 'train'].includes(o.split!) ? resolve(SHARED, `data/conll2003/eng.${o.split}`) : resolve(o.split!);

interface ConllDoc {
  id: string;
  text: string;
  tokens: { start: number; end: number }[];
  gold: { type: string; start: number; end: number }[];
}
type ReadConll = (file: string, prefix: string) => ConllDoc[];
const { readConll } = (await import(pathToFileURL(resolve(SHARED, 'eval/lib/conll.mjs')).href)) as { readConll: ReadConll };

const TYPES = ['PER', 'LOC', 'ORG'] as const;
const SCORED: Partial<Record<EntityType, (typeof TYPES)[number]>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };
const LEADING = new Set([...' \t\n"\'“‘([{-–—']);
const TRAILING = new Set([...' \t\n"\'”’)]},.;:!?-–—']);

/** Cuts leading marks and trailing punctuation or possessives, keeping the cut on CoNLL token edges. */
function trim(doc: ConllDoc, starts: Set<number>, ends: Set<number>, start: number, end: number): [number, number] {
  const startChoices = [start];
  for (let s = start; s < end - 1 && LEADING.has(doc.text[s]!);) startChoices.push(++s);
  const s0 = startChoices[startChoices.length - 1]!;
  const endChoices = [end];
  for (let e = end; e > s0;) {
    const piece = doc.text.slice(s0, e);
    const cut = /['’][sS]$/.test(piece) ? 2 : TRAILING.has(piece[piece.length - 1]!) ? 1 : 0;
    if (!cut || e - cut <= s0) break;
    if (piece.endsWith(')') && piece.includes('(')) break;
    endChoices.push((e -= cut));
  }
  const s = [...startChoices].reverse().find((x) => starts.has(x)) ?? start;
  const e = [...endChoices].reverse().find((x) => x > s && ends.has(x)) ?? end;
  return [s, e];
}

const loadStart = performance.now();
const model = o.model ? readWeights(o.model) : loadNerModel();
const loadMs = performance.now() - loadStart;
const docs = readConll(file, 'score');
effectiveGazetteer(); // built once per process; not part of the per-document cost
const gazetteerMs = performance.now() - loadStart - loadMs;
const counts = Object.fromEntries([...TYPES, 'micro'].map((t) => [t, { gold: 0, pred: 0, tp: 0 }]));
const missed = new Map<string, number>(),
  spurious = new Map<string, number>(),
  confused = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const byRule = new Map<string, { pred: number; tp: number }>();
let tokenCount = 0,
  nerMs = 0,
  analyzeMs = 0;
for (const doc of docs) {
  const t0 = performance.now();
  const analysis = analyze(doc.text);
  const t1 = performance.now();
  const entities = recognize(doc.text, analysis, model);
  nerMs += performance.now() - t1;
  analyzeMs += t1 - t0;
  tokenCount += analysis.tokens.length;
  const starts = new Set(doc.tokens.map((t) => t.start)),
    ends = new Set(doc.tokens.map((t) => t.end));
  const goldByKey = new Map(doc.gold.map((g) => [`${g.start}:${g.end}`, g.type]));
  for (const type of TYPES) {
    const gold = new Set(doc.gold.filter((g) => g.type === type).map((g) => `${g.start}:${g.end}`));
    const predicted = entities.filter((e) => SCORED[e.type] === type).map((e) => ({ key: trim(doc, starts, ends, e.start, e.end).join(':'), rule: e.rule }));
    const pred = new Set(predicted.map((p) => p.key));
    for (const { key, rule } of predicted) {
      const r = byRule.get(rule) ?? { pred: 0, tp: 0 };
      byRule.set(rule, r);
      r.pred++;
      if (gold.has(key)) r.tp++;
    }
    const c = counts[type]!;
    c.gold += gold.size;
    c.pred += pred.size;
    const span = (k: string) => doc.text.slice(...(k.split(':').map(Number) as [number, number]));
    for (const k of pred) {
      if (gold.has(k)) c.tp++;
      else if (goldByKey.has(k)) bump(confused, `${span(k)} ${goldByKey.get(k)}->${type}`);
      else bump(spurious, `${span(k)}/${type}`);
    }
    for (const k of gold) if (!pred.has(k)) bump(missed, `${span(k)}/${type}`);
  }
}
const micro = counts.micro!;
for (const t of TYPES) for (const k of ['gold', 'pred', 'tp'] as const) micro[k] += counts[t]![k];
const prf = (c: { gold: number; pred: number; tp: number }) => {
  const p = c.pred ? c.tp / c.pred : 0,
    r = c.gold ? c.tp / c.gold : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
console.log(`score-ner ${o.split}: ${docs.length} documents, ${tokenCount} tokens`);
console.log('type   gold  pred    tp      P      R     F1');
for (const t of [...TYPES, 'micro']) {
  const c = counts[t]!;
  console.log(
    `${t.padEnd(5)} ${[c.gold, c.pred, c.tp].map((n) => String(n).padStart(5)).join(' ')} ${prf(c)
      .map((x) => x.toFixed(3).padStart(6))
      .join(' ')}`,
  );
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(o.top))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
console.log(`by rule: ${[...byRule].map(([rule, r]) => `${rule} ${r.tp}/${r.pred}`).join(', ')}`);
console.log(`most missed: ${top(missed)}`);
console.log(`most spurious: ${top(spurious)}`);
console.log(`wrong type: ${top(confused)}`);
console.log(`recognize: ${Math.round(tokenCount / (nerMs / 1000))} tokens/s (${nerMs.toFixed(0)} ms); ` + `analyze: ${Math.round(tokenCount / (analyzeMs / 1000))} tokens/s (${analyzeMs.toFixed(0)} ms)`);
console.log(`loading: weights ${loadMs.toFixed(0)} ms, gazetteer (with the knowledge base) ${gazetteerMs.toFixed(0)} ms`);
