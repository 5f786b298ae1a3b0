// The HTTP API on a real server over a real store: answers, the OpenAPI description checked against
// the official OpenAPI schema, security headers, and hostile values at every parameter of every
// endpoint answered 4xx, never 5xx.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startServer, type Running } from '../../src/server/serve.js';
import { cameoTable } from '../../src/kb/cameo.js';
import { openStore } from '../../src/store/open.js';
import type { CodedDocument } from '../../src/store/store.js';
import { coded, tempDir } from '../store/fixtures.js';

const path = join(tempDir('serve'), 'api.duckdb');
let server: Running;

/** The hand-made entries with the CAMEO table's scores, as the coder gives them. */
function scored(doc: CodedDocument): CodedDocument {
  const cameo = cameoTable();
  return { ...doc, mentions: doc.mentions.map((m) => ({ ...m, goldstein: cameo.goldstein(m.code), quad: cameo.quadClass(m.code) })) };
}

const MOSCOW = { type: 4 as const, fullName: 'Moscow, Moskva, Russia', countryCode: 'RS', adm1Code: 'RS48', adm2Code: '', lat: 55.75, long: 37.62, featureId: '524901' };
const inMoscow = (doc: CodedDocument): CodedDocument => ({ ...doc, mentions: doc.mentions.map((m) => ({ ...m, actionGeo: MOSCOW, placeName: 'Moscow' })) });
const meet = inMoscow(scored(coded('https://one.example/a', 'Kim met Putin in Moscow on Tuesday.', [['20180320', 'PRKGOV', 'RUSGOV', '051']])));
const accuse = scored(
  coded(
    'https://two.example/b',
    'Washington accused Moscow of meddling.',
    [
      ['20180421', 'USAGOV', 'RUSGOV', '112'],
      ['20180422', 'RUSGOV', 'PRKGOV', '042'],
    ],
    -2,
  ),
);

before(async () => {
  const store = await openStore(path, 'write');
  await store.write([meet, { ...accuse, document: { ...accuse.document, id: 'wire/b 1.txt' } }], new Date());
  await store.settle();
  await store.close();
  server = await startServer({ store: path, host: '127.0.0.1', port: 0, rateLimit: 100_000 });
});

after(async () => server.close());

const get = (route: string, init?: RequestInit) => fetch(`${server.url}${route}`, init);
async function json(route: string): Promise<{ status: number; body: any }> {
  const res = await get(route);
  return { status: res.status, body: await res.json() };
}

test('events: filters, pagination, Goldstein and QuadClass from the CAMEO table', async () => {
  const all = await json('/api/events');
  assert.equal(all.status, 200);
  assert.deepEqual(
    all.body.events.map((e: any) => e.code),
    ['042', '112', '051'],
  );
  assert.deepEqual({ goldstein: all.body.events[2].goldstein, quad: all.body.events[2].quad, source: all.body.events[2].source, sourceUrl: all.body.events[2].sourceUrl }, { goldstein: 3.4, quad: 1, source: 'PRKGOV', sourceUrl: 'https://one.example/a' });
  const page = await json('/api/events?limit=2&offset=0');
  assert.deepEqual([page.body.events.length, page.body.more], [2, true]);
  const rest = await json('/api/events?limit=2&offset=2');
  assert.deepEqual([rest.body.events.length, rest.body.more], [1, false]);
  const codes = async (query: string) => (await json(`/api/events?${query}`)).body.events.map((e: any) => e.code).sort();
  assert.deepEqual(await codes('actor1=rus'), ['042']);
  assert.deepEqual(await codes('actor2=RUSGOV'), ['051', '112']);
  assert.deepEqual(await codes('actor=PRK'), ['042', '051']);
  assert.deepEqual(await codes('root=11'), ['112']);
  assert.deepEqual(await codes('code=051'), ['051']);
  assert.deepEqual(await codes('quadclass=3'), ['112']);
  assert.deepEqual(await codes('quadclass=1'), ['042', '051']);
  assert.deepEqual(await codes('from=2018-04-01&to=2018-04-21'), ['112']);
  assert.deepEqual(await codes('q=meddling'), ['042', '112']);
  assert.deepEqual(await codes('place=moscow'), ['051']);
  assert.deepEqual(all.body.events[2].place, { type: 4, fullName: 'Moscow, Moskva, Russia', countryCode: 'RS', lat: 55.75, long: 37.62 });
  const places = await json('/api/places');
  assert.deepEqual(places.body.places, [{ name: 'Moscow, Moskva, Russia', countryCode: 'RS', lat: 55.75, long: 37.62, events: 1, goldstein: 3.4 }]);
  assert.deepEqual((await json('/api/places?actor=USA')).body.places, []);
});

