// Scores dyad's events against the real-news gold set (issue 15, docs/news-gold-guide.md).
//   npm run score:news -- [--split dev|test|all] [--worst N] [--show-text] [--agreement] [--why] [--time] [--kb DIR]... [--shared DIR]
// Base texts are built from ../shared at run time and sent through the CLI; the repository holds only
// offsets. Worst cases print offsets and codes; --show-text adds the sentences, on the terminal only.
// The full level is also printed at each confidence the events carry: what --min-confidence trades.
// Look at errors on dev only (the guide's split rule). --why codes the documents again in this process
// and says, for each gold event with no system event left in its sentence, why (news-gold/why.ts).
// --time lists the root-matched pairs whose historical flag or day differs from the gold's.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findShared, GOLD_DIR, goldPath, parseDocuments, readGoldFile, sharedTexts, type GoldDocument, type GoldEvent, type Problem } from './news-gold/documents.js';
import { addPairs, cohenKappa, emptyTally, LEVELS, pairEvents, precisionRecall, rootOf, type Pair, type ScoredEvent, type Span, type Tally } from './news-gold/match.js';
import { runDyad, type SystemDocument, type SystemEvent } from './news-gold/run-dyad.js';
import { printWhy } from './news-gold/why-report.js';

const root = resolve(import.meta.dirname, '..');
const { values: o } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    worst: { type: 'string', default: '10' },
    'show-text': { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
    why: { type: 'boolean', default: false },
    time: { type: 'boolean', default: false },
    kb: { type: 'string', multiple: true, default: [] },
    shared: { type: 'string' },
  },
});
if (!['dev', 'test', 'all'].includes(o.split!)) throw new Error(`--split must be dev, test or all, not ${o.split}`);
const shared = o.shared ? resolve(o.shared) : findShared(root);
if (!shared) throw new Error('no shared data folder found above the repository; pass --shared DIR');

const problems: Problem[] = [];
const listFile = join(root, GOLD_DIR, 'documents.tsv');
const listed = parseDocuments(readFileSync(listFile, 'utf8'), listFile);
problems.push(...listed.problems);
const textOf = sharedTexts(shared);

interface Loaded {
  readonly doc: GoldDocument;
  readonly text: string;
  /** Annotator → events, for the annotators whose file exists. */
  readonly gold: Map<string, GoldEvent[]>;
}

const loaded: Loaded[] = [];
for (const doc of listed.documents) {
  const text = textOf(doc.doc);
  if (text === null) {
    problems.push({ file: listFile, message: `${doc.doc}: no base text in ${shared}` });
    continue;
  }
  const gold = new Map<string, GoldEvent[]>();
  for (const a of doc.annotators) {
    const read = readGoldFile(goldPath(root, a, doc.doc), text.length);
    if (!read) continue;
    problems.push(...read.problems);
    gold.set(a, read.events);
  }
  loaded.push({ doc, text, gold });
}

const inSplit = loaded.filter((d) => o.split === 'all' || d.doc.split === o.split);
const scored = inSplit.filter((d) => d.gold.size > 0);
const doubly = o.agreement ? loaded.filter((d) => d.gold.size > 1) : [];
const toRun = [...new Set([...scored, ...doubly])];
const system = new Map<string, SystemDocument>();
runDyad(
  root,
  toRun.map((d) => ({ id: d.doc.doc, text: d.text, date: d.doc.date })),
  o.kb!,
).forEach((r) => system.set(r.id, r));
for (const d of toRun) {
  const s = system.get(d.doc.doc);
  if (!s || s.error) problems.push({ file: d.doc.doc, message: `dyad gave no record: ${s?.error ?? 'missing'}` });
  else if (s.text !== d.text) problems.push({ file: d.doc.doc, message: 'dyad read a text other than the base text: offsets will not agree' });
}

const f3 = (x: number): string => x.toFixed(3);
const slot = (codes: readonly string[] | null): string => (codes ? codes.join('|') : '-');
const show = (e: ScoredEvent | undefined): string => (e ? `${e.code} ${slot(e.source)} -> ${slot(e.target)}` : '-');
const primaryGold = (d: Loaded): GoldEvent[] => d.gold.get(d.doc.annotators.find((a) => d.gold.has(a))!)!;

