// The web UI in a real browser (Debian's Chromium through playwright-core) against `dyad serve` over
// a store built from the sample articles and the seed article, plus a hand-made document whose
// title, text, names and URL carry script payloads. Every view is drawn, screenshotted into
// test-output/screenshots and checked for console errors; a timeline bar leads to its sentence;
// the seed article shows its actors; and no payload ever runs (window.__pwned stays unset).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type Running } from '../../src/server/serve.js';
import { openStore } from '../../src/store/open.js';
import { dyad } from '../cli/corpus.js';
import { coded, tempDir } from '../store/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = resolve(ROOT, '../shared/seed/upi-kim-putin-2018.txt');
const SHOTS = join(ROOT, 'test-output/screenshots');

const PAYLOAD = 'window.__pwned = (window.__pwned || 0) + 1';
const HOSTILE_ID = `<script>${PAYLOAD}</script>.txt`;
const HOSTILE_TITLE = `<script>${PAYLOAD}</script><img src=x onerror="${PAYLOAD}">`;
const HOSTILE_TEXT = `Mallory wrote <img src=x onerror="${PAYLOAD}"> and <a href="javascript:${PAYLOAD}">click</a>, then <svg onload="${PAYLOAD}"></svg> javascript:${PAYLOAD}`;

let server: Running;
let browser: Browser;

before(async () => {
  // the UI as the package ships it, built from the current sources
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  const path = join(tempDir('ui'), 'ui.duckdb');
  for (const [input, date] of [
    [join(ROOT, 'samples'), '2023-10-18'],
    [SEED, '2018-03-21'],
  ] as const) {
    const run = await dyad(['ingest', input, '--date', date, '--store', path, '--threads', '1']);
    assert.equal(run.status, 0, run.stderr);
  }
  const hostile = coded(`javascript:${PAYLOAD}`, HOSTILE_TEXT, [['20180322', 'MALLORY', 'RUSGOV', '112']]);
  const store = await openStore(path, 'write');
  await store.write(
    [
      {
        ...hostile,
        document: { ...hostile.document, id: HOSTILE_ID, title: HOSTILE_TITLE },
        entities: [{ ...hostile.entities[0]!, start: 0, end: 7, text: 'Mallory', name: `<img src=x onerror="${PAYLOAD}">`, actor: 'MALLORY' }],
        quotes: [{ ...hostile.quotes[0]!, start: 14, end: 20, text: '<img s', speaker: { text: 'Mallory', start: 0, end: 7, name: `<b onmouseover="${PAYLOAD}">M</b>`, actor: 'MALLORY' } }],
      },
    ],
    new Date(),
  );
  await store.settle();
  await store.close();
  server = await startServer({ store: path, host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// what page.evaluate runs is the browser's code, and this file is compiled without the DOM's types:
// the little of the page it touches, typed here (a type only, so nothing of it needs to reach the page)
type Box = { x: number; y: number; width: number; height: number };
type Win = { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null; getBoundingClientRect(): Box }> }; __pwned?: number };

/** A page that records console errors, uncaught exceptions and failed requests. */
async function open(route: string, setup?: (page: Page) => Promise<unknown>): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await setup?.(page);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message} ${e.stack ?? ''}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(`${server.url}${route}`);
  return { page, problems };
}

const ready = (page: Page, selector = '#view') => page.waitForSelector(`${selector}[data-ready="true"]`, { timeout: 20_000 });

async function finish(page: Page, problems: string[], shot: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
  assert.equal(await page.evaluate(() => (globalThis as unknown as Win).__pwned), undefined, `${shot}: a payload ran`);
  assert.deepEqual(problems, [], `${shot}: console errors`);
  await page.close();
}

