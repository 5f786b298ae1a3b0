// Scores extractQuotes on PolNeAR the way ../shared/eval/quotes-polnear.mjs scores the CLI, calling the
// library directly (analyze, no mentions), and prints samples of the errors by kind.
//   node --import tsx scripts/score-quotes.ts [--split train|dev] [--samples N] [--show fp,fn,source] [--rules]
// Tune on train; dev is for measuring. Nothing from the corpus is written anywhere.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/language/analyze.js';
import { extractQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/types.js';

type Pieces = [number, number][];
interface Attribution {
  content: Pieces | null;
  source: Pieces | null;
  cue: Pieces | null;
}
interface Article {
  id: string;
  text: string;
  attributions: Attribution[];
}

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../shared');
const polnearLib = resolve(SHARED, 'eval/lib/polnear.mjs');
const { readPolnear } = (await import(polnearLib)) as { readPolnear: (dir: string) => Article[] };

const { values: o } = parseArgs({
  options: {
    split: { type: 'string', default: 'train' },
    samples: { type: 'string', default: '0' },
    show: { type: 'string', default: 'fp,fn,source' },
    rules: { type: 'boolean', default: false },
    cues: { type: 'boolean', default: false },
    limit: { type: 'string' },
  },
});
const articles = readPolnear(resolve(SHARED, 'data/polnear', o.split!)).slice(0, o.limit ? Number(o.limit) : undefined);

const overlap = ([s, e]: [number, number], pieces: Pieces): number => pieces.reduce((n, [a, b]) => n + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0);
const length = (pieces: Pieces): number => pieces.reduce((n, [a, b]) => n + b - a, 0);
const extent = (pieces: Pieces): [number, number] => [Math.min(...pieces.map((p) => p[0])), Math.max(...pieces.map((p) => p[1]))];
const QUOTE_MARK = /["“”]/;

const n = { gold: 0, pred: 0, matched: 0, speakerOverlaps: 0, speakerExact: 0, goldQuoted: 0, quotedMatched: 0 };
const byRule = new Map<string, { pred: number; matched: number; exact: number }>();
const sourceKinds = new Map<string, number>();
const byCue = new Map<string, { pred: number; matched: number; exact: number }>();
const samples: Record<string, string[]> = { fp: [], fn: [], source: [] };
const clip = (s: string, k = 160): string => (s.length > k ? `${s.slice(0, k)}…` : s).replace(/\s+/g, ' ');

for (const a of articles) {
  const { sentences, tokens } = analyze(a.text);
  const quotes: Quote[] = extractQuotes({ text: a.text, sentences, tokens, mentions: [] });
  const gold = a.attributions.filter((x): x is Attribution & { content: Pieces; source: Pieces } => x.content !== null && x.source !== null);
  const pred = quotes.map((q) => ({ q, content: [q.start, q.end] as [number, number], speaker: q.speaker ? ([q.speaker.start, q.speaker.end] as [number, number]) : null }));
  const pairs: [number, number, number][] = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const ov = overlap(p.content, g.content),
        pl = p.content[1] - p.content[0],
        gl = length(g.content);
      if (ov > 0 && ov >= 0.5 * Math.min(pl, gl)) pairs.push([ov / (pl + gl - ov), i, j]);
    }),
  );
  const usedP = new Map<number, number>(),
    usedG = new Set<number>();
  for (const [, i, j] of pairs.sort((x, y) => y[0] - x[0])) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.set(i, j);
    usedG.add(j);
  }
  n.gold += gold.length;
  n.pred += pred.length;
  n.matched += usedG.size;
  pred.forEach((p, i) => {
    const rule = p.q.provenance.rule;
    const r = byRule.get(rule) ?? { pred: 0, matched: 0, exact: 0 };
    byRule.set(rule, r);
    const rc = byCue.get(p.q.cue) ?? { pred: 0, matched: 0, exact: 0 };
    byCue.set(p.q.cue, rc);
    r.pred++;
    rc.pred++;
    const j = usedP.get(i);
    if (j === undefined) {
      samples.fp!.push(`[${rule} ${p.q.cue}] ${p.q.speaker ? `{${p.q.speaker.text}} ` : ''}${clip(p.q.text)}`);
      return;
    }
    r.matched++;
    rc.matched++;
    const source = gold[j]!.source;
    if (p.speaker && overlap(p.speaker, source) > 0) n.speakerOverlaps++;
    if (p.speaker && p.speaker.join(':') === extent(source).join(':')) {
      n.speakerExact++;
      r.exact++;
      rc.exact++;
    } else {
      const g = extent(source);
      const ours = p.speaker;
      const kind = !ours
        ? 'no speaker'
        : ours[0] === g[0] && Math.abs(ours[1] - g[1]) <= 1 && /^[,\s]*$/.test(a.text.slice(Math.min(ours[1], g[1]), Math.max(ours[1], g[1])))
          ? 'trailing comma or space'
          : ours[0] >= g[0] && ours[1] <= g[1]
            ? 'ours inside gold (too short)'
            : ours[0] <= g[0] && ours[1] >= g[1]
              ? 'gold inside ours (too long)'
              : overlap(ours, [g]) > 0
                ? 'crossing'
                : 'disjoint';
      sourceKinds.set(kind, (sourceKinds.get(kind) ?? 0) + 1);
      samples.source!.push(`(${kind}) ` + `[${rule}] gold {${a.text.slice(g[0], g[1])}} ours {${p.q.speaker?.text ?? '-'}} | ${clip(a.text.slice(Math.min(g[0], p.q.start) - 10, Math.max(g[1], p.q.start) + 40), 200)}`);
    }
  });
  gold.forEach((g, j) => {
    const text = g.content.map(([s, e]) => a.text.slice(s, e)).join(' ');
    const quoted = QUOTE_MARK.test(text);
    if (quoted) n.goldQuoted++;
    if (usedG.has(j)) {
      if (quoted) n.quotedMatched++;
      return;
    }
    const cue = (g.cue ?? []).map(([s, e]) => a.text.slice(s, e)).join(' ');
    const s = extent(g.source);
    samples.fn!.push(`{${a.text.slice(s[0], s[1])}} <${cue}> ${clip(text)}`);
  });
}

