// Turns subtrees into block-aware text: paragraphs and headings become lines separated by a blank line, list
// items and table rows lines separated by a newline, table cells words separated by a space. Inline markup
// never breaks a line and a block never glues to the next one ("Title</h2><p>Body" gives two lines).
import type { RemovalKind } from './rules.js';
import { BLOCK_TAGS } from './stats.js';
import { TEXT_TAG, type Tree } from './tree.js';

export interface Line {
  readonly text: string;
  /** Separator before this line: 1 for a newline, 2 for a blank line. */
  readonly sep: 1 | 2;
  /** Characters of the line that stood inside links. */
  readonly linkChars: number;
}

export interface Removed {
  readonly text: string;
  readonly rule: string;
  readonly kind: RemovalKind;
}

export interface Skip {
  readonly rule: string;
  readonly kind: RemovalKind;
}

const LINE_TAGS: ReadonlySet<string> = new Set(['li', 'tr', 'dt', 'dd', 'option']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** A table cell used for page layout (it holds blocks or line breaks) renders as a block, a data cell inline. */
function layoutCell(tree: Tree, i: number): boolean {
  for (let j = i + 1; j <= tree.end[i]!; j++) {
    const t = tree.tag[j]!;
    if (t === 'br' || (t !== TEXT_TAG && BLOCK_TAGS.has(t))) return true;
  }
  return false;
}

/** The text of a subtree on one line (for removal records and captions). */
export function flatText(tree: Tree, i: number): string {
  let s = '';
  for (let j = i; j <= tree.end[i]!; j++) {
    if (tree.tag[j] === TEXT_TAG) s += tree.text[j];
    else if (BLOCK_TAGS.has(tree.tag[j]!) || tree.tag[j] === 'br') s += ' ';
  }
  return s.replace(/\s+/g, ' ').trim();
}

export interface Rendered {
  readonly lines: Line[];
  readonly removed: Removed[];
  readonly captions: string[];
}

export function render(tree: Tree, roots: readonly number[], skip: (i: number) => Skip | null): Rendered {
  const lines: Line[] = [];
  const removed: Removed[] = [];
  const captions: string[] = [];
  let cur = '';
  let curLinks = 0;
  let linkEnd = -1;
  let sep: 0 | 1 | 2 = 0;
  const closing: { end: number; k: 0 | 1 | 2 }[] = [];

  const brk = (k: 0 | 1 | 2): void => {
    if (k === 0) {
      cur += ' ';
      return;
    }
    const text = cur.replace(/\s+/g, ' ').trim();
    if (text) {
      lines.push({ text, sep: sep === 1 ? 1 : 2, linkChars: Math.min(curLinks, text.length) });
      sep = 0;
    }
    cur = '';
    curLinks = 0;
    if (k > sep) sep = k;
  };

  for (const root of roots) {
    brk(2);
    for (let i = root; i <= tree.end[root]!; i++) {
      while (closing.length && closing[closing.length - 1]!.end < i) {
        brk(closing.pop()!.k);
      }
      const tag = tree.tag[i]!;
      if (tag === TEXT_TAG) {
        cur += tree.text[i];
        if (i <= linkEnd) curLinks += tree.text[i]!.trim().length;
        continue;
      }
      const s = skip(i);
      if (s) {
        const text = flatText(tree, i);
        if (text) {
          removed.push({ text, rule: s.rule, kind: s.kind });
          if (s.kind === 'caption') captions.push(text);
        }
        i = tree.end[i]!;
        continue;
      }
      if (tag === 'a' && i > linkEnd) linkEnd = tree.end[i]!;
      if (tag === 'br') {
        // a second <br> in a row ends a paragraph
        brk(cur.trim() ? 1 : 2);
      } else if (CELL_TAGS.has(tag) && !layoutCell(tree, i)) {
        brk(0);
        closing.push({ end: tree.end[i]!, k: 0 });
      } else if (BLOCK_TAGS.has(tag)) {
        const k = LINE_TAGS.has(tag) ? 1 : 2;
        brk(k);
        closing.push({ end: tree.end[i]!, k });
      }
    }
    while (closing.length) brk(closing.pop()!.k);
  }
  brk(2);
  return { lines, removed, captions };
}

export function joinLines(lines: readonly Line[]): string {
  let out = '';
  for (const l of lines) out += (out ? (l.sep === 1 ? '\n' : '\n\n') : '') + l.text;
  return out;
}