test('timeline: stacked QuadClass bars and the Goldstein line; a bar leads to its events and on to its sentence', async () => {
  const { page, problems } = await open('/?view=timeline&source=PRKGOV&target=RUSGOV');
  await ready(page);
  // the tallest verbal-cooperation shape is a bar (the legend's swatch is small)
  const bar = await page.evaluate(() => {
    const boxes = Array.from((globalThis as unknown as Win).document.querySelectorAll('#timeline-chart svg path[fill="#4caf50"]')).map((p) => p.getBoundingClientRect());
    const box = boxes.sort((a, b) => b.height - a.height)[0]!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, height: box.height };
  });
  assert.ok(bar.height > 100, `a verbal cooperation bar ${bar.height}px high`);
  assert.ok((await page.locator('#timeline-chart svg path[stroke="#37474f"]').count()) >= 1, 'the Goldstein line');
  await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
  await page.mouse.click(bar.x, bar.y);
  await page.waitForURL(/from=2018-03-01&to=2018-03-31/);
  await ready(page);
  const rows = page.locator('#timeline-events table.events tbody tr');
  assert.ok((await rows.count()) >= 1, 'events of the month');
  assert.match(await rows.first().innerText(), /PRKGOV\s+RUSGOV/);
  await page.screenshot({ path: join(SHOTS, 'timeline-month-events.png'), fullPage: true });
  await rows.first().locator('a.sentence-link').click();
  await page.waitForURL(/\/documents\/.+#event-\d+$/);
  await ready(page, '#article');
  const sentence = page.locator('.mark-target');
  assert.ok((await sentence.count()) >= 1, 'the sentence is marked');
  assert.match((await sentence.allInnerTexts()).join(''), /Kim/);
  assert.ok(await sentence.first().isVisible());
  await finish(page, problems, 'timeline-sentence');
});

test('timeline: one actor against all, over the months between its events', async () => {
  const { page, problems } = await open('/?view=timeline&source=PRKGOV');
  await ready(page);
  const heights = await page.evaluate(() => Array.from((globalThis as unknown as Win).document.querySelectorAll('#timeline-chart svg path[fill="#4caf50"]')).map((p) => p.getBoundingClientRect().height));
  assert.ok(heights.filter((h) => h > 10).length >= 2, `bars in two months: ${heights.join(',')}`);
  await page.screenshot({ path: join(SHOTS, 'timeline-against-all.png'), fullPage: true });
  // brushing from the first bar to the last lists the events of that period
  const bars = await page.evaluate(() =>
    Array.from((globalThis as unknown as Win).document.querySelectorAll('#timeline-chart svg path[fill="#4caf50"]'))
      .map((p) => p.getBoundingClientRect())
      .filter((b) => b.height > 10)
      .map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height - 5 }))
      .sort((a, b) => a.x - b.x),
  );
  const [first, last] = [bars[0]!, bars[bars.length - 1]!];
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  await page.mouse.move(last.x, last.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForURL(/from=2018-03-01&to=2019-06-30/);
  await ready(page);
  const days = (await page.locator('#timeline-events tbody tr td:first-child').allInnerTexts()).sort();
  assert.ok(days.length >= 5, `${days.length} events`);
  assert.ok(days[0]! >= '2018-03-01' && days.at(-1)! <= '2019-06-30', days.join(','));
  await page.screenshot({ path: join(SHOTS, 'timeline-brushed.png'), fullPage: true });
  // away to another view and back: the chart is drawn again, the period still listed
  await page.locator('#tabs button', { hasText: 'network' }).click();
  await ready(page);
  await page.goBack();
  await page.waitForURL(/view=timeline.*from=2018-03-01/);
  await ready(page);
  const drawn = await page.evaluate(() => Array.from((globalThis as unknown as Win).document.querySelectorAll('#timeline-chart svg path[fill="#4caf50"]')).filter((p) => p.getBoundingClientRect().height > 10).length);
  assert.ok(drawn >= 2, `${drawn} bars after coming back`);
  assert.ok((await page.locator('#timeline-events tbody tr').count()) >= 5);
  await finish(page, problems, 'timeline-back');
});

