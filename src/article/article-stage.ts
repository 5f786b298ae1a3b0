// The article stage turns what the user gave (scraped text, a web page, a clean verbatim body) into
// the Article whose text every later offset points into.
import type { Article, Document, Issue, RawDocument } from '../types.js';
import { articleFromHtml } from './html-article.js';
import { cleanScrapedText } from './scraped-text.js';
import { NO_DATE } from './no-date.js';

/**
 * News articles run to tens of kilobytes; a body past this is a dump or a book, and coding it would
 * hold the whole batch up for minutes. It gets a clear error (with its cleaned article) instead.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

export function readArticle(raw: RawDocument): Document {
  const base: Document = {
    id: raw.id,
    origin: raw.origin,
    date: raw.date ?? null,
    referenceDate: raw.date ?? null,
    language: null,
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
  let doc: Document;
  if (raw.html !== undefined && raw.text === undefined) {
    const page = articleFromHtml(raw.html, url, reference);
    const title = page.article.title ?? raw.title ?? null;
    doc = withArticle({ ...base, issues: [...base.issues, ...page.issues] }, { ...page.article, title });
    // the page reader does not know where the page came from: the record must say
    if (page.error) return { ...doc, error: { ...page.error, message: `${raw.origin}: ${page.error.message}` } };
  } else {
    const text = raw.text ?? '';
    doc = withArticle(base, raw.verbatim ? verbatimArticle(text, url) : { ...cleanScrapedText(text, reference), url });
  }
  const body = doc.article?.text ?? '';
  if (!body.trim()) return { ...doc, error: { code: 'empty', message: `${raw.origin}: no article text (the input is empty or only junk)` } };
  if (!doc.date) doc = { ...doc, issues: [...doc.issues, noDate(raw.origin)] };
  if (body.length > MAX_ARTICLE_CHARS) {
    const size = `${(body.length / 1e6).toFixed(1)} million characters`;
    return { ...doc, error: { code: 'too-large', message: `${raw.origin}: the article body is ${size}; dyad codes articles of up to ${MAX_ARTICLE_CHARS / 1e6} million` } };
  }
  return doc;
}

function verbatimArticle(text: string, url: string | null): Article {
  return { title: null, byline: null, authors: [], published: null, dateline: null, text, captions: [], removed: [], url };
}

/**
 * The record's date is the day the article was published or crawled; a page's own publication date
 * replaces it. The date that codes the document (relative expressions such as "on Tuesday", the
 * office holders of the day) is the day the story was written: the dateline's day when there is one
 * (resolved against the publication date), else the publication date, else the record's date.
 * `published` stays what the article itself says.
 */
function withArticle(doc: Document, article: Article): Document {
  return { ...doc, date: article.dateline?.date ?? article.published ?? doc.date ?? null, article };
}

export { NO_DATE } from './no-date.js';

function noDate(origin: string): Issue {
  const message = `${origin}: no date: neither the article, its record, --date nor --date-from-filename gives one; relative dates stay unresolved and actors take their latest offices`;
  return { code: NO_DATE, message };
}
