// Page metadata: title, byline and authors, publication date, language, site name and canonical URL, each
// taken from the first source in its table of sources that has it.
import { dateFromUrl, parseDate } from './dates.js';
import type { LinkedArticle } from './jsonld.js';
import { flatText } from './render.js';
import { attr, TEXT_TAG, type Tree } from './tree.js';

export interface Metadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly authors: string[];
  readonly published: string | null;
  readonly language: string | null;
  readonly siteName: string | null;
  readonly canonicalUrl: string | null;
}

/** The page's <meta> values by lower-cased property, name, itemprop or http-equiv (first one wins). */
export function readMeta(tree: Tree): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < tree.size; i++) {
    if (tree.tag[i] !== 'meta') continue;
    const key = (attr(tree, i, 'property') ?? attr(tree, i, 'name') ?? attr(tree, i, 'itemprop') ?? attr(tree, i, 'http-equiv') ?? '').toLowerCase();
    const value = (attr(tree, i, 'content') ?? '').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'sailthru.title', 'title', 'dc.title'];
const AUTHOR_KEYS = ['author', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'byl', 'citation_author'];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'published_time',
  'publishdate',
  'pubdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'citation_publication_date',
  'og:article:published_time',
  'article:published',
  'publication_date',
  'publication-date',
  'date_published',
  'dc.date.created',
  'dcterms.created',
  'dcterms.issued',
  'rnews:datepublished',
  'pdate',
  'displaydate',
  'date.available',
];
const SITE_KEYS = ['og:site_name', 'application-name', 'twitter:site'];
const LANGUAGE_KEYS = ['og:locale', 'content-language', 'language', 'dc.language', 'inlanguage'];

/** Separators between a headline and the site name in <title>. */
const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+|\s+-\s+|\s*\|\s*/;
const BYLINE_NAMES = /(?:^|[\s_-])(?:byline|author|authors|author-name|authorname|writer|byline-name|by-author|contributor)(?:$|[\s_-])/;
const BY_PREFIX = /^(?:(?:(?:posted|written|analysis|story|reporting|words|text|report|photos?) )?by|von|por|par|di|door|av|text:|текст:)\s+/i;
/** What follows the names in a byline: a separator, a date, a role. */
const BYLINE_TAIL = /\s*[|–—]\s*.*$|\s+-\s+.*$|,?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[./-]\d|\d{1,2}:\d\d|updated\b|published\b|posted\b).*$/i;
/** A Twitter handle after a name. */
const HANDLE = /\s*@\w+$/;
/** A role ("AP Auto Writer", "Editor-at-large"), a URL, or a form label ("Name *") is no author. */
const NOT_A_NAME = /^https?:|[*@<>{}=]|\d|(?:writer|editor(?:-at-large)?|correspondent|reporter|columnist|contributor)$/i;
const MAX_NAME_WORDS = 5;
const AUTHOR_SPLIT = /\s*(?:,|\band\b|&|\bund\b|\by\b|\bet\b|\be\b)\s*/;

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

export function readMetadata(
  tree: Tree,
  meta: Map<string, string>,
  ld: LinkedArticle | null,
  url: string | undefined,
  /** The date the page shows in words, read only when no machine date is found. */
  visible: () => string | null = () => null,
): Metadata {
  const siteName = hostIfUrl(clean(meta.get('og:site_name')) ?? clean(ld?.publisher) ?? firstKey(meta, SITE_KEYS));
  return {
    title: readTitle(tree, meta, ld, siteName),
    ...readByline(tree, meta, ld),
    published: readPublished(tree, meta, ld, url, visible),
    language: readLanguage(tree, meta, ld),
    siteName,
    canonicalUrl: readCanonical(tree, meta, url),
  };
}

/** A site name given as a URL ("https://www.example.com") is the host name. */
function hostIfUrl(name: string | null): string | null {
  if (!name || !/^https?:\/\//i.test(name)) return name;
  try {
    return new URL(name).hostname.replace(/^www\./, '');
  } catch {
    return name;
  }
}

function firstKey(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = clean(meta.get(k));
    if (v) return v;
  }
  return null;
}

function firstOf(tree: Tree, tag: string): number {
  return tree.tag.indexOf(tag);
}

/** "Headline | Site" -> "Headline": drops the parts that name the site, keeps the longest otherwise. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName?.toLowerCase();
  const kept = parts.filter((p) => !site || (p.toLowerCase() !== site && !site.includes(p.toLowerCase())));
  if (!kept.length) return title.trim();
  const first = kept[0]!;
  // a headline with a colon of its own ("Brexit: what next") stays whole when the site is only at the end
  const longest = kept.reduce((a, b) => (b.length > a.length ? b : a));
  return first.split(/\s+/).length >= 3 ? first : longest;
}

/** Every form of the headline the page gives: meta titles, JSON-LD headline, <title> (whole and stripped), <h1>. */
export function headlines(tree: Tree, meta: Map<string, string>, ld: LinkedArticle | null, site: string | null): string[] {
  const title = firstOf(tree, 'title');
  const h1 = firstOf(tree, 'h1');
  const found = [firstKey(meta, TITLE_KEYS), clean(ld?.headline), title >= 0 ? clean(flatText(tree, title)) : null].filter((x): x is string => !!x);
  const out = found.flatMap((t) => [stripSiteName(t, site), t]);
  const h1Text = h1 >= 0 ? clean(flatText(tree, h1)) : null;
  if (h1Text) out.push(h1Text);
  return out.filter((t) => t.length > 0);
}

