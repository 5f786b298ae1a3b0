// A news site on 127.0.0.1 for the source tests: pages, feeds in four formats, sitemaps, a robots.txt
// that forbids a path, and the ways real servers misbehave (redirect loops, slow and oversized pages,
// 429 with Retry-After, ETag/304, gzip bombs, HTML served as XML). It counts every request it gets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface NewsServer {
  readonly base: string;
  /** Requests per path, and the request headers of the last one. */
  readonly hits: Map<string, number>;
  readonly lastHeaders: Map<string, IncomingMessage['headers']>;
  /** When each request arrived, in ms. */
  readonly times: { path: string; at: number }[];
  /** Stories the changing feed lists; tests add to it between cycles. */
  readonly liveStories: number[];
  close(): Promise<void>;
}

const STORIES: readonly [string, string][] = [
  ['Ruritania and Freedonia open border talks', 'Ruritania and Freedonia opened talks on their disputed border on Monday, officials in both capitals said.'],
  ['Freedonia recalls its envoy', 'Freedonia recalled its ambassador to Ruritania on Tuesday after a row over fishing rights.'],
  ['Ruritanian police arrest protesters', 'Police in the Ruritanian capital arrested twelve protesters outside parliament on Wednesday.'],
  ['Sylvania offers aid', 'Sylvania offered emergency aid to Freedonia after the floods, its foreign ministry said.'],
  ['Talks resume', 'Negotiators from Ruritania and Freedonia met again in Geneva on Friday.'],
];

// Pages must read as articles to the extractor: a headline and a few paragraphs of body text.
const BACKGROUND = [
  'The two neighbours have argued over the river border since the treaty of 1921 left its course unclear.',
  'Diplomats from both sides said the next round would take up the fishing grounds and the customs posts.',
  'Opposition leaders in both parliaments said they would watch the negotiations closely and ask for a vote on any deal.',
];

export function story(n: number): string {
  const [title, body] = STORIES[(n - 1) % STORIES.length]!;
  const paragraphs = [body, ...BACKGROUND, `This is story number ${n} of the test site.`].map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>${title} (${n})</title></head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

const rss = (base: string, ns: readonly number[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title><link>${base}/</link><description>Test</description>${ns
    .map((n) => `<item><title>Feed title ${n}</title><link>${base}/news/${n}.html</link><pubDate>Tue, 0${n} Mar 2024 10:00:00 GMT</pubDate></item>`)
    .join('')}</channel></rss>`;

const BOMB = gzipSync(Buffer.alloc(40 * 2 ** 20, 0x20));

export async function startNewsServer(): Promise<NewsServer> {
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingMessage['headers']>();
  const times: { path: string; at: number }[] = [];
  const liveStories = [1, 2];
  const open = new Set<ServerResponse>();
  let base = '';
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/robots.txt': (_q, r) => send(r, 200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'),
    '/feed.rss': (_q, r) => send(r, 200, 'application/rss+xml', rss(base, [1, 2, 3])),
    '/feed.atom': (_q, r) =>
      send(
        r,
        200,
        'application/atom+xml',
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>t</id><updated>2024-03-05T10:00:00Z</updated><entry><title>Atom title</title><id>a</id><link href="${base}/news/4.html"/><published>2024-03-04T10:00:00Z</published><updated>2024-03-05T10:00:00Z</updated></entry></feed>`,
      ),
    '/feed.rdf': (_q, r) =>
      send(
        r,
        200,
        'application/rdf+xml',
        `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="${base}/"><title>T</title><link>${base}/</link><description>d</description></channel><item rdf:about="${base}/news/5.html"><title>RDF title</title><link>${base}/news/5.html</link><dc:date>2024-03-03</dc:date></item></rdf:RDF>`,
      ),
    '/feed.json': (_q, r) => send(r, 200, 'application/feed+json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '6', url: `${base}/news/6.html`, title: 'JSON title', date_published: '2024-03-02T08:00:00Z' }] })),
    '/sitemap-index.xml': (_q, r) => send(r, 200, 'application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-news.xml</loc></sitemap></sitemapindex>`),
    '/sitemap-news.xml': (_q, r) =>
      send(
        r,
        200,
        'application/xml',
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${base}/news/7.html</loc><news:news><news:publication><news:name>Test</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-03-01T09:00:00Z</news:publication_date><news:title>Sitemap title</news:title></news:news></url><url><loc>${base}/news/8.html</loc><lastmod>2024-02-28</lastmod></url></urlset>`,
      ),
    '/live.rss': (_q, r) => send(r, 200, 'application/rss+xml', rss(base, liveStories)),
    '/loop/a': (_q, r) => redirect(r, '/loop/b'),
    '/loop/b': (_q, r) => redirect(r, '/loop/a'),
    '/moved.html': (_q, r) => redirect(r, '/news/1.html'),
    '/slow.html': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => r.write('<p>'), 200);
      r.on('close', () => clearInterval(timer));
    },
    // slow loris: the status line, then one header line at a time, never the end of the headers
    '/slow-headers.html': (_q, r) => {
      r.socket!.write('HTTP/1.1 200 OK\r\n');
      let n = 0;
      const timer = setInterval(() => r.socket?.write(`X-Drip-${(n += 1)}: ${'a'.repeat(8)}\r\n`), 200);
      r.on('close', () => clearInterval(timer));
    },
    '/big.html': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 8 * 2 ** 20) {
          sent += chunk.length;
          if (!r.write(chunk)) return void r.once('drain', pump);
        }
        r.end();
      };
      pump();
    },
    '/bomb.html': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      r.end(BOMB);
    },
    '/busy.html': (q, r) => {
      if ((hits.get(q.url!) ?? 0) === 1) {
        r.writeHead(429, { 'retry-after': '1' });
        r.end();
      } else send(r, 200, 'text/html', story(2));
    },
    '/etag.html': (q, r) => {
      if (q.headers['if-none-match'] === '"v1"') {
        r.writeHead(304, { etag: '"v1"' });
        r.end();
      } else {
        r.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' });
        r.end(story(3));
      }
    },
    '/report.pdf': (_q, r) => send(r, 200, 'application/pdf', '%PDF-1.7'),
    '/html-as-xml.xml': (_q, r) => send(r, 200, 'application/xml', story(1)),
    '/broken.rss': (_q, r) => send(r, 200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</tit'),
    '/private/secret.html': (_q, r) => send(r, 200, 'text/html', story(1)),
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, req.headers);
    times.push({ path, at: Date.now() });
    open.add(res);
    res.on('close', () => open.delete(res));
    const news = /^\/news\/(\d+)\.html$/.exec(path);
    if (news) return send(res, 200, 'text/html; charset=utf-8', story(Number(news[1])));
    const route = routes[path];
    if (route) return route(req, res);
    send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    lastHeaders,
    times,
    liveStories,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}