test('with no actor named, the timeline and the network offer the busiest actors, and one click draws them', async () => {
  for (const [view, param] of [
    ['timeline', 'source'],
    ['network', 'actor'],
  ] as const) {
    const { page, problems } = await open(`/?view=${view}`);
    await ready(page);
    const offers = await page.locator('#view button.offer').allTextContents();
    // the seed article's PRKGOV is among the busiest; the counts fall from left to right
    assert.ok(
      offers.some((o) => o.startsWith('PRKGOV (')),
      offers.join(','),
    );
    const counts = offers.map((o) => Number(/\((\d+)\)$/.exec(o)![1]));
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      offers.join(','),
    );
    await page.locator('#view button.offer[data-actor="PRKGOV"]').click();
    await page.waitForURL(new RegExp(`${param}=PRKGOV`));
    await ready(page);
    assert.ok((await page.locator(`#${view}-chart svg`).count()) === 1, `${view}: a chart after the click`);
    await finish(page, problems, `${view}-offers`);
  }
});

test('network: partners with weighted, coloured edges; clicking an edge lists the events both ways', async () => {
  const { page, problems } = await open('/?view=network&actor=PRKGOV');
  await ready(page);
  const labels = await page.locator('#network-chart svg text').allTextContents();
  assert.ok(labels.includes('RUSGOV') && labels.includes('USAGOV'), labels.join(','));
  // the edges: straight stroked paths without fill; click the middle of the first
  const middle = await page.evaluate(() => {
    const edges = Array.from((globalThis as unknown as Win).document.querySelectorAll('#network-chart svg path')).filter((p) => p.getAttribute('fill') === 'none' && p.getAttribute('stroke'));
    const box = edges[0]!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, edges: edges.length };
  });
  assert.ok(middle.edges >= 3, `${middle.edges} edges`);
  await page.mouse.click(middle.x, middle.y);
  await page.waitForURL(/partner=/);
  await ready(page);
  assert.ok((await page.locator('#network-events table.events tbody tr').count()) >= 1, 'events of the edge');
  await finish(page, problems, 'network');
});

