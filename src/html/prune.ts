// Inside the chosen article, takes out the containers that are not article text, after Readability's
// conditional cleaning: link lists, image galleries and blocks whose class names speak against them.
import { classWeight, endsSentence } from './content.js';
import { LIST_TAGS, linkDensity, type Stats } from './stats.js';
import { TEXT_TAG, type Tree } from './tree.js';

const CONTAINER_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'header']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td']);
const CLEANED_TAGS: ReadonlySet<string> = new Set([...CONTAINER_TAGS, ...CELL_TAGS]);

export interface PruneRule {
  readonly id: string;
  /** The tags the rule looks at. */
  readonly tags: ReadonlySet<string>;
  readonly test: (f: PruneFacts) => boolean;
}

/** What the prune rules see of one container. */
export interface PruneFacts {
  readonly weight: number;
  readonly score: number;
  readonly isList: boolean;
  readonly paragraphs: number;
  readonly images: number;
  readonly items: number;
  readonly textLen: number;
  readonly commas: number;
  readonly linkDensity: number;
  readonly headingDensity: number;
  /** The container holds one paragraph of at least 50 characters that ends a sentence (a sentence with a link). */
  readonly sentence: boolean;
}

export const PRUNE_RULES: readonly PruneRule[] = [
  // a table cell goes only when it is a column of links (a layout table's menu); data cells stay
  { id: 'clean/link-cell', tags: CELL_TAGS, test: (f) => f.textLen >= 20 && f.linkDensity > 0.5 },
  // a class name is no reason to drop a paragraph of prose ("media-paragraph")
  { id: 'clean/negative-class', tags: CONTAINER_TAGS, test: (f) => f.weight + f.score < 0 && !(f.sentence && f.textLen >= 100 && f.linkDensity < 0.5) },
  { id: 'clean/link-list', tags: CONTAINER_TAGS, test: (f) => f.isList && f.linkDensity > 0.5 && f.commas < 10 },
  { id: 'clean/gallery', tags: CONTAINER_TAGS, test: (f) => f.commas < 10 && f.images > 1 && f.paragraphs / f.images < 0.5 },
  { id: 'clean/more-items-than-paragraphs', tags: CONTAINER_TAGS, test: (f) => f.commas < 10 && !f.isList && f.items > f.paragraphs + 100 },
  { id: 'clean/link-stub', tags: CONTAINER_TAGS, test: (f) => f.commas < 10 && !f.isList && f.headingDensity < 0.9 && f.textLen < 25 && (f.images === 0 || f.images > 2) && f.linkDensity > 0 },
  { id: 'clean/link-dense', tags: CONTAINER_TAGS, test: (f) => f.commas < 10 && !f.isList && f.weight < 25 && f.linkDensity > (f.sentence ? 0.5 : 0.2) },
  { id: 'clean/link-dense-content', tags: CONTAINER_TAGS, test: (f) => f.commas < 10 && f.weight >= 25 && f.linkDensity > 0.5 },
];

/**
 * Rule id for each container inside `root` that should go, as a sparse map. The root itself is tested too when
 * `withRoot` (a sibling that joined the article may itself be a link list).
 */
export function prune(tree: Tree, stats: Stats, scores: Float64Array, root: number, withRoot: boolean): Map<number, string> {
  const out = new Map<number, string>();
  const { tag } = tree;
  for (let i = withRoot ? root : root + 1; i <= tree.end[root]!; i++) {
    if (stats.removed[i] || tag[i] === TEXT_TAG || !CLEANED_TAGS.has(tag[i]!)) continue;
    const facts = factsOf(tree, stats, scores, i);
    const rule = PRUNE_RULES.find((r) => r.tags.has(tag[i]!) && r.test(facts));
    if (!rule) continue;
    out.set(i, rule.id);
    i = tree.end[i]!;
  }
  return out;
}

function factsOf(tree: Tree, stats: Stats, scores: Float64Array, i: number): PruneFacts {
  const textLen = stats.textLen[i]!;
  const isList = LIST_TAGS.has(tree.tag[i]!) || (textLen > 0 && stats.listLen[i]! / textLen > 0.9);
  const score = scores[i]!;
  return {
    weight: classWeight(tree.names[i]!),
    score: Number.isNaN(score) ? 0 : score,
    isList,
    paragraphs: stats.paragraphs[i]!,
    images: stats.images[i]!,
    items: stats.items[i]!,
    textLen,
    commas: stats.commas[i]!,
    linkDensity: linkDensity(stats, i),
    headingDensity: textLen > 0 ? stats.headingLen[i]! / textLen : 0,
    sentence: stats.paragraphs[i]! <= 1 && textLen >= 50 && endsSentence(tree, i),
  };
}
