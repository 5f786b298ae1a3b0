// Web page in, article out: see HtmlExtraction.
import type { Issue } from '../types.js';
import { extractBody } from './body.js';
import { joinLines } from './render.js';
import { buildTree, parseDocument } from './tree.js';

export interface HtmlExtraction {
  title: string | null;
  byline: string | null;
  authors: string[];
  /** YYYY-MM-DD */
  published: string | null;
  language: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** Body: paragraphs and headings separated by "\n\n", list items by "\n". */
  text: string;
  /** Figure captions and photo credits taken out of the body. */
  captions: string[];
  removed: { text: string; rule: string; kind: 'junk' | 'caption' | 'metadata' }[];
  issues: Issue[];
  error: { code: 'no-article' | string; message: string } | null;
}

export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  void options;
  const doc = parseDocument(html);
  const root = doc.documentElement;
  const tree = root ? buildTree(root) : null;
  let text = '';
  let captions: string[] = [];
  let removed: HtmlExtraction['removed'] = [];
  if (tree && tree.size) {
    const bodyIndex = Math.max(0, tree.tag.indexOf('body'));
    const body = extractBody(tree, bodyIndex);
    text = joinLines(body.lines);
    captions = body.captions;
    removed = body.removed;
  }
  return {
    title: null, byline: null, authors: [], published: null, language: null, siteName: null, canonicalUrl: null,
    text, captions, removed, issues: [], error: null,
  };
}
