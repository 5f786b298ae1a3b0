// Per-document indexes the quote rules read: paragraphs, sentences as the rules need them, quotation
// pieces, computed once per document.
//
// The sentence splitter cuts at every ".", "?" or "!", also inside quotations and before the cue that
// follows them ("“Why?” | he asked."), and inside parentheses ("Rep. Israel (D-N. | Y.) said"): a
// sentence that starts with the closing mark of a quotation, with a lower-case word or inside parentheses
// is joined to the one before it, so that a cue and its quotation stand together.
import type { Sentence, Token } from '../types.js';
import { findMarks, pairMarks, type MarkInfo, type Piece } from './marks.js';

export interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly paragraphOf: Int32Array;
  /** Sentence (after joining) of each token, and each sentence's token range. */
  readonly sentenceOf: Int32Array;
  readonly sentenceStart: readonly number[];
  readonly sentenceEnd: readonly number[];
  readonly marks: MarkInfo;
  readonly pieces: readonly Piece[];
  /** The piece a token stands in (its marks included), or -1. */
  readonly pieceOf: Int32Array;
  /** The piece a mark token opens or closes, or -1. */
  readonly pieceOfMark: Int32Array;
  /** Memo of where a content clause starting at a token ends (-1: not computed yet). */
  readonly clauseEnds: Int32Array;
}

export function buildContext(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Context {
  const n = tokens.length;
  const paragraphOf = new Int32Array(n);
  const startsSentence = new Uint8Array(n);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd && i < n; i++) paragraphOf[i] = s.paragraph;
    if (s.tokenStart < n) startsSentence[s.tokenStart] = 1;
  }
  const marks = findMarks(tokens);
  const pieces = pairMarks(text, tokens, marks, paragraphOf);
  const pieceOf = new Int32Array(n).fill(-1);
  const pieceOfMark = new Int32Array(n).fill(-1);
  pieces.forEach((p, k) => {
    const from = p.open >= 0 ? p.open : p.first;
    const to = p.close >= 0 ? marks.after[p.close]! : p.last;
    for (let i = from; i < to; i++) pieceOf[i] = k;
    if (p.open >= 0) pieceOfMark[p.open] = k;
    if (p.close >= 0) pieceOfMark[p.close] = k;
  });

  let parentheses = 0; // open "(" in the paragraph so far: "(D-N.Y.)" is no sentence end
  for (let i = 1; i < n; i++) {
    if (paragraphOf[i] !== paragraphOf[i - 1]) parentheses = 0;
    const previous = tokens[i - 1]!.normal;
    if (previous === '(') parentheses++;
    else if (previous === ')' && parentheses > 0) parentheses--;
    if (!startsSentence[i] || paragraphOf[i] !== paragraphOf[i - 1]) continue;
    if (parentheses > 0 && tokens[i]!.normal !== '(') {
      startsSentence[i] = 0;
      continue;
    }
    if (marks.at[i] === 2) {
      startsSentence[i] = 0; // the splitter cut between the two apostrophes of a closing mark
      if (i + 1 < n && paragraphOf[i + 1] === paragraphOf[i]) startsSentence[i + 1] = 1;
      continue;
    }
    const k = pieceOfMark[i]!;
    if (k >= 0 && pieces[k]!.close === i) {
      startsSentence[i] = 0; // the closing mark belongs to the sentence it closes
      const after = marks.after[i]!;
      if (after < n && paragraphOf[after] === paragraphOf[i] && startsLower(text, tokens[after]!)) continue;
      if (after < n && paragraphOf[after] === paragraphOf[i]) startsSentence[after] = 1;
    } else if (startsLower(text, tokens[i]!)) startsSentence[i] = 0;
  }

  const sentenceOf = new Int32Array(n);
  const sentenceStart: number[] = [];
  const sentenceEnd: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || startsSentence[i] || paragraphOf[i] !== paragraphOf[i - 1]) {
      if (sentenceStart.length) sentenceEnd.push(i);
      sentenceStart.push(i);
    }
    sentenceOf[i] = sentenceStart.length - 1;
  }
  if (n) sentenceEnd.push(n);
  const clauseEnds = new Int32Array(n).fill(-1);
  return { text, tokens, paragraphOf, sentenceOf, sentenceStart, sentenceEnd, marks, pieces, pieceOf, pieceOfMark, clauseEnds };
}

function startsLower(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return c >= 97 && c <= 122;
}
