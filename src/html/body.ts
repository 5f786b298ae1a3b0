// The article body: rules out boilerplate elements, scores what is left, picks the article, prunes it and
// renders it as block-aware text, then takes out boilerplate lines by what they say.
import { classify } from './classify.js';
import { findContent } from './content.js';
import { prune } from './prune.js';
import { flatText, render, type Line, type Removed, type Skip } from './render.js';
import { ELEMENT_RULES, LINE_RULES, TEXT_RULES } from './rules.js';
import { computeStats, type Stats } from './stats.js';
import type { Tree } from './tree.js';

export interface Body {
  readonly lines: Line[];
  readonly removed: Removed[];
  readonly captions: string[];
  /** The element chosen as the article. */
  readonly top: number;
  readonly stats: Stats;
}

const NO_CUT = new Uint8Array(0);
/** Below this many characters the element rules are probably wrong about the page: try without them. */
const SHORT_ARTICLE = 500;

export function extractBody(tree: Tree, body: number): Body {
  const raw = computeStats(tree, NO_CUT);
  const rules = classify(tree, raw.textLen);
  let result = attempt(tree, body, rules);
  if (textLength(result.lines) < SHORT_ARTICLE) {
    // keep only the hard rules (hidden, tags, roles): class names may have been wrong for this page
    const hard = rules.map((r) => (r && ELEMENT_RULES[r - 1]!.names ? 0 : r));
    const retry = attempt(tree, body, hard);
    if (textLength(retry.lines) > textLength(result.lines) * 1.5) result = retry;
  }
  return result;
}

/** How far up from the article element captions are still its own (figures often stand beside the text). */
const CAPTION_LEVELS = 3;

/** Captions of the article that stand outside the chosen elements: in the nearest <article>, else the parent. */
function captionsAround(tree: Tree, rules: Uint16Array, roots: readonly number[], top: number): string[] {
  let region = tree.parent[top]!;
  for (let a = top, k = 0; a >= 0 && k <= CAPTION_LEVELS; a = tree.parent[a]!, k++) {
    if (tree.tag[a] === 'article') {
      region = a;
      break;
    }
  }
  if (region < 0) return [];
  const chosen = new Set(roots);
  const out: string[] = [];
  for (let i = region; i <= tree.end[region]!; i++) {
    if (chosen.has(i)) {
      i = tree.end[i]!;
      continue;
    }
    const r = rules[i]!;
    if (!r || ELEMENT_RULES[r - 1]!.kind !== 'caption') continue;
    const text = flatText(tree, i);
    if (text) out.push(text);
    i = tree.end[i]!;
  }
  return out;
}

const READ_MORE = 'text/read-more';
const READ_MORE_LIST = 'text/read-more-list';
/** Longest line of a list of story titles. */
const TEASER_LINE = 200;

/** The end (exclusive) of the list that starts at line `from`, or `from` when no list of teasers starts there. */
function listAfter(lines: readonly Line[], from: number): number {
  let end = from + 1;
  while (end < lines.length && lines[end]!.sep === 1) end++;
  const list = lines.slice(from, end);
  return list.length >= 2 && list.every((l) => l.text.length <= TEASER_LINE) ? end : from;
}

const textLength = (lines: readonly Line[]): number => lines.reduce((s, l) => s + l.text.length, 0);

function attempt(tree: Tree, body: number, rules: Uint16Array): Body {
  const stats = computeStats(tree, rules);
  const content = findContent(tree, stats, body);
  const pruned = new Map<number, string>();
  for (const root of content.roots) {
    for (const [k, v] of prune(tree, stats, content.scores, root, root !== content.top)) pruned.set(k, v);
  }
  const skip = (i: number): Skip | null => {
    const r = rules[i]!;
    if (r) {
      const rule = ELEMENT_RULES[r - 1]!;
      return { rule: rule.id, kind: rule.kind };
    }
    const p = pruned.get(i);
    return p ? { rule: p, kind: 'junk' } : null;
  };
  const rendered = render(tree, content.roots, skip);
  rendered.captions.push(...captionsAround(tree, rules, content.roots, content.top));
  const lines: Line[] = [];
  const removed = rendered.removed;
  const all = rendered.lines;
  for (let k = 0; k < all.length; k++) {
    const line = all[k]!;
    const rule = TEXT_RULES.find((r) => line.text.length <= r.maxLength && r.pattern.test(line.text)) ?? LINE_RULES.find((r) => r.test(line));
    if (!rule) {
      lines.push(line);
      continue;
    }
    removed.push({ text: line.text, rule: rule.id, kind: rule.kind });
    if (rule.kind === 'caption') rendered.captions.push(line.text);
    if (rule.id === READ_MORE) {
      // a "Related stories" heading takes the list under it along
      const list = listAfter(all, k + 1);
      for (let j = k + 1; j < list; j++) removed.push({ text: all[j]!.text, rule: READ_MORE_LIST, kind: 'junk' });
      k = list - 1;
    }
  }
  return { lines, removed, captions: rendered.captions, top: content.top, stats };
}
