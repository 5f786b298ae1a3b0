import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Fetcher, retryAfter, type FetchOptions } from '../../src/sources/fetch/fetcher.js';
import { readWeb, type Outcome, type WebOptions } from '../../src/sources/web.js';
import type { RawDocument } from '../../src/types.js';
import { startNewsServer, type NewsServer } from './news-server.js';

let site: NewsServer;
before(async () => (site = await startNewsServer()));
after(() => site.close());

const QUICK: FetchOptions = { hostDelayMs: 0, timeoutMs: 1500, maxBytes: 2 * 2 ** 20, retries: 2, maxRetryWaitMs: 3000, contact: 'desk@example.org' };

async function read(paths: readonly string[], options: Partial<WebOptions> = {}, fetch: FetchOptions = QUICK): Promise<{ docs: RawDocument[]; outcomes: Outcome[] }> {
  const outcomes: Outcome[] = [];
  const docs: RawDocument[] = [];
  const fetcher = new Fetcher(fetch);
  for await (const d of readWeb(
    paths.map((p) => site.base + p),
    { fetcher, onOutcome: (o) => outcomes.push(o), ...options },
  ))
    docs.push(d);
  return { docs, outcomes };
}

const summary = (docs: RawDocument[]): [string, string | undefined, string | undefined, string][] => docs.map((d) => [d.id.replace(site.base, ''), d.title, d.date, d.error?.code ?? 'ok']);

describe('web sources', () => {
  it('reads the items of RSS, Atom, RDF and JSON feeds, with the feed titles and dates as hints', async () => {
    const { docs } = await read(['/feed.rss', '/feed.atom', '/feed.rdf', '/feed.json']);
    assert.deepEqual(summary(docs), [
      ['/news/1.html', 'Feed title 1', '2024-03-01', 'ok'],
      ['/news/2.html', 'Feed title 2', '2024-03-02', 'ok'],
      ['/news/3.html', 'Feed title 3', '2024-03-03', 'ok'],
      ['/news/4.html', 'Atom title', '2024-03-04', 'ok'],
      ['/news/5.html', 'RDF title', '2024-03-03', 'ok'],
      ['/news/6.html', 'JSON title', '2024-03-02', 'ok'],
    ]);
    assert.match(docs[0]!.html!, /Ruritania and Freedonia opened talks/);
  });

  it('follows a sitemap index to a news sitemap', async () => {
    const { docs } = await read(['/sitemap-index.xml']);
    assert.deepEqual(summary(docs), [
      ['/news/7.html', 'Sitemap title', '2024-03-01', 'ok'],
      ['/news/8.html', undefined, '2024-02-28', 'ok'],
    ]);
  });

  it('takes a page as a page, following a redirect to it', async () => {
    const { docs } = await read(['/moved.html']);
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.url, `${site.base}/news/1.html`);
  });

  // each bad source is an error document with its reason, and the run goes on to the next
  const BAD: readonly [string, string, RegExp][] = [
    ['/private/secret.html', 'fetch-robots', /robots\.txt .* forbids \/private\/secret\.html/],
    ['/loop/a', 'fetch-redirects', /redirect loop/],
    ['/slow.html', 'fetch-timeout', /no whole answer within 1\.5 s/],
    ['/slow-headers.html', 'fetch-timeout', /no whole answer within 1\.5 s/],
    ['/big.html', 'fetch-too-large', /over the limit/],
    ['/bomb.html', 'fetch-too-large', /over the limit/],
    ['/report.pdf', 'fetch-content-type', /application\/pdf/],
    ['/html-as-xml.xml', 'bad-source', /HTML page, not a feed/],
    ['/broken.rss', 'bad-source', /not a readable feed/],
    ['/missing.html', 'fetch-http', /HTTP 404/],
  ];
  it('turns every misbehaving source into an error document and goes on', async () => {
    const { docs } = await read([...BAD.map(([p]) => p), '/news/2.html']);
    assert.equal(docs.length, BAD.length + 1);
    BAD.forEach(([path, code, message], i) => {
      assert.equal(docs[i]!.error?.code, code, path);
      assert.match(docs[i]!.error!.message, message, path);
      assert.ok(docs[i]!.error!.message.includes(path), `${path}: the message names the URL`);
    });
    assert.equal(docs.at(-1)!.error, undefined);
    assert.equal(site.hits.get('/private/secret.html'), undefined, 'a forbidden path is never requested');
  });

  it('waits as a 429 Retry-After asks, then reads the page', async () => {
    const started = Date.now();
    const { docs } = await read(['/busy.html']);
    assert.equal(docs[0]!.error, undefined);
    assert.equal(site.hits.get('/busy.html'), 2);
    assert.ok(Date.now() - started >= 900, 'waited for the Retry-After second');
  });

  it('asks with the validators of an earlier run and reports an unchanged source', async () => {
    const first = await read(['/etag.html']);
    const seen = first.outcomes.find((o) => o.url.endsWith('/etag.html'))!;
    assert.deepEqual(seen.validators, { etag: '"v1"' });
    const second = await read(['/etag.html'], { validators: () => seen.validators });
    assert.equal(second.docs.length, 0);
    assert.equal(second.outcomes[0]!.result, 'unchanged');
    assert.equal(site.lastHeaders.get('/etag.html')!['if-none-match'], '"v1"');
  });

  it('names dyad and the contact in its User-Agent, and spaces requests to one host', async () => {
    const start = site.times.length;
    await read(['/news/3.html', '/news/4.html', '/news/5.html'], {}, { ...QUICK, hostDelayMs: 150 });
    assert.match(String(site.lastHeaders.get('/news/3.html')!['user-agent']), /^dyad\/[\d.]+ \(.*\+desk@example\.org\)$/);
    const at = site.times
      .slice(start)
      .filter((t) => t.path.startsWith('/news/'))
      .map((t) => t.at);
    for (let i = 1; i < at.length; i++) assert.ok(at[i]! - at[i - 1]! >= 140, `gap ${at[i]! - at[i - 1]!} ms`);
  });

  it('never fetches a URL twice in a run, and skips pages the store holds', async () => {
    const before = site.hits.get('/news/1.html') ?? 0;
    const { docs, outcomes } = await read(['/feed.rss', '/feed.rss'], { known: (url) => url.endsWith('/3.html') });
    assert.equal((site.hits.get('/news/1.html') ?? 0) - before, 1);
    assert.deepEqual(
      docs.map((d) => d.error?.code ?? 'ok'),
      ['ok', 'ok', 'fetch-duplicate'],
    );
    assert.ok(outcomes.some((o) => o.result === 'known' && o.url.endsWith('/3.html')));
  });
});

describe('Retry-After', () => {
  const ROWS: readonly [string | null, number | null][] = [
    ['5', 5000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10_000],
  ];
  const NEGATIVE: readonly (string | null)[] = [null, '', 'soon', '-3'];
  for (const [value, ms] of ROWS) it(`reads ${value}`, () => assert.equal(retryAfter(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), ms));
  for (const value of NEGATIVE) it(`ignores ${JSON.stringify(value)}`, () => assert.equal(retryAfter(value), null));
});
