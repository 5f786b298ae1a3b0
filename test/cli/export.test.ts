// Exports on articles we wrote: every GDELT row passes the codebook check column by column; CSV,
// JSON lines and Parquet carry the same rows under the codebook's names; filters choose events; quotes
// and entities come out as JSON lines. The seed article (read from ../shared/seed at run time, never
// copied here) gives the row of the contract.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/dataset/gdelt.js';
import { checkEventRow, checkMentionRow } from '../dataset/codebook.js';
import { ARTICLES, dyad, rows, tempDir } from './corpus.js';

const dir = tempDir('export');
const store = join(dir, 'export.duckdb');
const ingested = await dyad(['ingest', ARTICLES, '--store', store, '--threads', '1']);

const exportOf = async (format: string, ...more: string[]) => {
  const r = await dyad(['export', '--store', store, '--format', format, ...more]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

test('every GDELT events and mentions row passes the codebook check', async () => {
  assert.equal(ingested.status, 0, ingested.stderr);
  for (const background of [[], ['--background']]) {
    const events = rows(await exportOf('gdelt-events', ...background), []);
    assert.ok(events.length >= 5);
    for (const row of events) {
      assert.equal(row.length, GDELT_EVENT_COLUMNS.length);
      assert.deepEqual(checkEventRow(row), [], row.join('|'));
    }
    const mentions = rows(await exportOf('gdelt-mentions', ...background), []);
    assert.ok(mentions.length >= events.length);
    const ids = new Set(events.map((r) => r[0]));
    for (const row of mentions) {
      assert.equal(row.length, GDELT_MENTION_COLUMNS.length);
      assert.deepEqual(checkMentionRow(row), [], row.join('|'));
      assert.ok(ids.has(row[0]), `mention of an exported event: ${row[0]}`);
    }
  }
});

test('csv, jsonl and parquet carry the same rows under the codebook names', async () => {
  const tsv = rows(await exportOf('gdelt-events'), []);
  const csv = (await exportOf('csv')).trim().split('\n');
  assert.equal(csv[0], GDELT_EVENT_COLUMNS.join(','));
  assert.equal(csv.length - 1, tsv.length);
  const jsonl = (await exportOf('jsonl'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string>);
  assert.deepEqual(
    jsonl.map((r) => GDELT_EVENT_COLUMNS.map((c) => r[c])),
    tsv,
  );
  const parquet = join(dir, 'events.parquet');
  assert.equal((await dyad(['export', '--store', store, '--format', 'parquet', '--out', parquet])).status, 0);
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const read = (await c.runAndReadAll(`select GLOBALEVENTID, EventCode, GoldsteinScale from '${parquet}' order by GLOBALEVENTID`)).getRowsJS();
  db.closeSync();
  assert.deepEqual(
    read.map(([id, code, goldstein]) => [String(id), code, Number(goldstein).toFixed(1)]),
    tsv.map((r) => [r[0], r[26], r[30]]).sort((a, b) => (BigInt(a[0]!) < BigInt(b[0]!) ? -1 : 1)),
  );
  const r = await dyad(['export', '--store', store, '--format', 'parquet']);
  assert.equal(r.status, 2, 'parquet needs --out');
});

test('date and actor filters choose the events', async () => {
  const all = rows(await exportOf('gdelt-events'), []);
  const cases: [string[], (r: string[]) => boolean][] = [
    [['--from', '2024-05-16'], (r) => r[1]! >= '20240516'],
    [['--to', '2024-05-15'], (r) => r[1]! <= '20240515'],
    [['--from', '2024-05-16', '--to', '2024-05-16'], (r) => r[1] === '20240516'],
    [['--actor', 'JPN'], (r) => r[5]!.startsWith('JPN') || r[15]!.startsWith('JPN')],
    [['--actor', 'KENCOP'], (r) => r[5] === 'KENCOP' || r[15] === 'KENCOP'],
  ];
  for (const [args, keep] of cases) {
    const expected = all.filter(keep);
    assert.ok(expected.length > 0 && expected.length < all.length, args.join(' '));
    assert.deepEqual(rows(await exportOf('gdelt-events', ...args), []), expected, args.join(' '));
  }
});

test('quotes and entities come out as JSON lines, traceable to their words', async () => {
  const text = new Map(
    readFileSync(ARTICLES, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; url: string })
      .map((a) => [a.url, a.id]),
  );
  const quotes = (await exportOf('quotes'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>);
  const wang = quotes.find((q) => q.text === 'Dialogue is the only way forward');
  assert.ok(wang, JSON.stringify(quotes));
  assert.equal(wang.speaker?.actor, 'CHNGOV');
  assert.equal(text.get(wang.url), 'talks');
  const entities = (await exportOf('entities'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>);
  assert.ok(
    entities.some((e) => e.text === 'Anthony Albanese' && e.actor === 'AUSGOV'),
    'a person with an actor',
  );
  for (const e of entities) assert.ok(e.end > e.start && typeof e.rule === 'string' && e.documentId);
});

const SEED = new URL('../../../shared/seed/upi-kim-putin-2018.txt', import.meta.url).pathname;

test('the seed article exports 20180320 PRKGOV -> RUSGOV 051 and no background event as news of 2018', { skip: existsSync(SEED) ? false : `the seed article is not at ${SEED}` }, async () => {
  const seedStore = join(dir, 'seed.duckdb');
  const r = await dyad(['ingest', SEED, '--store', seedStore, '--date', '2018-03-21', '--threads', '1']);
  assert.equal(r.status, 0, r.stderr);
  const events = rows((await dyad(['export', '--store', seedStore, '--format', 'gdelt-events'])).stdout, []);
  const row = events.find((c) => c[1] === '20180320' && c[5] === 'PRKGOV' && c[15] === 'RUSGOV' && c[26] === '051');
  assert.ok(row, events.map((c) => c.slice(0, 31).join(' ')).join('\n'));
  assert.deepEqual([row[29], row[30], row[7], row[12]], ['1', '3.4', 'PRK', 'GOV']);
  for (const c of events) assert.deepEqual(checkEventRow(c), []);
  // every exported event has a mention that is news of the day, not background
  const ids = events.map((c) => c[0]).join(',');
  const q = await dyad(['query', '--store', seedStore, '--format', 'csv', `select count(*) as n from events e where id in (${ids}) and not exists (select 1 from mentions m where m.event_id = e.id and not m.historical)`]);
  assert.equal(q.stdout, 'n\n0\n', q.stderr);
  const background = await dyad(['query', '--store', seedStore, '--format', 'csv', `select count(*) > 0 as kept from mentions where historical`]);
  assert.equal(background.stdout, 'kept\ntrue\n', 'background events are kept and flagged');
});
