// Codes PETRARCH's unit-test records with the suite's own dictionaries and scores them the way
// ../shared/eval/events-petrarch.mjs does: a record passes when its set of (source, target, code)
// triples equals the expected set.
//
//   node --import tsx scripts/petrarch-dev.ts [--data FILE] [--dictionaries DIR] [--show N] [--id ID] [--events]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDocument } from '../src/coder/code.js';
import { loadPetrarchDictionaries } from '../src/dictionary/petrarch/load.js';
import { analyze } from '../src/language/analyze.js';
import type { CodedEvent, EventActor } from '../src/types.js';

const SUITE = join(import.meta.dirname, '..', '..', 'shared', 'data', 'petrarch-unit');

interface Record {
  id: string;
  category: string;
  date: string;
  text: string;
  options?: object;
  expected_events: { source: string; target: string; code: string }[];
  expect_no_events: boolean;
  expected_error: string | null;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const actorKey = (a: EventActor | null) => (a?.code ? a.code : a?.text ? `"${a.text.replace(/\s+/g, ' ').trim().toUpperCase()}"` : '---');
const triple = (e: CodedEvent) => `${actorKey(e.source)} ${actorKey(e.target)} ${e.code}`;

const records: Record[] = readFileSync(arg('--data', join(SUITE, 'dev.jsonl')), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const { dictionaries } = loadPetrarchDictionaries(arg('--dictionaries', join(SUITE, 'dictionaries')));
const only = arg('--id', '');
const show = Number(arg('--show', '200'));

let passed = 0;
let hits = 0;
let emitted = 0;
let wanted = 0;
let crashes = 0;
const byCategory = new Map<string, [number, number]>();
const failures: string[] = [];
for (const r of records) {
  if (only && r.id !== only) continue;
  let got = new Set<string>();
  let detail = '';
  try {
    const a = analyze(r.text);
    const result = codeDocument({ text: r.text, sentences: a.sentences, tokens: a.tokens, date: r.date, options: r.options ?? {} }, dictionaries, null);
    got = new Set(result.events.map(triple));
    if (process.argv.includes('--events')) detail = result.events.map((e) => `\n    ${triple(e)}  <- ${e.provenance.entry?.text.trim()} (${e.provenance.entry?.line})`).join('');
  } catch (err) {
    crashes++;
    detail = `\n    CRASH ${(err as Error).stack}`;
  }
  const want = new Set(r.expected_error || r.expect_no_events ? [] : r.expected_events.map((e) => `${e.source} ${e.target} ${e.code}`));
  const h = [...got].filter((t) => want.has(t)).length;
  const ok = h === got.size && h === want.size;
  hits += h;
  emitted += got.size;
  wanted += want.size;
  passed += ok ? 1 : 0;
  const cat = byCategory.get(r.category) ?? [0, 0];
  byCategory.set(r.category, [cat[0] + (ok ? 1 : 0), cat[1] + 1]);
  if (!ok || only)
    failures.push(
      `${ok ? 'PASS' : 'FAIL'} ${r.id} [${r.category}] ${r.text}${r.options && Object.keys(r.options).length ? `\n  options:  ${JSON.stringify(r.options)}` : ''}\n  expected: ${[...want].join(', ') || '(none)'}\n  got:      ${[...got].join(', ') || '(none)'}${detail}`,
    );
}
console.log(failures.slice(0, show).join('\n'));
const n = only ? 1 : records.length;
console.log(
  `\nby category: ${[...byCategory]
    .sort()
    .map(([c, [p, t]]) => `${c} ${p}/${t}`)
    .join(', ')}`,
);
console.log(`petrarch-unit: ${passed}/${n} records (${((100 * passed) / n).toFixed(1)}%), events P ${(hits / (emitted || 1)).toFixed(3)} R ${(hits / (wanted || 1)).toFixed(3)}, ${crashes} crashes`);
