// The article stage turns what the user gave (scraped text, a web page, a clean verbatim body) into
// the Article whose text every later offset points into.
import type { Article, Document, RawDocument } from '../types.js';
import { articleFromHtml } from './html-article.js';
import { cleanScrapedText } from './scraped-text.js';

export function readArticle(raw: RawDocument): Document {
  const base: Document = {
    id: raw.id,
    origin: raw.origin,
    date: raw.date ?? null,
    options: raw.options ?? {},
    article: null,
    sentences: [],
    tokens: [],
    times: [],
    mentions: [],
    quotes: [],
    events: [],
    issues: raw.issues ?? [],
    error: raw.error ?? null,
  };
  if (raw.error) return base;
  const reference = raw.date ?? null;
  const url = raw.url ?? null;
  if (raw.html !== undefined && raw.text === undefined) {
    const page = articleFromHtml(raw.html, url, reference);
    const doc = withArticle({ ...base, issues: [...base.issues, ...page.issues] }, page.article);
    return page.error ? { ...doc, error: page.error } : doc;
  }
  const text = raw.text ?? '';
  const article = raw.verbatim ? verbatimArticle(text, url) : { ...cleanScrapedText(text, reference), url };
  const doc = withArticle(base, article);
  if (article.text.trim()) return doc;
  return { ...doc, error: { code: 'empty', message: `${raw.origin}: no article text (the input is empty or only junk)` } };
}

function verbatimArticle(text: string, url: string | null): Article {
  return { title: null, byline: null, authors: [], published: null, dateline: null, text, captions: [], removed: [], url };
}

/**
 * The record's date is the day the article was published or crawled; a page's own publication date
 * replaces it. The document's reference date for relative expressions is that date, else the
 * dateline's day.
 */
function withArticle(doc: Document, article: Article): Document {
  const published = article.published ?? doc.date;
  return { ...doc, date: published ?? article.dateline?.date ?? null, article: { ...article, published } };
}
