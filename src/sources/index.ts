// Everything `dyad ingest` reads, in the order given: files and folders as `dyad code` reads them,
// web archives (.warc, .warc.gz), and web addresses (pages, feeds, sitemaps). Each kind is a source of
// raw documents; none of them codes anything. The web and archive readers (fetching, robots, feeds,
// XML, inflating, WARC parsing) are loaded only when an input of their kind is named: most runs read
// files alone and need not pay for loading them.
import { readSources, type SourceOptions } from '../input/sources.js';
import type { RawDocument } from '../types.js';
import type { Fetcher, FetchOptions } from './fetch/fetcher.js';
import type { WarcOptions } from './warc.js';
import type { WebOptions } from './web.js';

export interface CorpusOptions extends SourceOptions, WarcOptions, FetchOptions {
  /** What the store remembers of web sources and pages (see WebOptions). */
  readonly web?: Omit<WebOptions, 'fetcher'>;
}

export function isWebAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

export async function* readCorpus(inputs: readonly string[], options: CorpusOptions = {}): AsyncGenerator<RawDocument> {
  let fetcher: Fetcher | null = null;
  for (const input of inputs) {
    let docs: AsyncIterable<RawDocument>;
    if (isWebAddress(input)) {
      const [{ readWeb }, { Fetcher }] = await Promise.all([import('./web.js'), import('./fetch/fetcher.js')]);
      docs = readWeb([input], { ...options.web, fetcher: (fetcher ??= new Fetcher(options)) });
    } else if (isWarcPath(input)) docs = (await import('./warc.js')).readWarc(input, options);
    else docs = readSources([input], options);
    for await (const doc of docs) yield options.date && !doc.date && !doc.error ? { ...doc, date: options.date } : doc;
  }
}
