// A web page to an Article: the extractor in src/html finds body and metadata, then the wire-story
// dateline is read off the body's first paragraph just as for scraped text.
//
// The extractor and its HTML parser are loaded on the first web page only: a third of start-up
// time would otherwise go to parsing code that a run over text and feeds never uses.
import type { Article, DocumentError, Issue, Removal } from '../types.js';
import { matchDateline } from './dateline.js';

type HtmlModule = typeof import('../html/index.js');
let html: HtmlModule | null = null;

export async function loadHtmlExtractor(): Promise<void> {
  html ??= await import('../html/index.js');
}

export interface HtmlArticle {
  readonly article: Article;
  readonly issues: readonly Issue[];
  readonly error: DocumentError | null;
}

export function articleFromHtml(source: string, url: string | null, referenceDate: string | null): HtmlArticle {
  if (!html) throw new Error('dyad: await loadHtmlExtractor() before reading a web page');
  const page = html.extractHtml(source, url ? { url } : {});
  const removed: Removal[] = [...page.removed];
  let text = page.text;
  const match = matchDateline(text, page.published ?? referenceDate);
  if (match) {
    removed.push({ text: match.dateline.raw, rule: 'dateline/opening', kind: 'dateline' });
    text = text.slice(match.length);
  }
  return {
    article: {
      title: page.title,
      byline: page.byline,
      authors: page.authors,
      published: page.published,
      dateline: match?.dateline ?? null,
      text,
      captions: page.captions,
      removed,
      language: page.language,
      siteName: page.siteName,
      url: page.canonicalUrl ?? url,
    },
    issues: page.issues,
    error: page.error,
  };
}
