// Web page in, article out: body text block by block, the boilerplate taken out with the rule that took it,
// and the page's metadata. Never throws on any input; problems come back as issues or as `error`.
import type { Issue } from '../types.js';
import { extractBody } from './body.js';
import { readJsonLd } from './jsonld.js';
import { headlines, readMeta, readMetadata } from './metadata.js';
import { prepareHtml } from './prepare.js';
import { finishLines } from './finish.js';
import { joinLines, type Line } from './render.js';
import { buildTree, parseDocument } from './tree.js';
import { visibleDate } from './visible-dates.js';

export { decodeHtmlBytes } from './decode.js';

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

/** Below this many characters of body a page has no article (an index page, an error page, a stub). */
const MIN_ARTICLE = 200;

export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  try {
    return extract(html, options);
  } catch (e) {
    // a page must never stop a batch; the failure is reported, and the fuzz test keeps this path cold
    const message = e instanceof Error ? e.message : String(e);
    return { ...EMPTY, issues: [{ code: 'html/failed', message }], error: { code: 'html/failed', message } };
  }
}

const EMPTY: HtmlExtraction = {
  title: null,
  byline: null,
  authors: [],
  published: null,
  language: null,
  siteName: null,
  canonicalUrl: null,
  text: '',
  captions: [],
  removed: [],
  issues: [],
  error: null,
};

function extract(html: string, options: { url?: string }): HtmlExtraction {
  const issues: Issue[] = [];
  const prepared = prepareHtml(html);
  issues.push(...prepared.issues);
  const doc = parseDocument(prepared.html);
  const tree = buildTree(doc.documentElement ?? emptyRoot);
  const ld = readJsonLd(prepared.jsonLd);
  const metaTags = readMeta(tree);
  const bodyIndex = tree.tag.indexOf('body');
  const body = tree.size ? extractBody(tree, bodyIndex >= 0 ? bodyIndex : 0) : null;
  // the date lines the extractor took out as metadata, else the body's first lines
  const visible = () => visibleDate((body?.removed ?? []).filter((r) => r.kind === 'metadata').map((r) => r.text)) ?? visibleDate((body?.lines ?? []).map((l) => l.text));
  const meta = readMetadata(tree, metaTags, ld, options.url, visible);
  const finished = finishLines(body?.lines ?? [], headlines(tree, metaTags, ld, meta.siteName));
  const removed = [...(body?.removed ?? []), ...finished.removed];
  let text = joinLines(finished.lines);

  // the JSON-LD body only stands in when the page gave none: where both exist, the page's is the better one
  const ldBody = ld?.articleBody?.trim() ?? '';
  const fromLd = text.length < MIN_ARTICLE && ldBody.length > text.length;
  if (fromLd) {
    text = ldBody.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n');
    issues.push({ code: 'html/jsonld-body', message: 'the page body gave no article; the JSON-LD articleBody was used' });
  }
  const error =
    text.length < MIN_ARTICLE
      ? { code: 'no-article', message: `no article found (${text.length} characters of body text)` }
      : !fromLd && isListing(finished.lines)
        ? { code: 'no-article', message: 'the page is a list of links (an index page), not an article' }
        : null;
  return { ...meta, text, captions: body?.captions ?? [], removed, issues, error };
}

/** An index page: much of its text is links and no block is long enough to be a paragraph of an article. */
function isListing(lines: readonly Line[]): boolean {
  let chars = 0;
  let links = 0;
  let longest = 0;
  for (const l of lines) {
    chars += l.text.length;
    links += l.linkChars;
    longest = Math.max(longest, l.text.length);
  }
  return chars > 0 && links / chars > LISTING_LINK_SHARE && longest < LISTING_LONGEST_LINE;
}

const LISTING_LINK_SHARE = 0.3;
const LISTING_LONGEST_LINE = 120;

const emptyRoot = { nodeType: 1, localName: 'html', nodeValue: null, firstChild: null, nextSibling: null, parentNode: null };
