// Quotation marks and the quoted pieces they enclose.
//
// Marks are paired within a paragraph, left to right. Curly marks say which way they face; straight marks
// and the two-apostrophe form some papers use ('' ... '') alternate. A paragraph that ends inside a
// quotation continues it when the next paragraph reopens with a mark (the newswire convention for quotes
// over several paragraphs), so pieces are linked across paragraphs. Single quotation marks are left
// alone: inside a quotation they mark a quote within it, and elsewhere they are mostly apostrophes.
import type { Token } from '../types.js';

/** A stretch of quoted words within one paragraph. Token indexes; `close` is -1 when left open. */
export interface Piece {
  readonly open: number;
  readonly close: number;
  /** First and last+1 token inside the marks. */
  readonly first: number;
  readonly last: number;
  /** Characters inside the marks. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** The piece that carries the same quotation on into the next paragraph, or -1. */
  next: number;
  prev: number;
}

type Facing = 'open' | 'close' | 'either';

const MARKS: ReadonlyMap<string, Facing> = new Map([
  ['"', 'either'],
  ['“', 'open'],
  ['”', 'close'],
  ['„', 'open'],
  ['``', 'open'],
  ["''", 'close'],
  ['«', 'open'],
  ['»', 'close'],
]);

export interface MarkInfo {
  /** For each token: 0 none, 1 the first token of a mark, 2 the second token of a two-token mark. */
  readonly at: Uint8Array;
  /** Token index after the mark that starts at a token (a mark may be two apostrophes). */
  readonly after: Int32Array;
  /**
   * 1 when a token's first character belongs to the mark before it, 2 when its last character belongs to
   * the mark after it: the tokenizer splits "''A" into "'" and "'A".
   */
  readonly glued: Uint8Array;
}

const APOSTROPHES = new Set(["'", '’', '`']);
/** Characters marks and apostrophes are made of: most tokens are passed over on two comparisons. */
function isMarkChar(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2019 || c === 0xab || c === 0xbb;
}

export function findMarks(tokens: readonly Token[]): MarkInfo {
  const at = new Uint8Array(tokens.length);
  const after = new Int32Array(tokens.length);
  const glued = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.normal;
    if (!isMarkChar(w.charCodeAt(0)) && !isMarkChar(w.charCodeAt(w.length - 1))) continue;
    const next = tokens[i + 1];
    if (MARKS.has(t.normal)) {
      at[i] = 1;
      after[i] = i + 1;
    } else if (APOSTROPHES.has(t.normal) && next?.start === t.end && next.normal === t.normal) {
      at[i] = 1;
      at[i + 1] = 2;
      after[i] = i + 2;
      i++;
    } else if (APOSTROPHES.has(t.normal) && next?.start === t.end && next.normal.length > 1 && next.normal[0] === t.normal) {
      at[i] = 1; // "''A" read as "'" + "'A"
      after[i] = i + 1;
      glued[i + 1] = 1;
    } else if (APOSTROPHES.has(t.normal) && tokens[i - 1]?.end === t.start && tokens[i - 1]!.normal.length > 1 && tokens[i - 1]!.normal.endsWith(t.normal) && !at[i - 1]) {
      at[i] = 1; // "word'" + "'"
      after[i] = i + 1;
      glued[i - 1] = 2;
    }
  }
  return { at, after, glued };
}

function facing(tokens: readonly Token[], i: number): Facing {
  const t = tokens[i]!;
  if (t.normal === "'" || t.normal === '’') return 'either';
  if (t.normal === '`') return 'open';
  return MARKS.get(t.normal) ?? 'either';
}

/**
 * Pairs marks paragraph by paragraph. `paragraphOf[i]` is the paragraph of token i; tokens of a paragraph
 * are contiguous.
 */
export function pairMarks(text: string, tokens: readonly Token[], marks: MarkInfo, paragraphOf: Int32Array): Piece[] {
  const pieces: Piece[] = [];
  let open = -1;
  let carried = -1; // an open piece from the previous paragraph
  let paragraphStart = 0;
  const closePiece = (o: number, c: number, paragraphEnd: number): boolean => {
    const first = marks.after[o]!;
    const last = c < 0 ? paragraphEnd : c;
    if (last <= first) return false;
    const piece: Piece = {
      open: o,
      close: c,
      first,
      last,
      start: tokens[first]!.start + (marks.glued[first] === 1 ? 1 : 0),
      end: tokens[last - 1]!.end - (marks.glued[last - 1] === 2 ? 1 : 0),
      paragraph: paragraphOf[first]!,
      next: -1,
      prev: -1,
    };
    if (o === paragraphStart && carried >= 0) {
      pieces[carried]!.next = pieces.length;
      piece.prev = carried;
    }
    pieces.push(piece);
    return true;
  };
  for (let i = 0; i <= tokens.length; i++) {
    const newParagraph = i === tokens.length || (i > 0 && paragraphOf[i] !== paragraphOf[i - 1]);
    if (newParagraph && i > 0) {
      // an unclosed piece links back to the previous paragraph's before it is carried on itself
      carried = open >= 0 && closePiece(open, -1, i) ? pieces.length - 1 : -1;
      open = -1;
      paragraphStart = i;
      if (i === tokens.length) break;
      // a continued quotation must be reopened at the start of the next paragraph
      if (carried >= 0 && marks.at[i] !== 1) carried = -1;
    }
    if (marks.at[i] !== 1) continue;
    const face = facing(tokens, i);
    const t = tokens[i]!;
    if (open < 0) {
      if (face !== 'close' || opensHere(text, tokens, marks, i)) open = i;
    } else if (face === 'open' && !closesHere(text, tokens, marks, i, t)) {
      open = i; // a mark left unclosed: start again from the new one
    } else {
      closePiece(open, i, i);
      open = -1;
    }
  }
  return pieces;
}

// A closing-style mark that stands before a word after a space opens a quotation (mixed-up curly marks).
function opensHere(text: string, tokens: readonly Token[], marks: MarkInfo, i: number): boolean {
  const next = tokens[marks.after[i]!];
  return tokens[i]!.spaceBefore && next !== undefined && !next.spaceBefore && /\w/.test(text[next.start] ?? '');
}

// An opening-style mark glued to the word before it and followed by a space closes a quotation.
function closesHere(text: string, tokens: readonly Token[], marks: MarkInfo, i: number, t: Token): boolean {
  const next = tokens[marks.after[i]!];
  return !t.spaceBefore && (next === undefined || next.spaceBefore || !/\w/.test(text[next.start] ?? ''));
}
