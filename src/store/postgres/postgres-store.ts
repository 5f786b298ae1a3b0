// The PostgreSQL store: the DuckDB store's tables and semantics on a server, for many writers at once
// (queue workers on several machines). A batch is one transaction that is safe to run concurrently
// and to repeat; its steps are every backend's (batch-write.ts), with two locks of this backend's own:
//   1. before reading what is held of its URLs, it takes a transaction-scoped advisory lock per URL (in
//      hash order), so two writers of one URL (a redelivered document, an update) take turns, and the
//      second sees the first;
//   2. before changing rows, it locks every event id it touches (in id order, after all its URL locks:
//      no lock cycles), so an event is recomputed by one transaction at a time, each seeing the
//      mentions committed before it — read committed takes a fresh snapshot per statement.
// The result is the same whatever the interleaving, and a batch written twice is a no-op. Its reads are
// every backend's (read-sql.ts) but for the timeline, and run in read-only snapshots. A deadlock or
// serialization failure (possible between transactions of other programs) is retried.
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { EventAggregate, MentionRecord } from '../../dataset/types.js';
import { heldAs, HELD_VERSIONS, readHeldVersion } from '../batch-plan.js';
import { writeBatch, type BatchStatements } from '../batch-write.js';
import * as read from '../read-sql.js';
import { readEntity, readEvent, readMentionRecord, type Columns } from '../rows.js';
import {
  StoreError,
  type AnnotatedDocument,
  type DocumentIdentity,
  type DocumentSummary,
  type EntityRecord,
  type EventFilter,
  type Held,
  type Page,
  type Partner,
  type PlaceCount,
  type QueryResult,
  type QuoteRecord,
  type SourceState,
  type Store,
  type StoreCounts,
  type StoreEntry,
  type TimelineMonth,
  type WriteOutcome,
} from '../store.js';
import { openPostgres, redact, type OpenMode } from './connection.js';
import { ADD_SITES, DROP_EVENTS, FROM_ALL_MENTIONS, MERGE_BATCH, RESET_SITES } from './events-sql.js';

type Row = Record<string, unknown>;

/** PostgreSQL takes at most 65,535 parameters a statement. */
const MAX_PARAMETERS = 60_000;
/** Rows fetched at a time when streaming an export or a query. */
const CURSOR_ROWS = 2000;
/** Attempts at a batch that meets a deadlock or a serialization failure. */
const ATTEMPTS = 5;
/** The first key of the two-key advisory locks on URLs; event ids use the one-key (bigint) space, which does not overlap. */
const URL_LOCK_CLASS = 1;
/** deadlock_detected, serialization_failure, unique_violation (a writer that did not lock as we do). */
const RETRYABLE = new Set(['40P01', '40001', '23505']);

export async function openPostgresStore(location: string, mode: OpenMode): Promise<Store> {
  const pool = await openPostgres(location, mode);
  const { rows } = await pool.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  return new PostgresStore(redact(location), pool, rows[0]?.rolsuper === true);
}

class PostgresStore implements Store {
  constructor(
    readonly location: string,
    private readonly pool: pg.Pool,
    /** A superuser's query runs as the built-in read-only role, so it can neither write nor touch files. */
    private readonly superuser: boolean,
  ) {}

  /** The server processes of the statements running now, for interrupt(). */
  private readonly running = new Set<number>();

  /** A connection of the pool whose statements interrupt() can stop until it is released. */
  private async connect(): Promise<{ client: pg.PoolClient; release: () => void }> {
    const client = await this.pool.connect();
    const pid = (client as pg.PoolClient & { processID: number }).processID;
    this.running.add(pid);
    return {
      client,
      release: () => {
        this.running.delete(pid);
        client.release();
      },
    };
  }

  private async all(sql: string, values: unknown[] = []): Promise<Row[]> {
    const { client, release } = await this.connect();
    try {
      return (await client.query<Row>(sql, values)).rows;
    } finally {
      release();
    }
  }

  interrupt(): void {
    // a statement is stopped by its server process, asked from another connection
    for (const pid of this.running) void this.pool.query('select pg_cancel_backend($1)', [pid]).catch(() => undefined);
  }

  /** Rows through a cursor, in one read-only snapshot, so an export is consistent while workers write. */
  private async *stream(sql: string, values: unknown[] = []): AsyncGenerator<Row> {
    const { client, release } = await this.connect();
    let cursor: Cursor<Row> | undefined;
    try {
      await client.query('begin transaction isolation level repeatable read read only');
      cursor = client.query(new Cursor<Row>(sql, values));
      for (;;) {
        const rows = await cursor.read(CURSOR_ROWS);
        if (!rows.length) break;
        yield* rows;
      }
    } finally {
      await cursor?.close().catch(() => undefined);
      await client.query('rollback').catch(() => undefined);
      release();
    }
  }

