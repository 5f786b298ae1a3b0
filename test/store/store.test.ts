// The store's own rules on hand-built entries, for each backend (DuckDB, PostgreSQL): exact re-ingest
// is a no-op, a syndicated copy adds mentions, articles and sources but no events, an update replaces
// its old version, the order of writing changes nothing but DATEADDED, and files or databases that are
// not dyad stores are refused.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EventAggregate } from '../../src/dataset/types.js';
import { openStore } from '../../src/store/open.js';
import { StoreError, type EventFilter, type Store, type StoreEntry } from '../../src/store/store.js';
import { adminQuery, backends, freshDatabase } from './backends.js';
import { coded, tempDir, type EventSpec } from './fixtures.js';

const dir = tempDir('store');
let freshPath = (): string => join(dir, 'unset.duckdb');

const MEET: EventSpec = ['20180320', 'PRKGOV', 'RUSGOV', '051'];
const ACCUSE: EventSpec = ['20180321', 'USAGOV', 'RUSGOV', '112'];
const VISIT: EventSpec = ['20180322', 'CHNGOV', 'PRKGOV', '042'];

const a = coded('https://one.example/a', 'article a', [MEET, ACCUSE]);
const b = coded('https://two.example/b', 'article b', [ACCUSE, VISIT], -2);
const c = coded('https://three.example/c', 'article c', [MEET]);

