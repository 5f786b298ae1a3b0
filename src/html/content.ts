// Finds the element that holds the article, after Readability's scoring: paragraphs give points to their
// ancestors, candidates are weighed by class names and link density, the best one may climb to a parent that
// holds several good candidates, and its siblings join when they score well or read like paragraphs.
import { NEGATIVE_NAMES, POSITIVE_NAMES } from './rules.js';
import { BLOCK_TAGS, linkDensity, type Stats } from './stats.js';
import { TEXT_TAG, type Tree } from './tree.js';

/** Elements scored as paragraphs; div-like elements count as paragraphs when they hold no block child. */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote']);
const DIV_LIKE_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center']);
/** Containers whose loose text (beside block children) is scored as paragraphs; list items and cells are not. */
const RUN_OWNER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main', 'body', 'center', 'blockquote', 'td', 'form']);

const TAG_BASE_SCORE: Readonly<Record<string, number>> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

const ALSO_SCORED_TAGS: ReadonlySet<string> = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MIN_PARAGRAPH = 25;

interface Run {
  len: number;
  commas: number;
  /** The run's last node was a <br>. */
  br: boolean;
}
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
const MIN_ALTERNATIVES = 3;

export function classWeight(names: string): number {
  if (!names.trim()) return 0;
  return (NEGATIVE_NAMES.test(names) ? -25 : 0) + (POSITIVE_NAMES.test(names) ? 25 : 0);
}

export const isParagraph = (tree: Tree, stats: Stats, i: number): boolean => {
  const tag = tree.tag[i]!;
  return PARAGRAPH_TAGS.has(tag) || (DIV_LIKE_TAGS.has(tag) && !stats.hasBlockChild[i]);
};

export interface Content {
  /** The elements whose subtrees form the article, in document order. */
  readonly roots: number[];
  readonly top: number;
  /** Candidate scores (NaN where the element is no candidate). */
  readonly scores: Float64Array;
}