  async holds(identities: readonly DocumentIdentity[]): Promise<Held[]> {
    if (!identities.length) return [];
    const urls = [...new Set(identities.map((i) => i.url))];
    return heldAs(identities, (await this.all(HELD_VERSIONS('= any($1)'), [urls])).map(readHeldVersion));
  }

  async holdsUrl(url: string): Promise<boolean> {
    return (await this.all('select 1 from documents where url = $1', [url])).length > 0;
  }

  async sourceState(url: string): Promise<SourceState | null> {
    const [row] = await this.all('select etag, last_modified, checked_at from sources where url = $1', [url]);
    if (!row) return null;
    return { url, etag: (row.etag as string | null) ?? null, lastModified: (row.last_modified as string | null) ?? null, checkedAt: String(row.checked_at) };
  }

  async saveSourceState(state: SourceState): Promise<void> {
    await this.pool.query(`insert into sources values ($1, $2, $3, $4) on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at`, [
      state.url,
      state.etag,
      state.lastModified,
      state.checkedAt,
    ]);
  }

  async write(entries: readonly StoreEntry[], addedAt: Date): Promise<WriteOutcome[]> {
    if (!entries.length) return [];
    const stamp = addedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.pool.connect();
      try {
        await client.query('begin');
        const outcomes = await writeBatch(statements(client), entries, stamp);
        await client.query('commit');
        return outcomes;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
          continue;
        }
        throw new StoreError('write-failed', `${this.location}: writing to the store failed, nothing of this batch was kept: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        client.release();
      }
    }
  }

  async settle(): Promise<void> {
    // PostgreSQL keeps the events in an index by dyad; fresh statistics are all the planner needs
    await this.pool.query('analyze events');
  }

  async counts(): Promise<StoreCounts> {
    return read.readCounts((await this.all(read.COUNTS))[0]!);
  }

  async *events(filter: EventFilter): AsyncIterable<EventAggregate> {
    const { sql, values } = read.exportEvents(read.eventWhere(filter, EVENT_PLACE));
    for await (const r of this.stream(sql, values)) yield readEvent(r);
  }

  async *mentions(filter: EventFilter): AsyncIterable<MentionRecord> {
    const { sql, values } = read.exportMentions(read.eventWhere(filter, EVENT_PLACE));
    for await (const r of this.stream(sql, values)) yield readMentionRecord(r);
  }

  async *quotes(): AsyncIterable<QuoteRecord> {
    for await (const r of this.stream(read.EXPORT_QUOTES)) yield read.readQuoteRecord(r);
  }

  async *entities(): AsyncIterable<EntityRecord> {
    for await (const r of this.stream(read.EXPORT_ENTITIES)) yield { ...readEntity(r), url: String(r.url), documentId: String(r.document_id) };
  }

  async query(sql: string): Promise<QueryResult> {
    const { client, release } = await this.connect();
    const cursor = new Cursor<unknown[]>(sql, [], { rowMode: 'array' });
    const done = async () => {
      await cursor.close().catch(() => undefined);
      await client.query('rollback').catch(() => undefined);
      release();
    };
    let first: { rows: unknown[][]; fields: string[] };
    try {
      await client.query('begin transaction read only');
      if (this.superuser) await client.query('set local role pg_read_all_data');
      // the extended protocol (a cursor) takes exactly one statement: PostgreSQL refuses two
      client.query(cursor);
      first = await readWithFields(cursor);
    } catch (err) {
      await done();
      throw queryError(err);
    }
    const rows = async function* () {
      try {
        let batch = first.rows;
        while (batch.length) {
          yield* batch;
          batch = (await readWithFields(cursor).catch((err: unknown) => Promise.reject(queryError(err)))).rows;
        }
      } finally {
        await done();
      }
    };
    return { columns: first.fields, rows: rows() };
  }

  async timeline(source: string, target?: string): Promise<TimelineMonth[]> {
    const dyad = target === undefined ? '(source = $1 or target = $1)' : 'source = $1 and target = $2';
    const rows = await this.all(
      `select substr(day, 1, 6) as month, count(*) as events, avg(goldstein) as goldstein,
         (count(*) filter (where quad = 1))::float8 / count(*) as q1, (count(*) filter (where quad = 2))::float8 / count(*) as q2,
         (count(*) filter (where quad = 3))::float8 / count(*) as q3, (count(*) filter (where quad = 4))::float8 / count(*) as q4
       from events where ${dyad} and not background group by month order by month`,
      target === undefined ? [source] : [source, target],
    );
    return rows.map(read.readTimelineMonth);
  }

  async partners(actor: string, limit: number): Promise<Partner[]> {
    return (await this.all(read.partners('$1', '$2'), [actor, Math.floor(limit)])).map(read.readPartner);
  }

  async places(filter: EventFilter, limit: number): Promise<PlaceCount[]> {
    const { sql, values } = read.places(read.eventWhere(filter, EVENT_PLACE), EVENT_PLACE, limit);
    return (await this.all(sql, values)).map(read.readPlaceCount);
  }

  async listEvents(filter: EventFilter, page: Page): Promise<EventAggregate[]> {
    const { sql, values } = read.listEvents(read.eventWhere(filter, EVENT_PLACE), page);
    return (await this.all(sql, values)).map(readEvent);
  }

  async listDocuments(page: Page): Promise<DocumentSummary[]> {
    const { sql, values } = read.listDocuments(page);
    return (await this.all(sql, values)).map(read.readDocumentSummary);
  }

  async document(id: string): Promise<AnnotatedDocument | null> {
    const [row] = await this.all(read.DOCUMENT, [id]);
    return row ? read.annotated(row, (sql, url) => this.all(sql, [url])) : null;
  }

  async quotesBySpeaker(speaker: string, page: Page): Promise<QuoteRecord[]> {
    const { sql, values } = read.quotesBySpeaker(speaker, page);
    return (await this.all(sql, values)).map(read.readQuoteRecord);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The batch's statements on one connection, with the locks that let writers run side by side. */
function statements(client: pg.PoolClient): BatchStatements {
  const all = async (sql: string, values: unknown[]) => (await client.query<Row>(sql, values)).rows;
  return {
    heldVersions: async (urls) => {
      await client.query(`select count(pg_advisory_xact_lock(${URL_LOCK_CLASS}, h)) from (select distinct hashtext(u) as h from unnest($1::text[]) u order by h) keys`, [urls]);
      return (await all(HELD_VERSIONS('= any($1)'), [urls])).map(readHeldVersion);
    },
    eventIdsOf: async (urls) => (await all(`select distinct event_id from mentions where url = any($1) and event_id is not null`, [urls])).map((r) => Number(r.event_id)),
    lockEvents: async (ids) => void (await client.query(`select count(pg_advisory_xact_lock(id)) from (select distinct unnest($1::bigint[]) as id order by id) keys`, [ids])),
    deleteByUrl: async (table, urls) => void (await client.query(`delete from ${table} where url = any($1)`, [urls])),
    insert: (table, columns, items, keepExisting) => insert(client, table, columns, items, keepExisting),
    recompute: async (ids, lost, urls) => {
      // the events that lost mentions, from all theirs; the others merged with the batch's mentions
      if (lost.length) {
        for (const sql of [...RESET_SITES, ...DROP_EVENTS, FROM_ALL_MENTIONS]) await client.query(sql, [lost]);
      }
      const without = new Set(lost);
      const adding = ids.filter((id) => !without.has(id));
      if (adding.length) for (const sql of [ADD_SITES, MERGE_BATCH]) await client.query(sql, [adding, urls]);
    },
  };
}

async function insert<T>(client: pg.PoolClient, table: string, columns: Columns<T>, items: readonly T[], keepExisting: boolean): Promise<void> {
  const names = Object.keys(columns);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let i = 0; i < items.length; i += perStatement) {
    const chunk = items.slice(i, i + perStatement);
    const values = chunk.flatMap((item) => names.map((n) => withoutNul(columns[n]!(item))));
    const tuples = chunk.map((_, r) => `(${names.map((__, c) => `$${r * names.length + c + 1}`).join(', ')})`);
    await client.query(`insert into ${table} (${names.join(', ')}) values ${tuples.join(', ')}${keepExisting ? ' on conflict do nothing' : ''}`, values);
  }
}

/** PostgreSQL text cannot hold U+0000 (DuckDB's can): it is stored as U+FFFD, one code unit for one, so every span stays where it was. */
const withoutNul = (value: unknown): unknown => (typeof value === 'string' && value.includes('\u0000') ? value.replace(/\u0000/g, '\uFFFD') : value);

function readWithFields(cursor: Cursor<unknown[]>): Promise<{ rows: unknown[][]; fields: string[] }> {
  return new Promise((resolve, reject) => {
    // a cursor that is done answers without a result: only the first read needs the fields
    cursor.read(CURSOR_ROWS, (err, rows, result) => (err ? reject(err) : resolve({ rows, fields: result?.fields.map((f) => f.name) ?? [] })));
  });
}

function queryError(err: unknown): StoreError {
  const text = err instanceof Error ? err.message : String(err);
  if (/cannot insert multiple commands into a prepared statement/.test(text)) return new StoreError('bad-query', 'give exactly one SQL statement (got more than one)');
  return new StoreError('bad-query', text);
}

/** Where an event is placed (see read-sql.ts), as JSON. */
const EVENT_PLACE = 'coalesce(e.action_geo, e.source_geo)::jsonb';
