// Sitemaps (sitemaps.org urlset and sitemapindex, with Google News' news: extension) to the pages they
// list, with the well-kept `fast-xml-parser`.
import { XMLParser } from 'fast-xml-parser';
import { day, type Listed } from './feeds.js';

export type SitemapReading = { readonly kind: 'pages'; readonly pages: readonly Listed[] } | { readonly kind: 'index'; readonly sitemaps: readonly string[] } | { readonly error: string };

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** Whether an XML text is a sitemap rather than a feed, from its root element. */
export function isSitemap(text: string): boolean {
  return /<(?:\w+:)?(?:urlset|sitemapindex)\b/.test(text.slice(0, 2048));
}

export function readSitemap(text: string): SitemapReading {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const index = doc.sitemapindex as { sitemap?: { loc?: unknown }[] } | undefined;
  if (index) return { kind: 'index', sitemaps: (index.sitemap ?? []).map((s) => textOf(s.loc)).filter((s): s is string => !!s) };
  const urlset = doc.urlset as { url?: Record<string, unknown>[] } | undefined;
  if (!urlset) return { error: 'neither a urlset nor a sitemapindex' };
  const pages: Listed[] = [];
  for (const entry of urlset.url ?? []) {
    const url = textOf(entry.loc);
    if (!url) continue;
    const news = entry.news as { title?: unknown; publication_date?: unknown } | undefined;
    const title = textOf(news?.title);
    const date = day(textOf(news?.publication_date) ?? textOf(entry.lastmod));
    pages.push({ url, ...(title ? { title } : {}), ...(date ? { date } : {}) });
  }
  return { kind: 'pages', pages };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