export function findContent(tree: Tree, stats: Stats, body: number): Content {
  const n = tree.size;
  const { tag, parent } = tree;
  const scores = new Float64Array(n).fill(NaN);
  const init = (a: number): void => {
    if (Number.isNaN(scores[a]!)) scores[a] = (TAG_BASE_SCORE[tag[a]!] ?? 0) + classWeight(tree.names[a]!);
  };

  const give = (owner: number, len: number, commas: number): void => {
    if (len < MIN_PARAGRAPH) return;
    const points = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let a = owner;
    for (let level = 0; level < ANCESTOR_LEVELS && a >= 0 && tag[a] !== 'html'; level++, a = parent[a]!) {
      init(a);
      scores[a]! += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  };

  // Text standing directly in a container beside block children reads as paragraphs of that container
  // (Readability wraps such runs in <p>); a run ends at a block child or at two <br> in a row.
  const runs = new Map<number, Run>();
  const closeRun = (owner: number): void => {
    const run = runs.get(owner);
    if (!run) return;
    give(owner, run.len, run.commas);
    runs.delete(owner);
  };
  const blockOf = new Int32Array(n).fill(-1);
  for (let i = body; i <= tree.end[body]!; i++) {
    const p = parent[i]!;
    if (p >= 0 && i !== body) blockOf[i] = BLOCK_TAGS.has(tag[p]!) ? p : blockOf[p]!;
    if (stats.removed[i]) {
      i = tree.end[i]!;
      continue;
    }
    const t = tag[i]!;
    const owner = blockOf[i]!;
    const inContainer = owner >= 0 && RUN_OWNER_TAGS.has(tag[owner]!) && !isParagraph(tree, stats, owner);
    if (t === TEXT_TAG) {
      if (!inContainer || !stats.textLen[i]) continue;
      const run = runs.get(owner) ?? { len: 0, commas: 0, br: false };
      run.len += stats.textLen[i]!;
      run.commas += stats.commas[i]!;
      run.br = false;
      runs.set(owner, run);
      continue;
    }
    if (t === 'br') {
      const run = runs.get(owner);
      if (run?.br) closeRun(owner);
      else if (run) run.br = true;
      continue;
    }
    if (BLOCK_TAGS.has(t)) {
      if (inContainer) closeRun(owner);
      if (isParagraph(tree, stats, i) || ALSO_SCORED_TAGS.has(t)) give(p >= 0 ? p : i, stats.textLen[i]!, stats.commas[i]!);
    }
  }
  for (const owner of [...runs.keys()]) closeRun(owner);

  const top: number[] = [];
  for (let i = body; i <= tree.end[body]!; i++) {
    if (Number.isNaN(scores[i]!)) continue;
    scores[i] = scores[i]! * (1 - linkDensity(stats, i));
    if (stats.removed[i]) continue;
    let k = top.length;
    while (k > 0 && scores[top[k - 1]!]! < scores[i]!) k--;
    if (k < TOP_CANDIDATES) {
      top.splice(k, 0, i);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
  }

  let best = top[0];
  if (best === undefined || best === body) return { roots: [body], top: body, scores };
  best = climbToSharedAncestor(tree, scores, top, best, body);
  best = climbWhileParentScores(tree, scores, best, body);
  best = climbSingleChildren(tree, stats, best, body);
  const roots = withSiblings(tree, stats, scores, best);
  const headline = headlineArticle(tree, stats, roots);
  return headline >= 0 ? { roots: [headline], top: headline, scores } : { roots, top: best, scores };
}

/**
 * When the chosen elements hold several <article> elements (the story and teasers of other stories), the story
 * is the one that holds the page's headline (its first <h1>); -1 when there is no such single article.
 */
function headlineArticle(tree: Tree, stats: Stats, roots: readonly number[]): number {
  const h1 = tree.tag.indexOf('h1');
  if (h1 < 0) return -1;
  const articles: number[] = [];
  for (const root of roots) {
    for (let i = root; i <= tree.end[root]!; i++) {
      if (tree.tag[i] !== 'article' || stats.removed[i]) continue;
      articles.push(i);
      i = tree.end[i]!;
    }
  }
  if (articles.length < 2) return -1;
  return articles.find((a) => isAncestor(tree, a, h1)) ?? -1;
}

const isAncestor = (tree: Tree, a: number, i: number): boolean => a <= i && i <= tree.end[a]!;

// When several top candidates share an ancestor, the article is that ancestor (pages split into sections).
function climbToSharedAncestor(tree: Tree, scores: Float64Array, top: number[], best: number, body: number): number {
  const alternatives = top.slice(1).filter((c) => scores[c]! / scores[best]! >= 0.75);
  if (alternatives.length < MIN_ALTERNATIVES) return best;
  for (let a = tree.parent[best]!; a >= 0 && a !== body; a = tree.parent[a]!) {
    if (alternatives.filter((c) => isAncestor(tree, a, c)).length >= MIN_ALTERNATIVES) return a;
  }
  return best;
}

function climbWhileParentScores(tree: Tree, scores: Float64Array, best: number, body: number): number {
  let last = scores[best]!;
  const threshold = last / 3;
  for (let a = tree.parent[best]!; a >= 0 && a !== body; a = tree.parent[a]!) {
    const s = scores[a]!;
    if (Number.isNaN(s)) continue;
    if (s < threshold) break;
    if (s > last) return a;
    last = s;
  }
  return best;
}

function elementChildren(tree: Tree, stats: Stats, p: number): number[] {
  const out: number[] = [];
  for (let c = p + 1; c <= tree.end[p]!; c = tree.end[c]! + 1) {
    if (tree.tag[c] !== TEXT_TAG && !stats.removed[c]) out.push(c);
  }
  return out;
}

function climbSingleChildren(tree: Tree, stats: Stats, best: number, body: number): number {
  let a = tree.parent[best]!;
  while (a >= 0 && a !== body && elementChildren(tree, stats, a).length === 1) {
    best = a;
    a = tree.parent[a]!;
  }
  return best;
}

function withSiblings(tree: Tree, stats: Stats, scores: Float64Array, best: number): number[] {
  const p = tree.parent[best]!;
  if (p < 0) return [best];
  const bestScore = scores[best]!;
  const threshold = Math.max(10, bestScore * 0.2);
  const bestNames = tree.names[best]!.trim();
  const roots: number[] = [];
  for (const s of elementChildren(tree, stats, p)) {
    if (s === best) {
      roots.push(s);
      continue;
    }
    const bonus = bestNames && tree.names[s]!.trim() === bestNames ? bestScore * 0.2 : 0;
    const score = scores[s]!;
    if (!Number.isNaN(score) && score + bonus >= threshold) roots.push(s);
    else if (tree.tag[s] === 'p' || isParagraph(tree, stats, s)) {
      const len = stats.textLen[s]!;
      const ld = linkDensity(stats, s);
      if ((len > 80 && ld < 0.25) || (len > 0 && len < 80 && ld === 0 && endsSentence(tree, s))) roots.push(s);
    }
  }
  return roots;
}

/** The last words of the subtree end a sentence. */
export function endsSentence(tree: Tree, i: number): boolean {
  for (let j = tree.end[i]!; j > i; j--) {
    if (tree.tag[j] !== TEXT_TAG) continue;
    const t = tree.text[j]!.trim();
    if (t) return /[.!?。！？]["'”’)]?$/.test(t);
  }
  return false;
}
