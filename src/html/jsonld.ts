// JSON-LD blocks of a page: the article object (headline, authors, dates, body) when the page has one.

export interface LinkedArticle {
  readonly headline: string | null;
  readonly authors: string[];
  readonly datePublished: string | null;
  readonly articleBody: string | null;
  readonly publisher: string | null;
  readonly language: string | null;
}

const ARTICLE_TYPES = /article|posting|report|review|story|newsarticle|blog/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (x: Json | undefined): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

const str = (x: Json | undefined): string | null => {
  if (typeof x === 'string') return x.trim() || null;
  if (Array.isArray(x)) return str(x[0]);
  if (isObject(x)) return str(x['name'] ?? x['@value']);
  return null;
};

function names(x: Json | undefined): string[] {
  if (x === undefined || x === null) return [];
  const list = Array.isArray(x) ? x : [x];
  const out: string[] = [];
  for (const a of list) {
    const n = str(a);
    if (n && !/^https?:/i.test(n)) out.push(n);
  }
  return out;
}

/** Objects of every block, with @graph and arrays flattened (iteratively: blocks can be deep). */
function objects(blocks: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const block of blocks) {
    let data: Json;
    try {
      data = JSON.parse(block.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length && out.length < 200) {
      const x = stack.pop()!;
      if (Array.isArray(x)) for (let k = x.length - 1; k >= 0; k--) stack.push(x[k]!);
      else if (isObject(x)) {
        out.push(x);
        const graph = x['@graph'];
        if (graph) stack.push(graph);
        const main = x['mainEntity'];
        if (isObject(main)) stack.push(main);
      }
    }
  }
  return out;
}

const typeOf = (o: JsonObject): string => {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join(' ') : typeof t === 'string' ? t : '';
};

export function readJsonLd(blocks: readonly string[]): LinkedArticle | null {
  const all = objects(blocks);
  const article = all.find((o) => ARTICLE_TYPES.test(typeOf(o)) && (o['headline'] || o['articleBody'])) ?? all.find((o) => ARTICLE_TYPES.test(typeOf(o)));
  // a page typed WebPage (or the article's own page object) may carry the date the article lacks
  const dated = str(all.find((o) => str(o['datePublished']))?.['datePublished']);
  if (!article) return dated ? { headline: null, authors: [], datePublished: dated, articleBody: null, publisher: null, language: null } : null;
  const body = article['articleBody'];
  return {
    headline: str(article['headline']) ?? str(article['name']),
    authors: names(article['author'] ?? article['creator']),
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']) ?? dated,
    articleBody: typeof body === 'string' && body.trim() ? body : null,
    publisher: str(article['publisher']),
    language: str(article['inLanguage']),
  };
}