function readTitle(tree: Tree, meta: Map<string, string>, ld: LinkedArticle | null, site: string | null): string | null {
  return headlines(tree, meta, ld, site)[0] ?? null;
}

/** "By Ana Souza | Staff writer, Nov. 19, 2031" -> "Ana Souza". */
const trimByline = (byline: string): string => byline.replace(BY_PREFIX, '').replace(BYLINE_TAIL, '').trim();

export function splitAuthors(byline: string): string[] {
  const text = trimByline(byline);
  return text
    .split(AUTHOR_SPLIT)
    .map((a) => a.replace(HANDLE, '').trim())
    .filter((a) => a.length > 1 && a.length < 60 && a.split(' ').length <= MAX_NAME_WORDS && /\p{Lu}/u.test(a) && !NOT_A_NAME.test(a));
}

function readByline(tree: Tree, meta: Map<string, string>, ld: LinkedArticle | null): { byline: string | null; authors: string[] } {
  if (ld?.authors.length) return { byline: ld.authors.join(', '), authors: ld.authors.flatMap((a) => splitAuthors(a)) };
  const fromMeta = AUTHOR_KEYS.map((k) => clean(meta.get(k))).find((v) => v && !/^https?:/i.test(v) && !/^@/.test(v));
  if (fromMeta) return { byline: fromMeta, authors: splitAuthors(fromMeta) };
  const isBylineElement = (i: number): boolean => tree.tag[i] !== TEXT_TAG && ((tree.tag[i] === 'a' && attr(tree, i, 'rel') === 'author') || BYLINE_NAMES.test(tree.names[i]!) || attr(tree, i, 'itemprop') === 'author');
  for (let i = 0; i < tree.size; i++) {
    if (!isBylineElement(i)) continue;
    const text = clean(flatText(tree, i));
    if (text && text.length < 100 && splitAuthors(text).length) {
      // several author elements side by side ("By <span>A</span> and <span>B</span>"): the byline is their parent
      const p = tree.parent[i]!;
      let siblings = 0;
      for (let j = p + 1; p >= 0 && j <= tree.end[p]!; j = tree.end[j]! + 1) if (isBylineElement(j)) siblings++;
      const whole = siblings > 1 ? clean(flatText(tree, p)) : null;
      const byline = trimByline(whole && whole.length < 150 ? whole : text);
      return { byline, authors: splitAuthors(byline) };
    }
    i = tree.end[i]!;
  }
  return { byline: null, authors: [] };
}

function readPublished(tree: Tree, meta: Map<string, string>, ld: LinkedArticle | null, url: string | undefined, visible: () => string | null): string | null {
  const fromLd = parseDate(ld?.datePublished);
  if (fromLd) return fromLd;
  for (const k of DATE_KEYS) {
    const d = parseDate(meta.get(k));
    if (d) return d;
  }
  // microdata on any element ("<span itemprop=datePublished content=...>"), then <time> elements
  for (let i = 0; i < tree.size; i++) {
    if (attr(tree, i, 'itemprop')?.toLowerCase() !== 'datepublished') continue;
    const d = parseDate(attr(tree, i, 'content') ?? attr(tree, i, 'datetime')) ?? parseDate(flatText(tree, i));
    if (d) return d;
  }
  for (let i = 0; i < tree.size; i++) {
    if (tree.tag[i] !== 'time') continue;
    const d = parseDate(attr(tree, i, 'datetime')) ?? parseDate(flatText(tree, i));
    if (d) return d;
  }
  // a date the page shows in words ("Published 7:07 PM EST Nov 19, 2019") comes before the URL's
  return visible() ?? dateFromUrl(url);
}

function readLanguage(tree: Tree, meta: Map<string, string>, ld: LinkedArticle | null): string | null {
  const html = tree.tag[0] === 'html' ? (attr(tree, 0, 'lang') ?? attr(tree, 0, 'xml:lang')) : null;
  const raw = clean(html) ?? firstKey(meta, LANGUAGE_KEYS) ?? clean(ld?.language);
  if (!raw) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2,4}))?\b/i.exec(raw);
  if (!m) return null;
  const region = m[2] ? `-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}` : '';
  return m[1]!.toLowerCase() + region;
}

function readCanonical(tree: Tree, meta: Map<string, string>, url: string | undefined): string | null {
  let href: string | null = null;
  for (let i = 0; i < tree.size && !href; i++) {
    if (tree.tag[i] === 'link' && attr(tree, i, 'rel')?.toLowerCase() === 'canonical') href = clean(attr(tree, i, 'href'));
  }
  href ??= clean(meta.get('og:url'));
  if (!href) return url ?? null;
  try {
    return new URL(href, url).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : (url ?? null);
  }
}