function printTally(label: string, t: Tally): void {
  console.log(`${label}: gold ${t.gold}, predicted ${t.system}`);
  for (const level of LEVELS) {
    const { precision, recall, f1 } = precisionRecall(t, level);
    console.log(`  ${level.padEnd(20)} matched ${String(t.matched[level]).padStart(4)}  P ${f3(precision)}  R ${f3(recall)}  F1 ${f3(f1)}`);
  }
}

// --- system against gold -----------------------------------------------------------------------------
const total = emptyTally();
const byRoot = new Map<string, { gold: number; system: number; goldRoot: number; goldFull: number; systemRoot: number; systemFull: number }>();
const rootRow = (r: string) => byRoot.get(r) ?? byRoot.set(r, { gold: 0, system: 0, goldRoot: 0, goldFull: 0, systemRoot: 0, systemFull: 0 }).get(r)!;
const kinds = new Map<string, number>();
const countKind = (k: string): void => void kinds.set(k, (kinds.get(k) ?? 0) + 1);
interface Case {
  doc: string;
  sentence: Span | null;
  gold?: ScoredEvent;
  system?: SystemEvent;
}
const worst: { doc: string; errors: number; cases: Case[] }[] = [];
const missedByDoc = new Map<string, GoldEvent[]>();
let statements = 0;
const coverage = { sources: 0, sourcesFound: 0, targets: 0, targetsFound: 0, both: 0 };
// Time on root-matched pairs: the historical flag (also split by the gold's value, to show which way
// it errs), and the day where the gold gives one.
const time = { pairs: 0, historical: 0, goldHistorical: 0, historicalRight: 0, goldCurrent: 0, currentRight: 0, dated: 0, dateRight: 0 };
const timeErrors: { doc: string; sentence: Span | null; gold: GoldEvent; system: SystemEvent }[] = [];

const sentenceAt = (sentences: readonly Span[], at: number): Span | null => sentences.find((s) => at >= s.start && at < s.end) ?? null;

for (const d of scored) {
  const sys = system.get(d.doc.doc);
  if (!sys || sys.error) continue;
  const gold = primaryGold(d);
  statements += sys.statements;
  const pairs = pairEvents(gold, sys.events, sys.sentences);
  addPairs(total, gold.length, sys.events.length, pairs);
  const pairOfGold = new Map<number, Pair>(pairs.map((p) => [p.gold, p]));
  const pairOfSystem = new Map<number, Pair>(pairs.map((p) => [p.system, p]));
  gold.forEach((g, i) => {
    const row = rootRow(rootOf(g.code));
    row.gold++;
    const p = pairOfGold.get(i);
    if (p && p.depth > 0) row.goldRoot++;
    if (p && p.depth === 3) row.goldFull++;
    const found = (codes: readonly string[]) => codes.some((c) => sys.actorCodes.has(c));
    coverage.sources++;
    const sourceFound = found(g.source);
    if (sourceFound) coverage.sourcesFound++;
    const targetFound = g.target === null || found(g.target);
    if (g.target) {
      coverage.targets++;
      if (targetFound) coverage.targetsFound++;
    }
    if (sourceFound && targetFound) coverage.both++;
  });
  sys.events.forEach((s, i) => {
    const row = rootRow(rootOf(s.code));
    row.system++;
    const p = pairOfSystem.get(i);
    if (p && p.depth > 0) row.systemRoot++;
    if (p && p.depth === 3) row.systemFull++;
  });
  for (const p of pairs.filter((x) => x.depth > 0)) {
    const g = gold[p.gold]!,
      s = sys.events[p.system]!;
    time.pairs++;
    if (g.historical === s.historical) time.historical++;
    if (g.historical) {
      time.goldHistorical++;
      if (s.historical) time.historicalRight++;
    } else {
      time.goldCurrent++;
      if (!s.historical) time.currentRight++;
    }
    if (g.historical !== s.historical || (g.date !== null && g.date !== s.date)) timeErrors.push({ doc: d.doc.doc, sentence: sentenceAt(sys.sentences, g.start), gold: g, system: s });
    if (g.date === null) continue;
    time.dated++;
    if (g.date === s.date) time.dateRight++;
  }
  const cases: Case[] = [];
  for (const p of pairs) {
    if (p.depth === 3) continue;
    countKind(['paired, root differs', 'root right, source wrong', 'root and source right, target wrong'][p.depth]!);
    cases.push({ doc: d.doc.doc, sentence: sentenceAt(sys.sentences, gold[p.gold]!.start), gold: gold[p.gold], system: sys.events[p.system] });
  }
  gold.forEach((g, i) => {
    if (pairOfGold.has(i)) return;
    countKind('gold missed (no system event left in its sentence)');
    (missedByDoc.get(d.doc.doc) ?? missedByDoc.set(d.doc.doc, []).get(d.doc.doc)!).push(g);
    cases.push({ doc: d.doc.doc, sentence: sentenceAt(sys.sentences, g.start), gold: g });
  });
  sys.events.forEach((s, i) => {
    if (pairOfSystem.has(i)) return;
    countKind('system spurious (no gold event left in its sentence)');
    cases.push({ doc: d.doc.doc, sentence: sentenceAt(sys.sentences, s.start), system: s });
  });
  cases.sort((a, b) => (a.sentence?.start ?? 0) - (b.sentence?.start ?? 0));
  worst.push({ doc: d.doc.doc, errors: cases.length, cases });
}