async function withStore<T>(fn: (store: Store) => Promise<T>, path = freshPath()): Promise<T> {
  const store = await openStore(path, 'write');
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

const withoutDateAdded = (events: EventAggregate[]) => events.map(({ dateAdded: _, ...rest }) => rest);
const byCode = (events: EventAggregate[], code: string) => events.find((e) => e.key.code === code)!;

for (const backend of backends('store')) {
  describe(backend.name, () => {
    before(() => (freshPath = backend.fresh));
    test('an exact re-ingest changes nothing', async () => {
      await withStore(async (store) => {
        assert.deepEqual(await store.write([a, b], new Date('2024-01-01T00:00:00Z')), ['new', 'new']);
        const before = { counts: await store.counts(), events: await collect(store.events({})) };
        assert.deepEqual(await store.write([a, b], new Date('2024-01-02T00:00:00Z')), ['duplicate', 'duplicate']);
        assert.deepEqual(await store.counts(), before.counts);
        assert.deepEqual(await collect(store.events({})), before.events);
        assert.deepEqual(await store.holds([a.document, { url: a.document.url, contentHash: 'other' }]), ['document', null]);
      });
    });

    test('a syndicated copy adds mentions, articles and sources, not events', async () => {
      await withStore(async (store) => {
        await store.write([a], new Date());
        const alone = await collect(store.events({}));
        const copy = coded('https://mirror.example/a-copy', 'article a', [MEET, ACCUSE]);
        assert.deepEqual(await store.write([copy], new Date()), ['new']);
        const both = await collect(store.events({}));
        assert.equal(both.length, alone.length);
        for (const e of alone) {
          const after = both.find((x) => x.id === e.id)!;
          assert.deepEqual([after.numMentions, after.numArticles, after.numSources], [e.numMentions * 2, e.numArticles * 2, e.numSources * 2]);
        }
        // SOURCEURL: the earliest article by date, then URL
        assert.equal(byCode(both, '051').sourceUrl, 'https://mirror.example/a-copy');
      });
    });

    test('an update replaces its old version and recomputes its events', async () => {
      await withStore(async (store) => {
        await store.write([a, c], new Date());
        const updated = coded('https://one.example/a', 'article a, corrected', [VISIT]);
        assert.deepEqual(await store.write([updated], new Date()), ['updated']);
        const events = await collect(store.events({}));
        assert.deepEqual(events.map((e) => e.key.code).sort(), ['042', '051']);
        assert.equal(byCode(events, '051').numArticles, 1, 'the old version no longer counts');
        assert.equal((await store.counts()).documents, 2);
        const doc = await store.document('https://one.example/a');
        assert.equal(doc?.document.text, 'article a, corrected');
        assert.deepEqual(
          doc?.mentions.map((m) => m.code),
          ['042'],
        );
      });
    });

    test('a version that was replaced, read again, does not come back over its replacement', async () => {
      await withStore(async (store) => {
        const updated = coded('https://one.example/a', 'article a, corrected', [VISIT]);
        const third = coded('https://one.example/a', 'article a, corrected twice', [VISIT]);
        await store.write([a], new Date());
        await store.write([updated], new Date());
        // a re-run or a resume reads the corpus again, the old version first
        assert.deepEqual(await store.holds([a.document, updated.document]), ['document', 'document']);
        assert.deepEqual(await store.write([a, updated], new Date()), ['duplicate', 'duplicate']);
        // two versions in one batch: the first is superseded without ever being stored
        assert.deepEqual(await store.write([third, a], new Date()), ['updated', 'duplicate']);
        assert.equal((await store.document('https://one.example/a'))?.document.text, 'article a, corrected twice');
        assert.deepEqual(await store.write([updated], new Date()), ['duplicate']);
      });
      await withStore(async (store) => {
        const updated = coded('https://one.example/a', 'article a, corrected', [VISIT]);
        assert.deepEqual(await store.write([a, updated], new Date()), ['new', 'updated']);
        assert.deepEqual(await store.write([a], new Date()), ['duplicate'], 'a version replaced inside a batch is remembered too');
        assert.deepEqual(
          (await store.document('https://one.example/a'))?.mentions.map((m) => m.code),
          ['042'],
        );
      });
    });

    test('the order of writing changes nothing but DATEADDED', async () => {
      const entries: StoreEntry[] = [a, b, c, coded('https://mirror.example/b', 'article b', [ACCUSE, VISIT], -2)];
      const once = await withStore(async (store) => {
        await store.write(entries, new Date('2024-01-01T00:00:00Z'));
        return { events: await collect(store.events({})), mentions: await collect(store.mentions({})) };
      });
      const reversed = await withStore(async (store) => {
        for (const entry of [...entries].reverse()) await store.write([entry], new Date('2025-06-01T00:00:00Z'));
        await store.settle();
        return { events: await collect(store.events({})), mentions: await collect(store.mentions({})) };
      });
      assert.deepEqual(withoutDateAdded(reversed.events), withoutDateAdded(once.events));
      assert.deepEqual(
        reversed.mentions.map(({ eventTime: _, ...m }) => m),
        once.mentions.map(({ eventTime: _, ...m }) => m),
      );
      assert.equal(byCode(once.events, '112').avgTone, (1.5 - 2 - 2) / 3);
    });

    test('events built batch by batch, updates among them, are the events built from all the documents at once', async () => {
      // one event reported by documents that differ in every part of it that is picked or summed: the
      // date that ranks them, the actors' words, places some have and others not, the site, the tone
      const place = (lat: number) => ({ type: 4 as const, fullName: `Place ${lat}`, countryCode: 'RS', adm1Code: 'RS48', adm2Code: '', lat, long: 37.62, featureId: String(lat) });
      const version = (i: number, body: string, date: string, tone: number): StoreEntry => {
        const doc = coded(`https://site${i % 3}.example/${i}`, body, [MEET, i % 2 ? ACCUSE : VISIT], tone);
        return {
          ...doc,
          document: { ...doc.document, date },
          mentions: doc.mentions.map((m, k) => ({
            ...m,
            source: { ...m.source, text: `${m.source.text} ${i}`, geo: i % 3 === 1 ? null : place(i) },
            target: k === 0 && i % 2 ? null : m.target,
            actionGeo: i === 4 || i === 2 ? place(10 + i) : null,
            inLead: i === 5 || i === 2,
          })),
        };
      };
      const dates = ['2018-03-25', '2018-03-21', '2018-03-23', '2018-03-21', '2018-03-22', '2018-03-30'];
      const entries = dates.map((date, i) => version(i, `body ${i}`, date, 1.1234567 * (i - 2.5)));
      // new versions of two documents: one moves earlier (its mentions become the representatives), one later
      const updates = [version(1, 'body 1, corrected', '2018-03-20', 4.25), version(3, 'body 3, corrected', '2018-03-29', -7.125)];
      const exported = async (store: Store) => ({ events: await collect(store.events({ background: true })), counts: await store.counts() });
      const atOnce = (batch: StoreEntry[]) =>
        withStore(async (store) => {
          await store.write(batch, new Date('2024-01-01T00:00:00Z'));
          return exported(store);
        });
      const added = await atOnce(entries);
      const once = await atOnce([...entries.filter((_, i) => i !== 1 && i !== 3), ...updates]);
      for (const order of [
        [5, 2, 0, 4, 1, 3],
        [3, 1, 4, 0, 2, 5],
      ]) {
        await withStore(async (store) => {
          for (const i of order) await store.write([entries[i]!], new Date('2025-06-01T00:00:00Z'));
          const piecewise = await exported(store);
          assert.deepEqual(withoutDateAdded(piecewise.events), withoutDateAdded(added.events), `order ${order.join(',')}`);
          assert.deepEqual(piecewise.counts, added.counts);
          await store.write([updates[1]!], new Date('2025-06-02T00:00:00Z'));
          await store.write([entries[0]!, updates[0]!], new Date('2025-06-03T00:00:00Z'));
          const updated = await exported(store);
          assert.deepEqual(withoutDateAdded(updated.events), withoutDateAdded(once.events), `order ${order.join(',')}, then the updates`);
          assert.deepEqual(updated.counts, once.counts);
        });
      }
      assert.equal(once.events.length, 3);
      const meet = byCode(once.events, '051');
      assert.deepEqual([meet.numMentions, meet.numArticles, meet.numSources], [6, 6, 3]);
      assert.equal(meet.sourceUrl, 'https://site1.example/1');
    });

    test('error rows are kept with their reason, and count as held', async () => {
      await withStore(async (store) => {
        const bad = { kind: 'error', url: 'file:///x/empty.txt', contentHash: 'e0', id: 'empty.txt', origin: '/x/empty.txt', code: 'empty', reason: 'empty.txt: no text' } as const;
        assert.deepEqual(await store.write([bad, bad], new Date()), ['error', 'duplicate']);
        assert.deepEqual(await store.holds([bad]), ['error']);
        assert.equal((await store.counts()).errors, 1);
        const { rows } = await store.query('select id, code, reason from errors');
        assert.deepEqual(await collect(rows), [['empty.txt', 'empty', 'empty.txt: no text']]);
      });
    });

    test('a NUL character in a text is stored, and every span stays where it was', async () => {
      await withStore(async (store) => {
        const nul = coded('https://nul.example/a', 'article\u0000 with a NUL', [MEET]);
        assert.deepEqual(await store.write([nul], new Date()), ['new']);
        const doc = await store.document('https://nul.example/a');
        assert.equal(doc?.document.text.length, nul.document.text.length);
        assert.equal(doc?.document.text.slice(8), ' with a NUL');
      });
    });

    test('filters: dates, actor prefixes; timeline and partners', async () => {
      await withStore(async (store) => {
        await store.write([a, b, c], new Date());
        await store.settle();
        assert.deepEqual((await collect(store.events({ from: '2018-03-21' }))).map((e) => e.key.code).sort(), ['042', '112']);
        assert.deepEqual(
          (await collect(store.events({ to: '2018-03-20' }))).map((e) => e.key.code),
          ['051'],
        );
        assert.deepEqual(
          (await collect(store.events({ actor: 'CHN' }))).map((e) => e.key.code),
          ['042'],
        );
        assert.deepEqual((await collect(store.mentions({ actor: 'PRK' }))).length, 3);
        assert.deepEqual(await store.timeline('PRKGOV', 'RUSGOV'), [{ month: '201803', events: 1, goldstein: 3.4, quadShares: [1, 0, 0, 0] }]);
        assert.deepEqual(await store.partners('RUSGOV', 5), [
          { actor: 'PRKGOV', asSource: 0, asTarget: 1, events: 1, goldstein: 3.4 },
          { actor: 'USAGOV', asSource: 0, asTarget: 1, events: 1, goldstein: -4 },
        ]);
        assert.equal((await store.quotesBySpeaker('Kim Jong Un', { limit: 10, offset: 0 })).length, 3);
        assert.equal((await store.listDocuments({ limit: 2, offset: 0 })).length, 2);
        assert.equal((await store.listEvents({ actor: 'RUS' }, { limit: 10, offset: 0 })).length, 2);
      });
    });

    test('filters the HTTP API needs: sides, codes, roots, QuadClass, place, text; one actor against all', async () => {
      const moscow = coded('https://four.example/d', 'Lavrov met Ri in Moscow', [['20180410', 'RUSGOV', 'PRKGOV', '040']]);
      const placed = { ...moscow, mentions: moscow.mentions.map((m) => ({ ...m, actionGeo: { type: 4 as const, fullName: 'Moscow, Moskva, Russia', countryCode: 'RS', adm1Code: 'RS48', adm2Code: '', lat: 55.75, long: 37.62, featureId: '524901' } })) };
      await withStore(async (store) => {
        await store.write([a, b, c, placed], new Date());
        await store.settle();
        const codes = async (filter: EventFilter) => (await collect(store.events(filter))).map((e) => e.key.code).sort();
        assert.deepEqual(await codes({ source: 'PRK' }), ['051']);
        assert.deepEqual(await codes({ target: 'PRKGOV' }), ['040', '042']);
        assert.deepEqual(await codes({ source: 'RUS', target: 'PRK' }), ['040']);
        assert.deepEqual(await codes({ code: '04' }), []);
        assert.deepEqual(await codes({ code: '042' }), ['042']);
        assert.deepEqual(await codes({ root: '04' }), ['040', '042']);
        assert.deepEqual(await codes({ quad: 1 }), ['051']);
        assert.deepEqual(await codes({ place: 'RS' }), ['040']);
        assert.deepEqual(await codes({ place: 'moscow' }), ['040']);
        assert.deepEqual(await codes({ place: "'; drop table events; --" }), []);
        assert.deepEqual(await codes({ text: 'LAVROV' }), ['040']);
        assert.deepEqual(await codes({ text: 'article b' }), ['042', '112']);
        assert.deepEqual(await codes({ text: "%' or 1=1 --" }), []);
        assert.equal((await store.listEvents({ root: '04', quad: 3 }, { limit: 10, offset: 0 })).length, 2);
        assert.deepEqual(
          (await store.timeline('PRKGOV')).map((m) => [m.month, m.events]),
          [
            ['201803', 2],
            ['201804', 1],
          ],
        );
        assert.deepEqual(await store.timeline("PRKGOV' or ''='", 'RUSGOV'), []);
        assert.deepEqual(await store.places({}, 10), [{ name: 'Moscow, Moskva, Russia', countryCode: 'RS', lat: 55.75, long: 37.62, events: 1, goldstein: -4 }]);
        assert.deepEqual(await store.places({ actor: 'USA' }, 10), []);
      });
    });

    test('an event with no action place is placed where its source actor is', async () => {
      const doc = coded('https://five.example/e', 'Pyongyang said so', [['20180411', 'PRKGOV', 'USAGOV', '010']]);
      const pyongyang = { type: 1 as const, fullName: 'North Korea', countryCode: 'KN', adm1Code: 'KN', adm2Code: '', lat: 40, long: 127, featureId: 'KN' };
      const placed = { ...doc, mentions: doc.mentions.map((m) => ({ ...m, source: { ...m.source, geo: pyongyang } })) };
      await withStore(async (store) => {
        await store.write([placed, a], new Date());
        assert.deepEqual(await store.places({}, 10), [{ name: 'North Korea', countryCode: 'KN', lat: 40, long: 127, events: 1, goldstein: -4 }]);
        assert.deepEqual(
          (await collect(store.events({ place: 'north korea' }))).map((e) => e.key.code),
          ['010'],
        );
        assert.deepEqual(
          (await collect(store.events({ place: 'KN' }))).map((e) => e.key.code),
          ['010'],
        );
      });
    });

    test('interrupt stops a running statement, and the store answers the next one', async () => {
      const path = freshPath();
      await withStore(async (store) => store.write([a], new Date()), path);
      const store = await openStore(path, 'read');
      const slow = backend.name === 'duckdb' ? 'select count(*) from range(100000000000)' : 'select count(*) from generate_series(1, 100000000000)';
      try {
        const started = Date.now();
        const running = store.query(slow);
        setTimeout(() => store.interrupt(), 500);
        await assert.rejects(async () => collect((await running).rows), /interrupt|cancel/i);
        assert.ok(Date.now() - started < 20_000);
        assert.equal((await store.counts()).documents, 1);
      } finally {
        await store.close();
      }
    });

    test('query is one read-only statement', async () => {
      const path = freshPath();
      await withStore((store) => store.write([a], new Date()), path);
      const store = await openStore(path, 'read');
      try {
        const { columns, rows } = await store.query('select code, num_mentions from events order by code');
        assert.deepEqual(columns, ['code', 'num_mentions']);
        assert.equal((await collect(rows)).length, 2);
        const refusals: [string, RegExp][] = [
          ['delete from events', /read-only/],
          ['select 1; select 2', /exactly one/],
          // DuckDB: external access disabled; PostgreSQL: the read-only role may not write files
          ["copy events to '/tmp/x.csv'", /disabled|read-only|privileges/],
          ['select * from nowhere', /nowhere/],
        ];
        for (const [sql, message] of refusals) {
          await assert.rejects(
            async () => collect((await store.query(sql)).rows),
            (err: Error) => err instanceof StoreError && message.test(err.message),
            sql,
          );
        }
      } finally {
        await store.close();
      }
    });
  });
}

test('duckdb: files that are not dyad stores, or from a newer schema, are refused', async () => {
  const text = join(dir, 'notes.duckdb');
  writeFileSync(text, 'not a database\n'.repeat(400));
  const foreign = join(dir, 'foreign.duckdb');
  const other = await DuckDBInstance.create(foreign);
  await (await other.connect()).run('create table people (name varchar)');
  other.closeSync();
  const newer = join(dir, 'newer.duckdb');
  await withStore(async () => undefined, newer);
  const bump = await DuckDBInstance.create(newer);
  await (await bump.connect()).run(`update dyad_meta set value = '99' where key = 'schema_version'`);
  bump.closeSync();
  const cases: [string, 'write' | 'read', StoreError['code']][] = [
    [text, 'write', 'not-a-store'],
    [foreign, 'write', 'not-a-store'],
    [newer, 'write', 'newer-schema'],
    [newer, 'read', 'newer-schema'],
    [join(dir, 'absent.duckdb'), 'read', 'missing'],
  ];
  for (const [path, mode, code] of cases) {
    await assert.rejects(openStore(path, mode), (err: Error) => err instanceof StoreError && err.code === code, `${path} ${mode}`);
  }
  // and a fresh or current store opens
  await withStore(async (store) => assert.equal((await store.counts()).documents, 0), join(dir, 'fresh.duckdb'));
});

/**
 * A store that `downgrade` takes back to the schema before events kept their merge state migrates
 * forward, and batches written then merge into its events as into those of a store that always kept it.
 */
async function migratesTheMergeState(older: string, fresh: string, downgrade: () => Promise<void>): Promise<void> {
  const later = coded('https://four.example/d', 'article d', [MEET, VISIT], 0.25);
  await withStore((store) => store.write([a, b], new Date('2024-01-01T00:00:00Z')), older);
  await downgrade();
  const events = async (location: string) =>
    withStore(async (store) => {
      await store.write([c, later], new Date('2024-01-02T00:00:00Z'));
      return collect(store.events({}));
    }, location);
  await withStore((store) => store.write([a, b], new Date('2024-01-01T00:00:00Z')), fresh);
  const migrated = await events(older);
  assert.deepEqual(withoutDateAdded(migrated), withoutDateAdded(await events(fresh)));
  assert.equal(byCode(migrated, '051').numMentions, 3);
  assert.equal(byCode(migrated, '042').numSources, 2);
}

const WITHOUT_STATE = (version: number) => `drop table event_state; drop table event_sites; update dyad_meta set value = '${version}' where key = 'schema_version'`;

test('duckdb: a store written before events kept their merge state is migrated, and later batches merge into its events', async () => {
  const older = join(dir, 'version3.duckdb');
  await migratesTheMergeState(older, join(dir, 'version4.duckdb'), async () => {
    const downgrade = await DuckDBInstance.create(older);
    const connection = await downgrade.connect();
    await connection.run(WITHOUT_STATE(3));
    connection.closeSync();
    downgrade.closeSync();
  });
});

test('postgres: a store written before events kept their merge state is migrated, and later batches merge into its events', async () => {
  const older = freshDatabase();
  await migratesTheMergeState(older, freshDatabase(), () => adminQuery(WITHOUT_STATE(2), new URL(older).pathname.slice(1)));
});

test('postgres: databases that are not dyad stores, or from a newer schema, are refused', async () => {
  const foreign = freshDatabase();
  await adminQuery(`create database ${new URL(foreign).pathname.slice(1)}`);
  await adminQuery('create table people (name text)', new URL(foreign).pathname.slice(1));
  const newer = freshDatabase();
  await withStore(async () => undefined, newer);
  await adminQuery(`update dyad_meta set value = '99' where key = 'schema_version'`, new URL(newer).pathname.slice(1));
  const cases: [string, 'write' | 'read', StoreError['code']][] = [
    [foreign, 'write', 'not-a-store'],
    [newer, 'write', 'newer-schema'],
    [newer, 'read', 'newer-schema'],
    [freshDatabase(), 'read', 'missing'],
  ];
  for (const [location, mode, code] of cases) {
    await assert.rejects(openStore(location, mode), (err: Error) => err instanceof StoreError && err.code === code, `${location} ${mode}`);
  }
});

test('postgres: concurrent writers of overlapping events end as one writer would', async () => {
  const location = freshDatabase();
  const copies = Array.from({ length: 12 }, (_, i) => coded(`https://site${i % 4}.example/${i}`, `article ${i}`, [MEET, ACCUSE, VISIT], i - 6));
  const serial = await withStore(async (store) => {
    for (const entry of copies) await store.write([entry], new Date('2024-01-01T00:00:00Z'));
    return collect(store.events({}));
  });
  const stores = await Promise.all([0, 1, 2].map(() => openStore(location, 'write')));
  try {
    // three connections each write every entry, in different orders, all at once
    await Promise.all(stores.map((store, k) => Promise.all([...copies].sort(() => (k === 1 ? -1 : 1)).map((entry) => store.write([entry], new Date('2024-01-01T00:00:00Z'))))));
    assert.deepEqual(await collect(stores[0]!.events({})), serial);
    assert.equal((await stores[0]!.counts()).documents, copies.length);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});
