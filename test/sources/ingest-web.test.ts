// Web sources and archives through to the store: a WARC's records become documents and error rows
// with their reasons, a feed's items become documents with a per-source summary, and follow mode
// ingests only what is new in its second cycle, asking the feed with the validators it saved.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { follow } from '../../src/corpus/follow.js';
import { ingest, type IngestOptions, type IngestSummary } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/store/open.js';
import { startDyad } from '../cli/corpus.js';
import { startNewsServer, story, type NewsServer } from './news-server.js';
import { writeWarc } from './warc-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-web-ingest-'));
let site: NewsServer;
before(async () => (site = await startNewsServer()));
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const QUICK = { hostDelayMs: 0, timeoutMs: 3000 };

async function withStore<T>(name: string, work: (run: Omit<IngestOptions, 'inputs'>) => Promise<T>): Promise<T> {
  const store = await openStore(join(dir, name), 'write');
  try {
    return await work({ store, threads: 1, sources: QUICK });
  } finally {
    await store.close();
  }
}

async function rows(name: string, sql: string): Promise<unknown[][]> {
  const store = await openStore(join(dir, name), 'read');
  try {
    const result = await store.query(sql);
    const out: unknown[][] = [];
    for await (const row of result.rows) out.push([...row]);
    return out;
  } finally {
    await store.close();
  }
}

test('a web archive: HTML responses are documents, the other records error rows with their reasons', async () => {
  const warc = join(dir, 'crawl.warc.gz');
  await writeWarc(
    warc,
    [
      { url: 'https://news.example/talks', contentType: 'text/html; charset=utf-8', body: story(1) },
      { url: 'https://news.example/report.pdf', contentType: 'application/pdf', body: '%PDF-1.7' },
      { url: 'https://news.example/talks', type: 'revisit', contentType: 'text/html' },
      { url: 'https://news.example/envoy', contentType: 'text/html', body: story(2) },
    ],
    { gzip: true, cutLast: 0.6 },
  );
  const summary = await withStore('warc.duckdb', (run) => ingest({ ...run, inputs: [warc] }));
  assert.equal(summary.new, 1);
  assert.equal(summary.errors, 3);
  const errors = await rows('warc.duckdb', 'select code, reason from errors order by reason');
  assert.deepEqual(errors.map((r) => r[0]).sort(), ['skipped', 'skipped', 'truncated']);
  assert.ok(
    errors.every((r) => String(r[1]).includes('crawl.warc.gz')),
    'each reason names the archive',
  );
  const docs = await rows('warc.duckdb', 'select url, date from documents');
  assert.deepEqual(docs, [['https://news.example/talks', '2024-03-05']]);
});

test('a feed: its items are fetched and stored, with a summary for the source', async () => {
  const summary = await withStore('feed.duckdb', (run) => ingest({ ...run, inputs: [`${site.base}/feed.rss`, `${site.base}/missing.rss`] }));
  assert.equal(summary.new, 3);
  const [feed, missing] = summary.sources;
  assert.deepEqual({ ...feed, reasons: feed!.reasons.length }, { source: `${site.base}/feed.rss`, fetched: 4, new: 3, unchanged: 0, known: 0, failed: 0, reasons: 0 });
  assert.equal(missing!.failed, 1);
  assert.match(missing!.reasons[0]!, /missing\.rss: HTTP 404/);
  const titles = await rows('feed.duckdb', 'select title from documents order by url');
  assert.equal(titles.length, 3);
});

test('follow mode: the second cycle ingests only the new item and asks the feed with saved validators', async () => {
  const list = join(dir, 'sources.txt');
  writeFileSync(list, `# the live feed\n${site.base}/live.rss\n\n`);
  const cycles: IngestSummary[] = [];
  site.liveStories.splice(0, site.liveStories.length, 1, 2);
  const hitsBefore = site.hits.get('/news/1.html') ?? 0;
  await withStore('follow.duckdb', (run) =>
    follow({
      ...run,
      list,
      everyMs: 50,
      cycles: 2,
      onCycle: (_n, s) => {
        cycles.push(s);
        site.liveStories.push(3);
      },
    }),
  );
  assert.equal(cycles.length, 2);
  assert.equal(cycles[0]!.new, 2);
  assert.equal(cycles[1]!.new, 1);
  assert.equal(cycles[1]!.sources[0]!.known, 2, 'the stories of the first cycle are not fetched again');
  assert.equal((site.hits.get('/news/1.html') ?? 0) - hitsBefore, 1);
});

test('follow mode as a command: logs a line per cycle and stops cleanly on SIGTERM between cycles', async () => {
  const list = join(dir, 'sigterm-sources.txt');
  writeFileSync(list, `${site.base}/feed.rss\n`);
  const store = join(dir, 'sigterm.duckdb');
  const child = startDyad(['ingest', '--follow', list, '--every', '60', '--store', store, '--host-delay', '0']);
  for (let waited = 0; !/cycle 1 at/.test(child.stderr()) && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  assert.match(child.stderr(), /cycle 1 at .*: 3 new documents, 4 fetched, 0 unchanged, 0 failed; store holds \d+ events; next cycle at/);
  const stopped = Date.now();
  child.child.kill('SIGTERM');
  const { status, stderr } = await child.exited;
  assert.equal(status, 0, stderr);
  assert.ok(Date.now() - stopped < 10_000, 'it does not wait for the next cycle');
  assert.match(stderr, /stopped; the same command goes on where it left off/);
  assert.deepEqual(await rows('sigterm.duckdb', 'select count(*) from documents'), [[3n]]);
});