console.log(`score-news --split ${o.split}: ${inSplit.length} documents listed, ${scored.length} annotated, ${inSplit.length - scored.length} not yet annotated`);
console.log(`system plain statements (010) ignored: ${statements}`);
printTally('events', total);
console.log('by root (recall over gold roots, precision over system roots; root level | full level):');
for (const [r, x] of [...byRoot].sort((a, b) => a[0].localeCompare(b[0]))) {
  const ratio = (m: number, n: number): string => (n ? f3(m / n) : '  -  ');
  console.log(`  ${r}  gold ${String(x.gold).padStart(3)}  R ${ratio(x.goldRoot, x.gold)} | ${ratio(x.goldFull, x.gold)}   system ${String(x.system).padStart(3)}  P ${ratio(x.systemRoot, x.system)} | ${ratio(x.systemFull, x.system)}`);
}
const share = (m: number, n: number): string => `${m}/${n} ${n ? f3(m / n) : '-'}`;
console.log(`actor coverage (gold codes given by dyad's entities anywhere in the document): sources ${share(coverage.sourcesFound, coverage.sources)}, targets ${share(coverage.targetsFound, coverage.targets)}, both ${share(coverage.both, coverage.sources)}`);
console.log(`time on root-matched pairs: historical flag right ${share(time.historical, time.pairs)}; day right ${share(time.dateRight, time.dated)} (gold events with a day)`);
console.log(`  historical flag by gold value: gold historical ${share(time.historicalRight, time.goldHistorical)} flagged, gold current ${share(time.currentRight, time.goldCurrent)} left current`);
// what --min-confidence trades: the full level with only the events at or above each threshold
const thresholds = [...new Set(scored.flatMap((d) => system.get(d.doc.doc)?.events.map((e) => e.confidence) ?? []))].sort((a, b) => a - b);
console.log('by --min-confidence (root+source+target; each row keeps the events at or above it):');
for (const t of thresholds) {
  const kept = emptyTally();
  for (const d of scored) {
    const sys = system.get(d.doc.doc);
    if (!sys || sys.error) continue;
    const events = sys.events.filter((e) => e.confidence >= t);
    addPairs(kept, primaryGold(d).length, events.length, pairEvents(primaryGold(d), events, sys.sentences));
  }
  const { precision, recall } = precisionRecall(kept, 'root+source+target');
  console.log(`  ${t.toFixed(2)}  predicted ${String(kept.system).padStart(4)}  P ${f3(precision)}  R ${f3(recall)}`);
}
console.log('errors by kind:');
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);

