// Training documents on our own tokens: gold character spans (from the CoNLL reader of the yardstick)
// are projected onto analyze()'s tokens, so training sees the tokenisation that recognition sees.
import { analyze, type Analysis } from '../language/analyze.js';
import { CLASSES, encodeTags, type NerClass } from './tags.js';

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly gold: readonly { readonly type: string; readonly start: number; readonly end: number }[];
}

export interface TaggedDocument {
  readonly id: string;
  readonly text: string;
  readonly analysis: Analysis;
  readonly tags: Uint8Array;
  /** Gold spans that no token range matches exactly (a token runs across their edge). */
  readonly unaligned: number;
}

export function projectGold(doc: GoldDocument): TaggedDocument {
  const analysis = analyze(doc.text);
  const { tokens } = analysis;
  const entities: { from: number; to: number; cls: number }[] = [];
  let unaligned = 0;
  let k = 0;
  const sorted = [...doc.gold].sort((a, b) => a.start - b.start);
  for (const g of sorted) {
    const cls = CLASSES.indexOf(g.type as NerClass);
    if (cls < 0) continue;
    while (k < tokens.length && tokens[k]!.end <= g.start) k++;
    let to = k;
    while (to < tokens.length && tokens[to]!.start < g.end) to++;
    if (to === k) {
      unaligned++;
      continue;
    }
    if (tokens[k]!.start !== g.start || tokens[to - 1]!.end !== g.end) unaligned++;
    entities.push({ from: k, to, cls });
  }
  return { id: doc.id, text: doc.text, analysis, tags: encodeTags(tokens.length, entities), unaligned };
}
