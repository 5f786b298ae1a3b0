// Feeds (RSS 2.0, Atom, RDF/RSS 1.0, JSON Feed) to the items they list, with the well-kept `feedsmith`
// parser. An item's title and date fill what its page lacks.
import { parseFeed } from 'feedsmith';

export interface Listed {
  readonly url: string;
  readonly title?: string;
  /** YYYY-MM-DD in UTC. */
  readonly date?: string;
}

export type FeedReading = { readonly format: string; readonly items: readonly Listed[] } | { readonly error: string };

export function readFeed(text: string): FeedReading {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const items: Listed[] = [];
  for (const item of itemsOf(parsed)) {
    const url = item.url;
    if (!url) continue;
    const date = day(item.date);
    items.push({ url, ...(item.title ? { title: item.title } : {}), ...(date ? { date } : {}) });
  }
  return { format: parsed.format, items };
}

interface Item {
  readonly url: string | undefined;
  readonly title: string | undefined;
  readonly date: unknown;
}

// Each format names the same three things differently; this is the one place that knows how.
function itemsOf(parsed: ReturnType<typeof parseFeed>): Item[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((i) => ({ url: i.link ?? i.guid?.value, title: i.title, date: i.pubDate ?? i.dc?.dates?.[0] }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((e) => ({
        url: (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href,
        title: typeof e.title === 'string' ? e.title : e.title?.value,
        date: e.published ?? e.updated,
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((i) => ({ url: i.link ?? i.rdf?.about, title: i.title, date: i.dc?.dates?.[0] }));
    case 'json':
      return (parsed.feed.items ?? []).map((i) => ({ url: i.url ?? i.external_url, title: i.title, date: i.date_published ?? i.date_modified }));
  }
}

/** A feed or sitemap date (RFC 822 or ISO 8601) as its UTC day; null when it is no date. */
export function day(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const t = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const iso = new Date(t).toISOString().slice(0, 10);
  return iso >= '1800' && iso < '2201' ? iso : undefined;
}
