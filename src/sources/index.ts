// Everything `dyad ingest` reads, in the order given: files and folders as `dyad code` reads them,
// web archives (.warc, .warc.gz), and web addresses (pages, feeds, sitemaps). Each kind is a source of
// raw documents; none of them codes anything.
import { readSources, type SourceOptions } from '../input/sources.js';
import type { RawDocument } from '../types.js';
import { Fetcher, type FetchOptions } from './fetch/fetcher.js';
import { isWarcPath, readWarc, type WarcOptions } from './warc.js';
import { readWeb, type WebOptions } from './web.js';

export interface CorpusOptions extends SourceOptions, WarcOptions, FetchOptions {
  /** What the store remembers of web sources and pages (see WebOptions). */
  readonly web?: Omit<WebOptions, 'fetcher'>;
}

export function isWebAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function* readCorpus(inputs: readonly string[], options: CorpusOptions = {}): AsyncGenerator<RawDocument> {
  let fetcher: Fetcher | null = null;
  for (const input of inputs) {
    let docs: AsyncIterable<RawDocument>;
    if (isWebAddress(input)) docs = readWeb([input], { ...options.web, fetcher: (fetcher ??= new Fetcher(options)) });
    else if (isWarcPath(input)) docs = readWarc(input, options);
    else docs = readSources([input], options);
    for await (const doc of docs) yield options.date && !doc.date && !doc.error ? { ...doc, date: options.date } : doc;
  }
}
