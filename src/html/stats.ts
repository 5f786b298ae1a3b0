// Per-node text statistics, computed in two linear passes over the flat tree (forward for inherited flags,
// backward for sums), so that every later decision is a lookup.
import { TEXT_TAG, type Tree } from './tree.js';

/** Elements that start a new block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'legend',
]);

export const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl']);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const COMMA_CODES: ReadonlySet<number> = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c]);

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff;

/** Length of the text with whitespace runs collapsed to one space and the ends trimmed, and its commas. */
function measure(s: string): { len: number; commas: number } {
  let len = 0;
  let commas = 0;
  let space = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isSpace(c)) {
      space = len > 0;
      continue;
    }
    if (space) len++;
    space = false;
    len++;
    if (COMMA_CODES.has(c)) commas++;
  }
  return { len, commas };
}

export interface Stats {
  /** Characters of text in the subtree, outside removed subtrees (whitespace collapsed). */
  readonly textLen: Float64Array;
  /** Characters of that text inside links. */
  readonly linkLen: Float64Array;
  readonly commas: Float64Array;
  /** Number of <p> in the subtree. */
  readonly paragraphs: Int32Array;
  /** Number of <li>, <img>, <input>-like and heading elements in the subtree. */
  readonly items: Int32Array;
  readonly images: Int32Array;
  readonly headingLen: Float64Array;
  /** Characters of text inside lists (ul, ol, dl). */
  readonly listLen: Float64Array;
  /** True when the element has a block-level element child (so it is not a paragraph itself). */
  readonly hasBlockChild: Uint8Array;
  /** True when the node or an ancestor is removed. */
  readonly removed: Uint8Array;
}

/** `cut[i]` non-zero removes the subtree of i from every count. */
export function computeStats(tree: Tree, cut: ArrayLike<number>): Stats {
  const n = tree.size;
  const { tag, text, parent } = tree;
  const removed = new Uint8Array(n);
  const inLink = new Uint8Array(n);
  const inHeading = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    removed[i] = cut[i] || (p >= 0 && removed[p]) ? 1 : 0;
    inLink[i] = tag[i] === 'a' || (p >= 0 && inLink[p]) ? 1 : 0;
    inHeading[i] = HEADING_TAGS.has(tag[i]!) || (p >= 0 && inHeading[p]) ? 1 : 0;
  }
  const textLen = new Float64Array(n);
  const linkLen = new Float64Array(n);
  const commas = new Float64Array(n);
  const headingLen = new Float64Array(n);
  const listLen = new Float64Array(n);
  const paragraphs = new Int32Array(n);
  const items = new Int32Array(n);
  const images = new Int32Array(n);
  const hasBlockChild = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const t = tag[i]!;
    if (!removed[i]) {
      if (t === TEXT_TAG) {
        const m = measure(text[i]!);
        textLen[i] = m.len;
        if (inLink[i]) linkLen[i] = m.len;
        if (inHeading[i]) headingLen[i] = m.len;
        commas[i] = m.commas;
      } else if (t === 'p') paragraphs[i]! += 1;
      else if (t === 'li') items[i]! += 1;
      else if (t === 'img') images[i]! += 1;
    }
    const p = parent[i]!;
    if (p < 0) continue;
    if (BLOCK_TAGS.has(t)) hasBlockChild[p] = 1;
    if (removed[i]) continue;
    textLen[p]! += textLen[i]!;
    linkLen[p]! += linkLen[i]!;
    commas[p]! += commas[i]!;
    headingLen[p]! += headingLen[i]!;
    listLen[p]! += LIST_TAGS.has(t) ? textLen[i]! : listLen[i]!;
    paragraphs[p]! += paragraphs[i]!;
    items[p]! += items[i]!;
    images[p]! += images[i]!;
  }
  return { textLen, linkLen, commas, paragraphs, items, images, headingLen, listLen, hasBlockChild, removed };
}

export const linkDensity = (s: Stats, i: number): number => (s.textLen[i]! > 0 ? s.linkLen[i]! / s.textLen[i]! : 0);