const worstN = Number(o.worst);
if (worstN > 0) {
  console.log(`worst documents (most errors first; sentence offsets, gold vs system):`);
  for (const w of worst.sort((a, b) => b.errors - a.errors).slice(0, worstN)) {
    console.log(`  ${w.doc}: ${w.errors} errors`);
    const text = loaded.find((d) => d.doc.doc === w.doc)!.text;
    for (const c of w.cases) {
      const at = c.sentence ? `[${c.sentence.start},${c.sentence.end})` : '[?]';
      console.log(`    ${at.padEnd(12)} gold ${show(c.gold).padEnd(40)} system ${show(c.system)}${c.system ? `  (${c.system.rule})` : ''}`);
      if (o['show-text'] && c.sentence) console.log(`                 ${text.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ')}`);
    }
  }
}

if (o.time) {
  console.log('time errors on root-matched pairs (gold vs system: historical flag, day):');
  for (const e of timeErrors) {
    const when = (x: { historical: boolean; date: string | null }): string => `${x.historical ? 'historical' : 'current'} ${x.date ?? '-'}`;
    console.log(`  ${e.doc} [${e.gold.start},${e.gold.end}) gold ${when(e.gold).padEnd(22)} system ${when(e.system)}  (${e.system.rule})`);
    if (o['show-text'] && e.sentence)
      console.log(
        `      ${loaded
          .find((d) => d.doc.doc === e.doc)!
          .text.slice(e.sentence.start, e.sentence.end)
          .replace(/\s+/g, ' ')}`,
      );
  }
}

if (o.why) {
  const docs = scored.filter((d) => missedByDoc.has(d.doc.doc)).map((d) => ({ id: d.doc.doc, text: d.text, date: d.doc.date, missed: missedByDoc.get(d.doc.doc)! }));
  await printWhy(docs, o['show-text']!, o.kb!);
}

// --- annotator against annotator ---------------------------------------------------------------------
if (o.agreement) {
  console.log(`\nagreement on doubly coded documents (all splits): ${doubly.length} documents with two annotators' files`);
  const tally = emptyTally();
  const paired: [string, string][] = [];
  const withNone: [string, string][] = [];
  const historicalPairs: [string, string][] = [];
  for (const d of doubly) {
    const sys = system.get(d.doc.doc);
    if (!sys || sys.error) continue;
    const [first, second] = d.doc.annotators.filter((a) => d.gold.has(a));
    const a = d.gold.get(first!)!;
    const b = d.gold.get(second!)!;
    // The second annotator's events stand in for a system's: their sentences come from dyad's split.
    const pairs = pairEvents(a, b, sys.sentences);
    addPairs(tally, a.length, b.length, pairs);
    for (const p of pairs) {
      const x = rootOf(a[p.gold]!.code),
        y = rootOf(b[p.system]!.code);
      paired.push([x, y]);
      withNone.push([x, y]);
      if (p.depth > 0) historicalPairs.push([String(a[p.gold]!.historical), String(b[p.system]!.historical)]);
    }
    const pairedA = new Set(pairs.map((p) => p.gold)),
      pairedB = new Set(pairs.map((p) => p.system));
    a.forEach((e, i) => void (pairedA.has(i) || withNone.push([rootOf(e.code), 'none'])));
    b.forEach((e, i) => void (pairedB.has(i) || withNone.push(['none', rootOf(e.code)])));
  }
  printTally('primary annotator as gold, second as system', tally);
  const k = (x: number | null): string => (x === null ? '-' : f3(x));
  console.log(`Cohen's kappa on roots: paired events ${k(cohenKappa(paired))} (${paired.length}); with 'none' for events only one coded ${k(cohenKappa(withNone))} (${withNone.length})`);
  console.log(`historical flag on root-matched pairs: agree ${historicalPairs.filter(([x, y]) => x === y).length}/${historicalPairs.length}, kappa ${k(cohenKappa(historicalPairs))}`);
}

if (problems.length) {
  console.log(`\n${problems.length} problems in the gold or the run:`);
  for (const p of problems) console.log(`  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
}