test('timeline, partners, documents, one document, quotes', async () => {
  const timeline = await json('/api/timeline?source=PRKGOV&target=RUSGOV');
  assert.deepEqual(timeline.body, { source: 'PRKGOV', target: 'RUSGOV', months: [{ month: '201803', events: 1, goldstein: 3.4, quadShares: [1, 0, 0, 0] }] });
  const against = await json('/api/timeline?source=RUSGOV');
  assert.deepEqual(
    against.body.months.map((m: any) => [m.month, m.events]),
    [
      ['201803', 1],
      ['201804', 2],
    ],
  );
  const partners = await json('/api/partners?actor=RUSGOV');
  assert.deepEqual(
    partners.body.partners.map((p: any) => [p.actor, p.events, Math.round(p.goldstein * 100) / 100]),
    [
      ['PRKGOV', 2, 2.65],
      ['USAGOV', 1, -2],
    ],
  );
  const documents = await json('/api/documents');
  assert.deepEqual(documents.body.documents.map((d: any) => d.id).sort(), ['https://one.example/a', 'wire/b 1.txt']);
  const one = await json(`/api/documents/${encodeURIComponent('wire/b 1.txt')}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.document.text, 'Washington accused Moscow of meddling.');
  assert.deepEqual(
    one.body.events.map((e: any) => [e.code, e.rule, e.entry]),
    [
      ['112', 'test/hand', 'test.verbs.txt:1'],
      ['042', 'test/hand', 'test.verbs.txt:1'],
    ],
  );
  assert.equal(one.body.entities[0].actor, 'PRKGOV');
  assert.equal((await json(`/api/documents/${encodeURIComponent('https://one.example/a')}`)).body.document.id, 'https://one.example/a');
  assert.equal((await json('/api/documents/nothing-here')).status, 404);
  const quotes = await json('/api/quotes?speaker=Kim%20Jong%20Un');
  assert.equal(quotes.body.quotes.length, 2);
  assert.equal(quotes.body.quotes[0].speaker.actor, 'PRKGOV');
});

test('export downloads stream what dyad export writes', async () => {
  const res = await get('/api/export?format=gdelt-events&actor=PRK');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
  const lines = (await res.text()).trim().split('\n');
  assert.equal(lines.length, 2);
  assert.ok(lines.every((l) => l.split('\t').length === 61));
  const csv = await (await get('/api/export?format=csv')).text();
  assert.equal(csv.trim().split('\n').length, 4);
  assert.equal((await get('/api/export?format=parquet')).status, 400);
});

test('the OpenAPI description is valid OpenAPI and lists every endpoint', async () => {
  const spec = (await json('/api/openapi.json')).body;
  const result = await new Validator().validate(spec);
  assert.equal(result.valid, true, JSON.stringify(result.errors));
  assert.deepEqual(Object.keys(spec.paths).sort(), ['/api/documents', '/api/documents/{id}', '/api/events', '/api/export', '/api/partners', '/api/places', '/api/quotes', '/api/timeline']);
  const params = spec.paths['/api/events'].get.parameters.map((p: any) => p.name).sort();
  assert.deepEqual(params, ['actor', 'actor1', 'actor2', 'background', 'code', 'from', 'limit', 'offset', 'place', 'q', 'quadclass', 'root', 'to']);
});

test('security headers, read-only, JSON errors', async () => {
  const res = await get('/api/events');
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const write = await get('/api/events', { method, body: method === 'DELETE' ? null : '{}' });
    assert.equal(write.status, 405, method);
    assert.equal(((await write.json()) as any).error.code, 'read-only');
  }
  const unknown = await json('/api/nothing');
  assert.deepEqual([unknown.status, unknown.body.error.code], [404, 'not-found']);
  const long = await get(`/api/events?q=${'x'.repeat(9000)}`);
  assert.equal(long.status, 414);
});

const HOSTILE = [
  "'",
  '"',
  "' or '1'='1",
  "'; drop table events; --",
  "RUS%' union select * from documents --",
  '1e309',
  '-1',
  'NaN',
  '99999999999999999999999999',
  '0x10',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u202e\ud83d\ude00',
  'x'.repeat(5000),
];

const ENDPOINTS: Record<string, { route: string; params: string[]; base?: string }> = {
  events: { route: '/api/events', params: ['actor', 'actor1', 'actor2', 'code', 'root', 'quadclass', 'from', 'to', 'place', 'q', 'background', 'limit', 'offset'] },
  places: { route: '/api/places', params: ['actor', 'actor1', 'actor2', 'code', 'root', 'quadclass', 'from', 'to', 'place', 'q', 'background', 'limit'] },
  timeline: { route: '/api/timeline', params: ['source', 'target'], base: 'source=PRKGOV' },
  partners: { route: '/api/partners', params: ['actor', 'limit'], base: 'actor=RUSGOV' },
  documents: { route: '/api/documents', params: ['limit', 'offset'] },
  quotes: { route: '/api/quotes', params: ['speaker', 'limit', 'offset'], base: 'speaker=Kim' },
  export: { route: '/api/export', params: ['format', 'actor', 'actor1', 'actor2', 'code', 'root', 'quadclass', 'from', 'to', 'place', 'q', 'background'], base: 'format=csv' },
};

test('hostile values at every parameter of every endpoint: 4xx or a plain answer, never 5xx', async () => {
  let tried = 0;
  for (const [name, { route, params, base }] of Object.entries(ENDPOINTS)) {
    for (const param of params) {
      for (const value of HOSTILE) {
        const query = [base && !base.startsWith(`${param}=`) ? base : '', `${param}=${encodeURIComponent(value)}`].filter(Boolean).join('&');
        const res = await get(`${route}?${query}`);
        const body = await res.text();
        tried += 1;
        assert.ok(res.status < 500, `${name} ${param}=${JSON.stringify(value.slice(0, 40))}: ${res.status} ${body.slice(0, 200)}`);
        assert.doesNotMatch(body, /\bat .*\.(ts|js):\d+|select .* from/i, `${name} ${param}: a stack or SQL in the answer`);
        if (res.status >= 400) assert.ok(JSON.parse(body).error.code, `${name} ${param}: a JSON error`);
      }
    }
  }
  for (const value of [...HOSTILE, '..', '.', '%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
    const res = await get(`/api/documents/${encodeURIComponent(value)}`);
    tried += 1;
    assert.ok(res.status >= 400 && res.status < 500, `document ${JSON.stringify(value.slice(0, 40))}: ${res.status}`);
  }
  for (const raw of ['/api/documents/../../etc/passwd', '/../../etc/passwd', '/assets/../../package.json', '/documents/%2e%2e/%2e%2e/package.json', '/%00', '/api/events?limit=1&limit=2']) {
    const res = await get(raw);
    const body = await res.text();
    tried += 1;
    assert.ok(res.status < 500, `${raw}: ${res.status}`);
    assert.doesNotMatch(body, /"name": "dyad"|root:x:0/, raw);
  }
  assert.ok(tried > 500, `${tried} requests`);
});

test('a client over the rate limit is told 429 in JSON', async () => {
  const limited = await startServer({ store: path, host: '127.0.0.1', port: 0, rateLimit: 3 });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${limited.url}/api/documents`)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const res = await fetch(`${limited.url}/api/documents`);
    assert.equal(((await res.json()) as any).error.code, 'rate-limited');
  } finally {
    await limited.close();
  }
});

test('a question past the time limit is interrupted and answered 503 in JSON; the server goes on', async () => {
  // a store whose one article is 20 million characters long: searching its words takes a while
  const big = join(tempDir('serve-slow'), 'slow.duckdb');
  const store = await openStore(big, 'write');
  await store.write([coded('https://huge.example/a', `${'Moscow and Pyongyang talked. '.repeat(700_000)}`, [['20180320', 'PRKGOV', 'RUSGOV', '051']])], new Date());
  await store.close();
  const slow = await startServer({ store: big, host: '127.0.0.1', port: 0, queryTimeoutMs: 5 });
  try {
    const res = await fetch(`${slow.url}/api/events?q=nowhere`);
    assert.equal(res.status, 503);
    assert.equal(((await res.json()) as any).error.code, 'timeout');
    assert.equal((await fetch(`${slow.url}/api/openapi.json`)).status, 200);
  } finally {
    await slow.close();
  }
});
