// Scores extractHtml on the dev pages of the article-extraction benchmark with the benchmark's own metric,
// next to Readability.js on the same pages in the same run.
// usage: node --import tsx scripts/score-html.ts [--data DIR] [--worst N] [--dump FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
// @ts-expect-error: the shared evaluation library is plain JavaScript without types
import { evaluate } from '../../shared/eval/lib/shingles.mjs';
import { extractHtml } from '../src/html/index.js';

interface PageScore {
  id: string;
  precision: number;
  recall: number;
  f1: number;
}
interface Scores {
  f1: number;
  precision: number;
  recall: number;
  perPage: PageScore[];
}
type Predictions = Record<string, { articleBody: string }>;
const score = evaluate as (gold: Record<string, { articleBody: string; url?: string }>, pred: Predictions, o?: object) => Scores;

const { values: o } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(import.meta.dirname, '../../shared/data/extraction') },
    worst: { type: 'string', default: '10' },
    dump: { type: 'string' },
  },
});
const dir = resolve(o.data!);
const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
const ids = Object.keys(gold);
const page = (id: string): string => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');

const ours: Predictions = {};
const theirs: Predictions = {};
for (const id of ids) {
  const html = page(id);
  ours[id] = { articleBody: extractHtml(html, { url: gold[id]!.url }).text };
  const doc = parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0];
  theirs[id] = { articleBody: new Readability(doc).parse()?.textContent ?? '' };
}
if (o.dump) writeFileSync(o.dump, JSON.stringify(Object.fromEntries(ids.map((id) => [id, ours[id]!.articleBody])), null, 1));

const m = score(gold, ours, { nBootstrap: 0 });
const r = score(gold, theirs, { nBootstrap: 0 });
const fmt = (x: Scores): string => `F1 ${x.f1.toFixed(4)}  P ${x.precision.toFixed(4)}  R ${x.recall.toFixed(4)}`;
console.log(`${ids.length} pages`);
console.log(`dyad         ${fmt(m)}`);
console.log(`readability  ${fmt(r)}`);
const theirsById = new Map(r.perPage.map((p) => [p.id, p.f1]));
console.log('worst pages (F1 P R readability-F1 id url):');
for (const p of [...m.perPage].sort((a, b) => a.f1 - b.f1).slice(0, Number(o.worst))) {
  console.log(`  ${p.f1.toFixed(3)} ${p.precision.toFixed(3)} ${p.recall.toFixed(3)} ${theirsById.get(p.id)!.toFixed(3)} ${p.id.slice(0, 12)} ${gold[p.id]!.url ?? ''}`);
}
