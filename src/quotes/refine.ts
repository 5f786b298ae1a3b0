// Refiners over the rules' proposals: keep one attribution per stretch of text, then carry a quotation on
// over the sentences and paragraphs that only continue it.
import type { Candidate } from './candidate.js';
import type { Context } from './context.js';
import type { Range } from './phrases.js';

const inside = (i: number, r: Range): boolean => i >= r[0] && i < r[1];
const overlap = (a: Range, b: Range): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const length = (rs: readonly Range[]): number => rs.reduce((n, r) => n + r[1] - r[0], 0);

/** Below this confidence a proposal is dropped. */
export const MIN_CONFIDENCE = 0.3;

/**
 * Attributions do not nest: a cue inside another attribution's content reports what the outer source
 * said ("X said Y believes Z" attributes to X only), so the outer one is kept whatever the confidences.
 * Then, most confident first, a proposal is dropped when it shares its cue with a kept one, when its source
 * stands in kept content or when it mostly repeats kept content.
 */
export function keepUnnested(candidates: readonly Candidate[]): Candidate[] {
  const live = candidates.filter((c) => c.confidence >= MIN_CONFIDENCE);
  const nestedIn = (c: Candidate, o: Candidate): boolean => o !== c && o.content.some((r) => inside(c.cueRange[0], r));
  const liveBlocks = new Blocks(live);
  const outer = live.filter((c) => ![...liveBlocks.near(c)].some((o) => nestedIn(c, o) && !(nestedIn(o, c) && o.confidence < c.confidence)));
  const order = [...outer].sort((a, b) => b.confidence - a.confidence);
  const kept: Candidate[] = [];
  const keptBlocks = new Blocks([]);
  for (const c of order) {
    const clash = [...keptBlocks.near(c)].some(
      (o) =>
        c.cueRange[0] === o.cueRange[0] ||
        nestedIn(c, o) ||
        nestedIn(o, c) ||
        o.content.some((r) => c.source !== null && inside(c.source[0], r) && inside(c.source[1] - 1, r)) ||
        c.content.some((r) => o.content.some((q) => overlap(r, q) * 2 > Math.min(length(c.content), length(o.content)))),
    );
    if (!clash) {
      kept.push(c);
      keptBlocks.add(c);
    }
  }
  return kept.sort((a, b) => (a.content[0]?.[0] ?? 0) - (b.content[0]?.[0] ?? 0));
}

/** Characters per block of the grid below. */
const BLOCK = 1024;

/**
 * Candidates by the blocks of text that their cue, source and content touch. Two candidates can only
 * nest or clash where they share a position, so only those that share a block need comparing: in a
 * long transcript each candidate meets its neighbours, not the whole document.
 */
class Blocks {
  private readonly cells = new Map<number, Candidate[]>();

  constructor(candidates: readonly Candidate[]) {
    for (const c of candidates) this.add(c);
  }

  add(c: Candidate): void {
    for (const b of blocksOf(c)) {
      const cell = this.cells.get(b);
      if (cell) cell.push(c);
      else this.cells.set(b, [c]);
    }
  }

  near(c: Candidate): Set<Candidate> {
    const out = new Set<Candidate>();
    for (const b of blocksOf(c)) for (const o of this.cells.get(b) ?? []) out.add(o);
    return out;
  }
}

function blocksOf(c: Candidate): Set<number> {
  const blocks = new Set<number>([Math.floor(c.cueRange[0] / BLOCK)]);
  const cover = (r: Range) => {
    for (let b = Math.floor(r[0] / BLOCK); b <= Math.floor((r[1] - 1) / BLOCK); b++) blocks.add(b);
  };
  if (c.source !== null) cover(c.source);
  c.content.forEach(cover);
  return blocks;
}

/**
 * A quotation goes on after its cue: `"A," she said. "B."` is one attribution, and so is a paragraph that
 * is only a quotation right after it. Sentences that hold nothing but quotations and no cue of their own
 * join the quotation before them.
 */
export function continueQuotations(ctx: Context, kept: Candidate[]): void {
  const cueSentences = new Set<number>();
  const claimed = new Uint8Array(ctx.tokens.length);
  for (const c of kept) {
    cueSentences.add(ctx.sentenceOf[c.cueRange[0]]!);
    for (const [a, b] of c.content) claimed.fill(1, a, b);
  }
  for (const c of kept) {
    let last = c.content[c.content.length - 1]![1];
    let s = ctx.sentenceOf[Math.max(last, c.cueRange[1]) - 1]! + 1;
    while (s < ctx.sentenceStart.length) {
      const from = ctx.sentenceStart[s]!;
      const to = ctx.sentenceEnd[s]!;
      if (cueSentences.has(s) || claimed[from] || !quotationOnly(ctx, from, to)) break;
      if (ctx.paragraphOf[from] !== ctx.paragraphOf[last - 1] && !paragraphQuotationOnly(ctx, from)) break;
      for (let i = from; i < to; i++) {
        const k = ctx.pieceOf[i]!;
        if (k < 0) continue;
        const p = ctx.pieces[k]!;
        if (p.first >= last || c.content.every((r) => r[1] < p.first)) c.content.push([p.first, p.last]);
        i = Math.max(i, p.last);
        last = p.last;
      }
      s++;
    }
    c.content = merge(c.content);
  }
}

/** Words that may open a continuing quotation's sentence without a speaker of their own: "Instead, 'he ...'". */
const LEAD_POS = new Set(['ADV', 'CCONJ', 'PUNCT']);

function quotationOnly(ctx: Context, from: number, to: number): boolean {
  let first = from;
  while (first < to && ctx.pieceOf[first]! < 0 && LEAD_POS.has(ctx.tokens[first]!.pos)) first++;
  if (first >= to || ctx.pieceOf[first]! < 0) return false;
  for (let i = first; i < to; i++) if (ctx.pieceOf[i]! < 0 && ctx.tokens[i]!.pos !== 'PUNCT') return false;
  return true;
}

function paragraphQuotationOnly(ctx: Context, from: number): boolean {
  const p = ctx.paragraphOf[from]!;
  let i = from;
  while (i < ctx.tokens.length && ctx.paragraphOf[i] === p) {
    if (ctx.pieceOf[i]! < 0 && ctx.tokens[i]!.pos !== 'PUNCT') return false;
    i++;
  }
  return true;
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) out[out.length - 1] = [last[0], Math.max(last[1], r[1])];
    else out.push(r);
  }
  return out;
}