test('a network replaced while it waits for the API: its late draw, into a page it has left, throws nothing', async () => {
  // the first network's partners come late; meanwhile the user has asked for another actor. The late
  // draw lays its graph out in a host that has left the page (no size): echarts threw on it.
  let held = true;
  const { page, problems } = await open('/?view=network&actor=PRKGOV', (p) =>
    p.route('**/api/partners?*', async (route) => {
      if (held && route.request().url().includes('PRKGOV')) {
        held = false;
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      await route.continue();
    }),
  );
  await page.evaluate(() => {
    const w = globalThis as unknown as { history: { pushState(a: null, b: string, c: string): void }; dispatchEvent(e: unknown): void; Event: new (name: string) => unknown };
    w.history.pushState(null, '', '/?view=network&actor=RUSGOV');
    w.dispatchEvent(new w.Event('dyad:state'));
  });
  await ready(page);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const labels = await page.locator('#network-chart svg text').allTextContents();
  assert.ok(labels.includes('RUSGOV'), labels.join(','));
  await finish(page, problems, 'network-replaced');
});

test('map: places on the bundled world map; clicking one lists its events', async () => {
  const { page, problems } = await open('/?view=map');
  await ready(page);
  assert.ok((await page.locator('#map .countries path').count()) > 150, 'the countries are drawn');
  const dots = page.locator('#map .places circle');
  assert.ok((await dots.count()) >= 2, 'event places');
  await dots.first().click();
  await page.waitForURL(/place=/);
  await ready(page);
  assert.ok((await page.locator('#map-events table.events tbody tr').count()) >= 1);
  await finish(page, problems, 'map');
});

test('event table: filtered by URL, sorted by a click, each row linking to its sentence', async () => {
  const { page, problems } = await open('/?view=events&actor=PRK');
  await ready(page);
  const rows = page.locator('#event-table tbody tr');
  assert.ok((await rows.count()) >= 3);
  for (const text of await rows.allInnerTexts()) assert.match(text, /PRK/);
  await page.locator('#event-table th', { hasText: 'Goldstein' }).click();
  await page.waitForURL(/sort=goldstein/);
  await ready(page);
  const scores = (await page.locator('#event-table tbody tr td:nth-child(6)').allInnerTexts()).map(Number);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => a - b),
  );
  const href = await page.locator('#event-table a.sentence-link').first().getAttribute('href');
  assert.match(href ?? '', /^\/documents\/[^#]+#event-\d+$/);
  // the download link carries the filter, and gives the same events
  const csv = await page.locator('a.download', { hasText: 'CSV' }).getAttribute('href');
  assert.equal(csv, '/api/export?format=csv&actor=PRK');
  const lines = (await (await fetch(`${server.url}${csv}`)).text()).trim().split('\n');
  assert.equal(lines.length - 1, scores.length);
  await finish(page, problems, 'events');
});

test('the annotated seed article shows Kim Jong Un, Putin and PRKGOV, with rules on hover', async () => {
  const { page, problems } = await open('/?view=documents');
  await ready(page);
  await page.screenshot({ path: join(SHOTS, 'documents.png'), fullPage: true });
  await page.locator('a.document-link', { hasText: 'Kim Jong Un congratulates' }).click();
  await ready(page, '#article');
  const facts = await page.locator('.facts').innerText();
  for (const name of ['Kim Jong Un', 'Putin', 'PRKGOV', 'RUSGOV']) assert.ok(facts.includes(name), `${name} in the facts panel`);
  assert.ok((await page.locator('.text .mark-entity', { hasText: 'Kim Jong Un' }).count()) >= 1);
  assert.ok((await page.locator('.text .mark-quote').count()) >= 1, 'quotes are marked');
  const verb = page.locator('.text .mark-verb').first();
  assert.match((await verb.getAttribute('title')) ?? '', /rule: .+/);
  assert.match(await page.locator('.quotes').innerText(), /Kim Jong Un.*→/);
  await page.screenshot({ path: join(SHOTS, 'seed-article.png'), fullPage: true });
  // a speaker leads to everything they said
  await page.locator('.quotes a.speaker', { hasText: 'Kim Jong Un' }).first().click();
  await page.waitForURL(/view=quotes&speaker=Kim(%20|\+)Jong(%20|\+)Un/);
  await ready(page);
  assert.ok((await page.locator('#quotes .quote-list li').count()) >= 3, "Kim Jong Un's quotes");
  await finish(page, problems, 'quotes');
});

test('hostile titles, text, names and URLs render as text and run nothing', async () => {
  const { page, problems } = await open(`/documents/${encodeURIComponent(HOSTILE_ID)}`);
  await ready(page, '#article');
  assert.equal(await page.locator('#title').innerText(), HOSTILE_TITLE);
  assert.ok((await page.locator('#text').innerText()).includes(`<img src=x onerror="${PAYLOAD}">`));
  assert.equal(await page.locator('#article img, #article script, #article svg, #article iframe').count(), 0);
  assert.equal(await page.locator('#article a[href^="javascript"]').count(), 0);
  assert.equal(await page.locator('.source-url').evaluate((n) => n.tagName), 'SPAN');
  assert.ok((await page.locator('.facts').innerText()).includes(`<img src=x onerror="${PAYLOAD}">`));
  await page.locator('.text .mark-quote').first().hover();
  await page.locator('.quotes li').first().hover();
  await page.screenshot({ path: join(SHOTS, 'hostile-article.png'), fullPage: true });
  assert.equal(await page.title(), `dyad: ${HOSTILE_TITLE}`);
  await finish(page, problems, 'hostile-article');
  // the same document in the lists
  for (const [route, shot] of [
    ['/?view=documents', 'hostile-documents'],
    ['/?view=events&actor=MALLORY', 'hostile-events'],
  ] as const) {
    const list = await open(route);
    await ready(list.page);
    assert.equal(await list.page.locator('#view img, #view script, #view a[href^="javascript"]').count(), 0, route);
    await finish(list.page, list.problems, shot);
  }
});

test('the server sends the CSP with the pages, and an unknown document is a message, not an error', async () => {
  const res = await fetch(`${server.url}/`);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.doesNotMatch(await res.text(), /<script>|<script [^>]*>[^<]/);
  const page = await browser.newPage();
  const exceptions: string[] = [];
  page.on('pageerror', (e) => exceptions.push(e.message));
  await page.goto(`${server.url}/documents/${encodeURIComponent('no/such document')}`);
  await ready(page, '#article');
  assert.match(await page.locator('#article .message.error').innerText(), /no document/);
  assert.deepEqual(exceptions, []);
  await page.close();
});
