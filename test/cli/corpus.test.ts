// The corpus commands end to end on articles we wrote (test/corpus/articles.jsonl): ingest is
// idempotent, input order and thread count change no exported byte but DATEADDED, syndicated copies
// add mentions, articles and sources but no events, an update replaces its old version, a second
// ingest on a busy store is refused, and query, timeline and partners read the store.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { articles, DATEADDED, dyad, EVENT_TIME, rows, startDyad, summary, syndicated, tempDir, writeJsonl } from './corpus.js';

const dir = tempDir('corpus');
const original = articles();
const input = writeJsonl(join(dir, 'articles.jsonl'), original);
const storeA = join(dir, 'a.duckdb');

const exportOf = async (store: string, format: string, ...more: string[]) => {
  const r = await dyad(['export', '--store', store, '--format', format, ...more]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};

test('ingest, then the same again: nothing changes', async () => {
  const first = await dyad(['ingest', input, '--store', storeA, '--json', '--threads', '1']);
  assert.equal(first.status, 0, first.stderr);
  const s1 = summary(first);
  assert.equal(s1.documents, original.length);
  assert.equal(s1.errors, 1, 'the empty article is an error row');
  assert.equal(s1.new, original.length - 1);
  assert.ok(s1.events! > 0 && s1.mentions! >= s1.events!, JSON.stringify(s1));
  const events = await exportOf(storeA, 'gdelt-events');
  const mentions = await exportOf(storeA, 'gdelt-mentions');
  const again = await dyad(['ingest', input, '--store', storeA, '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(summary(again), { ...s1, new: 0, duplicates: s1.new });
  assert.equal(await exportOf(storeA, 'gdelt-events'), events);
  assert.equal(await exportOf(storeA, 'gdelt-mentions'), mentions);
  const errors = await dyad(['query', '--store', storeA, 'select id, url, code, reason from errors']);
  assert.match(errors.stdout, /"id":"broken".*"url":"https:\/\/news\.example\.com\/2024\/05\/empty".*"code":"empty"/);
});

test('another input order and another number of threads give the same export but DATEADDED', async () => {
  const reversed = writeJsonl(join(dir, 'reversed.jsonl'), [...original].reverse());
  const storeB = join(dir, 'b.duckdb');
  const r = await dyad(['ingest', reversed, '--json', '--threads', '2'], { DYAD_STORE: storeB });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(rows(await exportOf(storeB, 'gdelt-events'), [DATEADDED]), rows(await exportOf(storeA, 'gdelt-events'), [DATEADDED]));
  assert.deepEqual(rows(await exportOf(storeB, 'gdelt-mentions'), [EVENT_TIME]), rows(await exportOf(storeA, 'gdelt-mentions'), [EVENT_TIME]));
});

test('syndicated copies double NumMentions, NumArticles and NumSources and add no event', async () => {
  const store = join(dir, 'syndicated.duckdb');
  assert.equal((await dyad(['ingest', input, '--store', store])).status, 0);
  const alone = rows(await exportOf(store, 'gdelt-events'), []);
  const copies = writeJsonl(join(dir, 'copies.jsonl'), syndicated(original, 'mirror.example.info'));
  const r = await dyad(['ingest', copies, '--store', store, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const both = rows(await exportOf(store, 'gdelt-events'), []);
  assert.equal(both.length, alone.length);
  for (const [i, row] of alone.entries()) {
    const after = both[i]!;
    assert.equal(after[0], row[0], 'same events, same ids');
    for (const column of [31, 32, 33]) assert.equal(Number(after[column]), 2 * Number(row[column]), `column ${column} of ${row[0]}`);
  }
});

test('the same URL with changed content replaces the old version', async () => {
  const store = join(dir, 'update.duckdb');
  assert.equal((await dyad(['ingest', input, '--store', store])).status, 0);
  const visit = original.find((a) => a.id === 'visit')!;
  const changed = { ...visit, text: 'Kenyan police arrested protesters in Nairobi\n\nNAIROBI, May 16 - Kenyan police arrested dozens of protesters in Nairobi on Thursday.' };
  const r = await dyad(['ingest', writeJsonl(join(dir, 'update.jsonl'), [changed]), '--store', store, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(summary(r).new, 1);
  const q = async (sql: string) => (await dyad(['query', '--store', store, '--format', 'csv', sql])).stdout;
  assert.equal(await q(`select count(*) as n from documents where url = '${visit.url}'`), 'n\n1\n');
  assert.match(await q(`select text from documents where url = '${visit.url}'`), /Kenyan police/);
  assert.equal(await q(`select count(*) as n from mentions where url = '${visit.url}' and code like '04%'`), 'n\n0\n', 'the old mentions are gone');
  assert.equal(await q(`select count(*) as n from events where source = 'JPNGOV' and target = 'AUSGOV'`), 'n\n0\n', 'and so is the event only they made');
});

test('query, timeline and partners read the store', async () => {
  const jsonl = await dyad(['query', '--store', storeA, 'select code, source, target from events order by id']);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const records = jsonl.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, string>);
  assert.ok(
    records.some((r) => r.code === '042' && r.source === 'JPNGOV' && r.target === 'AUSGOV'),
    jsonl.stdout,
  );
  const views = await dyad(['query', '--store', storeA, '--format', 'csv', 'select (select count(*) from actors) > 0 as a, (select count(*) from quotes) > 0 as q, (select count(*) from entities) > 0 as e']);
  assert.equal(views.stdout, 'a,q,e\ntrue,true,true\n', views.stderr);
  const timeline = await dyad(['timeline', 'JPNGOV', 'AUSGOV', '--store', storeA, '--format', 'csv']);
  assert.equal(timeline.status, 0, timeline.stderr);
  assert.match(timeline.stdout, /^month,events,goldstein,quad1,quad2,quad3,quad4\n202405,1,/);
  const partners = await dyad(['partners', 'JPNGOV', '--store', storeA]);
  assert.ok(partners.stdout.includes('"actor":"AUSGOV"'), partners.stdout);
  const bad: [string[], RegExp][] = [
    [['query', '--store', storeA, 'drop table events'], /read-only/],
    [['query', '--store', storeA, 'select 1; select 2'], /exactly one/],
  ];
  for (const [args, message] of bad) {
    const r = await dyad(args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, message);
  }
});

test('background events are left out unless asked for, then under their own date', async () => {
  const current = await exportOf(storeA, 'gdelt-events');
  const all = await exportOf(storeA, 'gdelt-events', '--background');
  assert.ok(!current.includes('\t20190712\t'), 'the 2019 restrictions are background');
  const background = rows(all, []).filter((r) => r[1] === '20190712');
  assert.equal(background.length, 1, all);
  assert.equal(background[0]![26], '163');
});

test('a store that is not a dyad store, or busy with another ingest, is refused', async () => {
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'shopping list\n'.repeat(500));
  const r = await dyad(['ingest', input, '--store', notes]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not a dyad store/);
  const store = join(dir, 'busy.duckdb');
  const big = writeJsonl(join(dir, 'big.jsonl'), Array.from({ length: 40 }, (_, i) => syndicated(original, `site${i}.example`)).flat());
  const first = startDyad(['ingest', big, '--store', store, '--threads', '1']);
  // the first holds the store from its start until it ends; wait until it has opened it
  for (let waited = 0; !existsSync(store) && waited < 60_000; waited += 100) await sleep(100);
  await sleep(500);
  const second = await dyad(['ingest', input, '--store', store]);
  first.child.kill('SIGKILL');
  await first.exited;
  assert.equal(second.status, 1, second.stderr);
  assert.match(second.stderr, /in use by another process/);
});
