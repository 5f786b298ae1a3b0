// Web sources: a page, a feed (its items are fetched) or a sitemap (its pages are fetched; an index
// leads to its sitemaps), told apart by what the server sends, not by the address. Every page becomes
// a raw document; every failure an error document naming the URL and the reason. A page the caller
// already holds (`known`) is not fetched again, and a source that has not changed since the
// validators of an earlier run (`validators`) is not read again.
import { decodeHtmlBytes } from '../html/decode.js';
import type { RawDocument } from '../types.js';
import { readFeed, type Listed } from './feeds.js';
import type { Fetcher, FetchResult, Validators } from './fetch/fetcher.js';
import { isSitemap, readSitemap } from './sitemaps.js';

export interface WebOptions {
  readonly fetcher: Fetcher;
  /** What an earlier run learnt of a source, to ask it "has it changed?". */
  readonly validators?: (url: string) => Validators | undefined | Promise<Validators | undefined>;
  /** Pages the store already holds; they are not fetched. */
  readonly known?: (url: string) => boolean | Promise<boolean>;
  /** Told what became of each URL, for the per-source summary and for the next run's validators. */
  readonly onOutcome?: (outcome: Outcome) => void;
  /** Pages fetched at once for one feed or sitemap (the fetcher still spaces requests per host). */
  readonly window?: number;
}

export interface Outcome {
  /** The source the user named. */
  readonly source: string;
  readonly url: string;
  readonly result: 'fetched' | 'unchanged' | 'known' | 'failed';
  /** Where a fetched page ended up after redirects: the URL its document carries. */
  readonly finalUrl?: string;
  readonly reason?: string;
  /** For a source that was read: what to send next time. */
  readonly validators?: Validators;
}

const PAGE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const ANY_SOURCE = /^\s*(text\/html|application\/xhtml\+xml|application\/(rss|atom|rdf)\+xml|application\/(feed\+)?json|application\/xml|text\/xml|text\/plain)\b/i;
const MAX_SITEMAP_DEPTH = 3;

export async function* readWeb(sources: readonly string[], options: WebOptions): AsyncGenerator<RawDocument> {
  for (const source of sources) yield* readSource(source, source, options, 0);
}

async function* readSource(source: string, url: string, options: WebOptions, depth: number): AsyncGenerator<RawDocument> {
  const validators = (await options.validators?.(url)) ?? {};
  const answer = await options.fetcher.fetch(url, ANY_SOURCE, validators);
  if (answer.kind === 'not-modified') {
    options.onOutcome?.({ source, url, result: 'unchanged', validators: answer.validators });
    return;
  }
  if (answer.kind === 'failed') {
    yield failedDocument(source, answer, options);
    return;
  }
  options.onOutcome?.({ source, url, result: 'fetched', finalUrl: answer.finalUrl, validators: answer.validators });
  if (PAGE.test(answer.contentType)) {
    yield page(url, answer, {});
    return;
  }
  const text = decodeHtmlBytes(answer.body, answer.contentType);
  const listed = list(text, answer.contentType);
  if ('error' in listed) {
    yield { id: url, origin: url, url, error: { code: 'bad-source', message: `${url}: ${listed.error}` } };
    return;
  }
  if ('sitemaps' in listed) {
    for (const child of listed.sitemaps) {
      if (depth >= MAX_SITEMAP_DEPTH) yield { id: child, origin: url, url: child, error: { code: 'bad-source', message: `${child}: sitemap index nested deeper than ${MAX_SITEMAP_DEPTH}` } };
      else yield* readSource(source, child, options, depth + 1);
    }
    return;
  }
  yield* readListed(source, listed.pages, options);
}

function list(text: string, contentType: string): { pages: readonly Listed[] } | { sitemaps: readonly string[] } | { error: string } {
  const head = text.slice(0, 2048).trimStart();
  if (/^<!doctype html|^<html/i.test(head)) return { error: `served as ${contentType || 'an unknown type'}, but it is an HTML page, not a feed or sitemap` };
  if (isSitemap(text)) {
    const map = readSitemap(text);
    if ('error' in map) return { error: `not a readable sitemap (${map.error})` };
    return map.kind === 'index' ? { sitemaps: map.sitemaps } : { pages: map.pages };
  }
  const feed = readFeed(text);
  if ('error' in feed) return { error: `not a readable feed or sitemap (${feed.error})` };
  return { pages: feed.items };
}

/** The listed pages, fetched a window at a time and handed out in the order the source lists them. */
async function* readListed(source: string, pages: readonly Listed[], options: WebOptions): AsyncGenerator<RawDocument> {
  const window = options.window ?? 8;
  const pending: Promise<RawDocument | null>[] = [];
  let next = 0;
  const start = (item: Listed): Promise<RawDocument | null> => fetchListed(source, item, options);
  while (next < pages.length || pending.length) {
    while (pending.length < window && next < pages.length) pending.push(start(pages[next++]!));
    const doc = await pending.shift()!;
    if (doc) yield doc;
  }
}

async function fetchListed(source: string, item: Listed, options: WebOptions): Promise<RawDocument | null> {
  if (await options.known?.(item.url)) {
    options.onOutcome?.({ source, url: item.url, result: 'known' });
    return null;
  }
  const answer = await options.fetcher.fetch(item.url, PAGE);
  // the same story listed by two feeds of one run is read once
  if (answer.kind === 'failed' && answer.code === 'duplicate') {
    options.onOutcome?.({ source, url: item.url, result: 'known', reason: answer.message });
    return null;
  }
  if (answer.kind === 'failed') return failedDocument(source, answer, options);
  if (answer.kind === 'not-modified') {
    options.onOutcome?.({ source, url: item.url, result: 'unchanged' });
    return null;
  }
  options.onOutcome?.({ source, url: item.url, result: 'fetched', finalUrl: answer.finalUrl });
  return page(item.url, answer, item);
}

function page(url: string, answer: Extract<FetchResult, { kind: 'ok' }>, hints: Partial<Listed>): RawDocument {
  return {
    id: url,
    origin: url,
    url: answer.finalUrl,
    html: decodeHtmlBytes(answer.body, answer.contentType),
    ...(hints.date ? { date: hints.date } : {}),
    ...(hints.title ? { title: hints.title } : {}),
  };
}

function failedDocument(source: string, answer: Extract<FetchResult, { kind: 'failed' }>, options: WebOptions): RawDocument {
  options.onOutcome?.({ source, url: answer.url, result: 'failed', reason: answer.message });
  return { id: answer.url, origin: source === answer.url ? answer.url : `${source} > ${answer.url}`, url: answer.url, error: { code: `fetch-${answer.code}`, message: answer.message } };
}