const prf = (tp: number, pred: number, gold: number): { p: number; r: number; f1: number } => {
  const p = pred ? tp / pred : 0,
    r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const content = prf(n.matched, n.pred, n.gold),
  source = prf(n.speakerExact, n.pred, n.gold);
const f = (x: number): string => x.toFixed(3);
console.log(`score-quotes ${o.split}: ${articles.length} articles, gold ${n.gold} (${n.goldQuoted} quoted), predicted ${n.pred}`);
console.log(`content: matched ${n.matched}, P ${f(content.p)} R ${f(content.r)} F1 ${f(content.f1)}; recall on quoted ${f(n.goldQuoted ? n.quotedMatched / n.goldQuoted : 0)}`);
console.log(`source: overlaps ${n.speakerOverlaps}, exact ${n.speakerExact} of ${n.matched}; exact P ${f(source.p)} R ${f(source.r)} F1 ${f(source.f1)}`);
console.log(
  `source errors by kind: ${[...sourceKinds]
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
if (o.rules) {
  for (const [rule, r] of [...byRule].sort((x, y) => y[1].pred - x[1].pred)) {
    console.log(`  ${rule.padEnd(30)} pred ${String(r.pred).padStart(5)}  P ${f(r.matched / r.pred)}  exact-source ${f(r.matched ? r.exact / r.matched : 0)}`);
  }
}
if (o.cues) {
  for (const [cue, r] of [...byCue].sort((x, y) => y[1].pred - x[1].pred)) {
    console.log(`  cue ${cue.padEnd(18)} pred ${String(r.pred).padStart(5)}  P ${f(r.matched / r.pred)}  exact-source ${f(r.matched ? r.exact / r.matched : 0)}`);
  }
}
const k = Number(o.samples);
if (k > 0) {
  for (const kind of o.show!.split(',')) {
    const list = samples[kind] ?? [];
    const step = Math.max(1, Math.floor(list.length / k));
    console.log(`\n== ${kind}: ${list.length}`);
    for (let i = 0; i < list.length && i / step < k; i += step) console.log(list[i]);
  }
}
