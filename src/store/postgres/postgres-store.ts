// The PostgreSQL store: the DuckDB store's tables and semantics on a server, for many writers at once
// (queue workers on several machines). A batch is one transaction that is safe to run concurrently
// and to repeat:
//   1. it takes a transaction-scoped advisory lock per URL it writes (in hash order), so two writers
//      of one URL (a redelivered document, an update) take turns, and the second sees the first;
//   2. it decides new / updated / duplicate against what is committed, as the DuckDB store does;
//   3. it locks every event id it touches (in id order, after all its URL locks: no lock cycles), so
//      an event is recomputed by one transaction at a time, each seeing the mentions committed before
//      it — read committed takes a fresh snapshot per statement;
//   4. it replaces the rows and recomputes those events from all their mentions.
// The result is the same whatever the interleaving, and a batch written twice is a no-op. A deadlock or
// serialization failure (possible between transactions of other programs) is retried.
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { EventAggregate, MentionRecord } from '../../dataset/types.js';
import { toAggregate, toMentionRecord } from '../duckdb/duckdb-store.js';
import { documentColumns, entityColumns, errorColumns, mentionColumns, quoteColumns, supersededColumns, readDocument, readEntity, readMention, readQuote, type Columns } from '../duckdb/rows.js';
import {
  StoreError,
  type AnnotatedDocument,
  type CodedDocument,
  type DocumentIdentity,
  type DocumentSummary,
  type EntityRecord,
  type EventFilter,
  type FailedDocument,
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
import { RECOMPUTE_EVENTS } from './events-sql.js';

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
    const sql = `select url, content_hash, 'document' as kind from documents where url = any($1)
      union all select url, content_hash, 'document' as kind from superseded where url = any($1)
      union all select url, content_hash, 'error' as kind from errors where url = any($1)`;
    const held = new Map((await this.all(sql, [urls])).map((r) => [`${String(r.url)}\u0001${String(r.content_hash)}`, r.kind as Held]));
    return identities.map((i) => held.get(`${i.url}\u0001${i.contentHash}`) ?? null);
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
    await this.pool.query(
      `insert into sources values ($1, $2, $3, $4) on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
      [state.url, state.etag, state.lastModified, state.checkedAt],
    );
  }

  async write(entries: readonly StoreEntry[], addedAt: Date): Promise<WriteOutcome[]> {
    if (!entries.length) return [];
    const stamp = addedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.pool.connect();
      try {
        await client.query('begin');
        const outcomes = await writeInTransaction(client, entries, stamp);
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
    const [r] = await this.all(
      `select (select count(*) from documents) as documents, (select count(*) from errors) as errors, (select count(*) from events) as events, (select count(*) from mentions) as mentions`,
    );
    return { documents: Number(r!.documents), errors: Number(r!.errors), events: Number(r!.events), mentions: Number(r!.mentions) };
  }

  async *events(filter: EventFilter): AsyncIterable<EventAggregate> {
    const where = eventWhere(filter);
    for await (const r of this.stream(`select * from events e where ${where.sql} order by id`, where.values)) yield toAggregate(r);
  }

  async *mentions(filter: EventFilter): AsyncIterable<MentionRecord> {
    const where = eventWhere(filter);
    const sql = `select m.*, e.date_added as event_time, d.date as doc_date, d.added_at, d.site, d.length, d.tone
      from events e join mentions m on m.event_id = e.id join documents d on d.url = m.url
      where ${where.sql} order by e.id, m.url, m.seq`;
    for await (const r of this.stream(sql, where.values)) yield toMentionRecord(r);
  }

  async *quotes(): AsyncIterable<QuoteRecord> {
    for await (const r of this.stream(`select q.*, d.id as document_id from quotes q join documents d on d.url = q.url order by q.url, q.seq`)) {
      yield { ...readQuote(r), url: String(r.url), documentId: String(r.document_id) };
    }
  }

  async *entities(): AsyncIterable<EntityRecord> {
    for await (const r of this.stream(`select n.*, d.id as document_id from entities n join documents d on d.url = n.url order by n.url, n.seq`)) {
      yield { ...readEntity(r), url: String(r.url), documentId: String(r.document_id) };
    }
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
    return rows.map((r) => ({
      month: String(r.month),
      events: Number(r.events),
      goldstein: r.goldstein === null ? null : Number(r.goldstein),
      quadShares: [Number(r.q1 ?? 0), Number(r.q2 ?? 0), Number(r.q3 ?? 0), Number(r.q4 ?? 0)],
    }));
  }

  async partners(actor: string, limit: number): Promise<Partner[]> {
    const rows = await this.all(
      `select partner, sum(as_source) as as_source, sum(as_target) as as_target, count(*) as events, avg(goldstein) as goldstein from (
         select target as partner, 1 as as_source, 0 as as_target, goldstein from events where source = $1 and target <> '' and not background
         union all
         select source as partner, 0 as as_source, 1 as as_target, goldstein from events where target = $1 and source <> '' and not background
       ) sides group by partner order by events desc, partner limit $2`,
      [actor, Math.floor(limit)],
    );
    return rows.map((r) => ({
      actor: String(r.partner),
      asSource: Number(r.as_source),
      asTarget: Number(r.as_target),
      events: Number(r.events),
      goldstein: r.goldstein === null ? null : Number(r.goldstein),
    }));
  }

  async places(filter: EventFilter, limit: number): Promise<PlaceCount[]> {
    const where = eventWhere(filter);
    const rows = await this.all(
      `select ${EVENT_PLACE} ->> 'fullName' as name, ${EVENT_PLACE} ->> 'countryCode' as country,
         (${EVENT_PLACE} ->> 'lat')::float8 as lat, (${EVENT_PLACE} ->> 'long')::float8 as long,
         count(*) as events, avg(goldstein) as goldstein
       from events e where ${where.sql} and ${EVENT_PLACE} is not null
       group by name, country, lat, long order by events desc, name limit $${where.values.length + 1}`,
      [...where.values, Math.floor(limit)],
    );
    return rows.map((r) => ({
      name: String(r.name),
      countryCode: String(r.country),
      lat: Number(r.lat),
      long: Number(r.long),
      events: Number(r.events),
      goldstein: r.goldstein === null ? null : Number(r.goldstein),
    }));
  }

  async listEvents(filter: EventFilter, page: Page): Promise<EventAggregate[]> {
    const where = eventWhere(filter);
    const n = where.values.length;
    const rows = await this.all(`select * from events e where ${where.sql} order by day desc, id limit $${n + 1} offset $${n + 2}`, [...where.values, page.limit, page.offset]);
    return rows.map(toAggregate);
  }

  async listDocuments(page: Page): Promise<DocumentSummary[]> {
    const rows = await this.all(
      `select d.id, d.url, d.site, d.title, d.date, d.tone, (select count(*) from mentions m where m.url = d.url) as mentions
       from documents d order by d.date desc nulls last, d.url limit $1 offset $2`,
      [page.limit, page.offset],
    );
    return rows.map((r) => ({
      id: String(r.id),
      url: String(r.url),
      site: String(r.site),
      title: r.title === null ? null : String(r.title),
      date: r.date === null ? null : String(r.date),
      tone: Number(r.tone),
      mentions: Number(r.mentions),
    }));
  }

  async document(id: string): Promise<AnnotatedDocument | null> {
    const [row] = await this.all(`select * from documents where id = $1 or url = $1 order by (id = $1) desc, url limit 1`, [id]);
    if (!row) return null;
    const url = String(row.url);
    const of = async (table: string) => this.all(`select * from ${table} where url = $1 order by seq`, [url]);
    return {
      document: { ...readDocument(row), addedAt: String(row.added_at) },
      entities: (await of('entities')).map(readEntity),
      quotes: (await of('quotes')).map(readQuote),
      mentions: (await of('mentions')).map(readMention),
    };
  }

  async quotesBySpeaker(speaker: string, page: Page): Promise<QuoteRecord[]> {
    const rows = await this.all(
      `select q.*, d.id as document_id from quotes q join documents d on d.url = q.url
       where q.speaker_name = $1 or q.speaker_actor = $1 order by d.date desc nulls last, q.url, q.seq limit $2 offset $3`,
      [speaker, page.limit, page.offset],
    );
    return rows.map((r) => ({ ...readQuote(r), url: String(r.url), documentId: String(r.document_id) }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

const identity = (entry: StoreEntry): DocumentIdentity => (entry.kind === 'document' ? entry.document : entry);

/** The batch, inside its transaction: see the header for why each step is there. */
async function writeInTransaction(client: pg.PoolClient, entries: readonly StoreEntry[], stamp: string): Promise<WriteOutcome[]> {
  const all = async (sql: string, values: unknown[]) => (await client.query<Row>(sql, values)).rows;
  const urls = [...new Set(entries.map((e) => identity(e).url))];
  await client.query(
    `select count(pg_advisory_xact_lock(${URL_LOCK_CLASS}, h)) from (select distinct hashtext(u) as h from unnest($1::text[]) u order by h) keys`,
    [urls],
  );
  const current = new Map((await all(`select url, content_hash from documents where url = any($1)`, [urls])).map((r) => [String(r.url), String(r.content_hash)]));
  const key = (url: unknown, hash: unknown) => `${String(url)}\u0001${String(hash)}`;
  const failedRows = await all(`select url, content_hash from errors where url = any($1)`, [urls]);
  const failed = new Set(failedRows.map((r) => key(r.url, r.content_hash)));
  /** The failed versions of each URL: a good version written later replaces them. */
  const failures = new Map<string, string[]>();
  for (const r of failedRows) failures.set(String(r.url), [...(failures.get(String(r.url)) ?? []), String(r.content_hash)]);
  const superseded = new Set((await all(`select url, content_hash from superseded where url = any($1)`, [urls])).map((r) => key(r.url, r.content_hash)));
  const newlySuperseded: { url: string; hash: string; stamp: string }[] = [];
  const replaced = new Set<string>();
  const documents = new Map<string, CodedDocument>();
  const errors = new Map<string, FailedDocument>();
  const outcomes: WriteOutcome[] = [];
  for (const entry of entries) {
    const { url, contentHash } = identity(entry);
    const version = key(url, contentHash);
    if (current.get(url) === contentHash || failed.has(version) || superseded.has(version)) {
      outcomes.push('duplicate');
      continue;
    }
    if (entry.kind === 'error') {
      failed.add(version);
      errors.set(version, entry);
      failures.set(url, [...(failures.get(url) ?? []), contentHash]);
      outcomes.push('error');
      continue;
    }
    const previous = current.get(url);
    if (previous !== undefined) {
      if (!documents.has(url)) replaced.add(url);
      superseded.add(key(url, previous));
      newlySuperseded.push({ url, hash: previous, stamp });
    }
    outcomes.push(previous !== undefined ? 'updated' : 'new');
    current.set(url, contentHash);
    documents.set(url, entry);
    // the failures of this URL so far are replaced too, and remembered as superseded: reading one
    // again (a re-run, a resume after a kill) is then a no-op, as it is for a replaced document
    for (const hash of failures.get(url) ?? []) {
      errors.delete(key(url, hash));
      if (superseded.has(key(url, hash))) continue;
      superseded.add(key(url, hash));
      newlySuperseded.push({ url, hash, stamp });
    }
    failures.delete(url);
  }
  const old = [...replaced];
  const written = [...documents.values()];
  const touched = new Set<number>();
  if (old.length) for (const r of await all(`select distinct event_id from mentions where url = any($1) and event_id is not null`, [old])) touched.add(Number(r.event_id));
  for (const d of written) for (const m of d.mentions) if (m.eventId !== null) touched.add(m.eventId);
  const ids = [...touched];
  if (ids.length) await client.query(`select count(pg_advisory_xact_lock(id)) from (select distinct unnest($1::bigint[]) as id order by id) keys`, [ids]);
  if (old.length) for (const table of ['mentions', 'entities', 'quotes', 'documents']) await client.query(`delete from ${table} where url = any($1)`, [old]);
  if (written.length) await client.query(`delete from errors where url = any($1)`, [written.map((d) => d.document.url)]);
  await insert(client, 'documents', documentColumns, written.map((d) => ({ ...d, stamp })));
  await insert(client, 'entities', entityColumns, written.flatMap((d) => d.entities.map((row, seq) => ({ url: d.document.url, seq, row }))));
  await insert(client, 'quotes', quoteColumns, written.flatMap((d) => d.quotes.map((row, seq) => ({ url: d.document.url, seq, row }))));
  await insert(client, 'mentions', mentionColumns, written.flatMap((d) => d.mentions.map((row, seq) => ({ url: d.document.url, seq, row }))));
  await insert(client, 'errors', errorColumns, [...errors.values()].map((e) => ({ ...e, stamp })), 'on conflict do nothing');
  await insert(client, 'superseded', supersededColumns, newlySuperseded, 'on conflict do nothing');
  if (ids.length) {
    await client.query('delete from events where id = any($1::bigint[])', [ids]);
    await client.query(RECOMPUTE_EVENTS, [ids]);
  }
  return outcomes;
}

async function insert<T>(client: pg.PoolClient, table: string, columns: Columns<T>, items: readonly T[], suffix = ''): Promise<void> {
  const names = Object.keys(columns);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let i = 0; i < items.length; i += perStatement) {
    const chunk = items.slice(i, i + perStatement);
    const values = chunk.flatMap((item) => names.map((n) => withoutNul(columns[n]!(item))));
    const tuples = chunk.map((_, r) => `(${names.map((__, c) => `$${r * names.length + c + 1}`).join(', ')})`);
    await client.query(`insert into ${table} (${names.join(', ')}) values ${tuples.join(', ')} ${suffix}`, values);
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

/** Where an event is placed: its action place, else (GDELT's habit too) its source actor's place. */
const EVENT_PLACE = 'coalesce(e.action_geo, e.source_geo)::jsonb';

function eventWhere(filter: EventFilter): { sql: string; values: unknown[] } {
  const clauses: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (!filter.background) clauses.push('not e.background');
  if (filter.from) clauses.push(`e.day >= ${param(filter.from.replace(/-/g, ''))}`);
  if (filter.to) clauses.push(`e.day <= ${param(filter.to.replace(/-/g, ''))}`);
  if (filter.actor) {
    const actor = param(filter.actor);
    clauses.push(`(starts_with(e.source, ${actor}) or starts_with(e.target, ${actor}))`);
  }
  if (filter.source) clauses.push(`starts_with(e.source, ${param(filter.source)})`);
  if (filter.target) clauses.push(`starts_with(e.target, ${param(filter.target)})`);
  if (filter.code) clauses.push(`e.code = ${param(filter.code)}`);
  if (filter.root) clauses.push(`starts_with(e.code, ${param(filter.root)})`);
  if (filter.quad !== undefined) clauses.push(`e.quad = ${param(filter.quad)}`);
  if (filter.place) {
    const place = param(filter.place);
    clauses.push(`(${EVENT_PLACE} ->> 'countryCode' = ${place} or strpos(lower(${EVENT_PLACE} ->> 'fullName'), lower(${place})) > 0)`);
  }
  if (filter.text) {
    // names first: most searches are for an actor, and they need no look at the articles
    const text = param(filter.text);
    clauses.push(`(strpos(lower(coalesce(e.source_name, '') || chr(1) || coalesce(e.target_name, '')), lower(${text})) > 0
      or exists (select 1 from mentions m join documents d on d.url = m.url
        where m.event_id = e.id and strpos(lower(coalesce(d.title, '') || chr(1) || d.text), lower(${text})) > 0))`);
  }
  return { sql: clauses.length ? clauses.join(' and ') : 'true', values };
}
