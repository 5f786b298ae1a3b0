// The embedded store: one DuckDB file. The writer is the only code that changes it, one transaction
// per batch, whose steps are every backend's (batch-write.ts); events are recomputed from the mentions
// inside the same transaction (events-sql.ts), so a batch is either all there, events included, or
// not at all.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { EventAggregate, MentionRecord } from '../../dataset/types.js';
import { heldAs, HELD_VERSIONS, readHeldVersion } from '../batch-plan.js';
import { writeBatch, type BatchStatements } from '../batch-write.js';
import { readDocument, readEntity, readEvent, readMention, readMentionRecord, readQuote, type Columns } from '../rows.js';
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
  type TimelineMonth,
  type StoreEntry,
  type WriteOutcome,
} from '../store.js';
import { openDuckDb, type OpenMode } from './connection.js';
import { RECOMPUTE_EVENTS, SORT_EVENTS } from './events-sql.js';

type Row = Record<string, unknown>;

/** Rows per INSERT statement: enough to amortise the statement, few enough to keep it small. */
const ROWS_PER_INSERT = 200;

export async function openDuckDbStore(path: string, mode: OpenMode): Promise<Store> {
  const { instance, connection } = await openDuckDb(path, mode);
  const db = new DuckDbStore(path, connection);
  db.onClose = () => instance.closeSync();
  return db;
}

class DuckDbStore implements Store {
  onClose: () => void = () => {};
  private changed = false;

  constructor(
    readonly location: string,
    private readonly connection: DuckDBConnection,
  ) {}

  private async all(sql: string, values: DuckDBValue[] = []): Promise<Row[]> {
    // without values, not as a prepared statement: those are planned without the constants (see timeline)
    const reader = values.length ? await this.connection.runAndReadAll(sql, values) : await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Row[];
  }

  private async *stream(sql: string, values: DuckDBValue[] = []): AsyncGenerator<Row> {
    const result = await this.connection.stream(sql, values);
    for await (const rows of result.yieldRowObjectJs()) yield* rows as Row[];
  }

  async holds(identities: readonly DocumentIdentity[]): Promise<Held[]> {
    if (!identities.length) return [];
    const urls = [...new Set(identities.map((i) => i.url))];
    return heldAs(identities, (await this.all(HELD_VERSIONS(`in ${numbered(urls.length)}`), urls)).map(readHeldVersion));
  }

  async holdsUrl(url: string): Promise<boolean> {
    return (await this.all('select 1 from documents where url = ?', [url])).length > 0;
  }

  async sourceState(url: string): Promise<SourceState | null> {
    const [row] = await this.all('select url, etag, last_modified, checked_at from sources where url = ?', [url]);
    if (!row) return null;
    return { url, etag: (row.etag as string | null) ?? null, lastModified: (row.last_modified as string | null) ?? null, checkedAt: String(row.checked_at) };
  }

  async saveSourceState(state: SourceState): Promise<void> {
    await this.connection.run('insert or replace into sources values (?, ?, ?, ?)', [state.url, state.etag, state.lastModified, state.checkedAt]);
  }

  async write(entries: readonly StoreEntry[], addedAt: Date): Promise<WriteOutcome[]> {
    const stamp = addedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    await this.connection.run('begin transaction');
    try {
      const outcomes = await writeBatch(this.statements(), entries, stamp);
      await this.connection.run('commit');
      if (outcomes.some((o) => o !== 'duplicate')) this.changed = true;
      return outcomes;
    } catch (err) {
      await this.connection.run('rollback').catch(() => undefined);
      throw new StoreError('write-failed', `${this.location}: writing to the store failed, nothing of this batch was kept: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The batch's statements on this connection (one writer: nothing to lock). */
  private statements(): BatchStatements {
    return {
      heldVersions: async (urls) => (await this.all(HELD_VERSIONS(`in ${numbered(urls.length)}`), [...urls])).map(readHeldVersion),
      eventIdsOf: async (urls) => (await this.all(`select distinct event_id from mentions where url in ${numbered(urls.length)} and event_id is not null`, [...urls])).map((r) => Number(r.event_id)),
      lockEvents: async () => undefined,
      deleteByUrl: async (table, urls) => void (await this.connection.run(`delete from ${table} where url in ${numbered(urls.length)}`, [...urls])),
      insert: (table, columns, items, keepExisting) => this.insert(table, columns, items, keepExisting),
      recompute: (ids) => this.recompute(ids),
    };
  }

  private async insert<T>(table: string, columns: Columns<T>, items: readonly T[], keepExisting: boolean): Promise<void> {
    const names = Object.keys(columns);
    const tuple = `(${names.map(() => '?').join(', ')})`;
    for (let i = 0; i < items.length; i += ROWS_PER_INSERT) {
      const chunk = items.slice(i, i + ROWS_PER_INSERT);
      const values = chunk.flatMap((item) => names.map((n) => columns[n]!(item)));
      await this.connection.run(`insert into ${table} (${names.join(', ')}) values ${chunk.map(() => tuple).join(', ')}${keepExisting ? ' on conflict do nothing' : ''}`, values);
    }
  }

  private async recompute(ids: readonly number[]): Promise<void> {
    await this.connection.run('create temporary table if not exists touched (id bigint)');
    await this.connection.run('delete from touched');
    for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
      const chunk = ids.slice(i, i + ROWS_PER_INSERT);
      await this.connection.run(`insert into touched values ${chunk.map(() => '(?::bigint)').join(', ')}`, [...chunk]);
    }
    await this.connection.run(RECOMPUTE_EVENTS);
  }

  async settle(): Promise<void> {
    if (!this.changed) return;
    await this.connection.run('begin transaction');
    try {
      await this.connection.run(SORT_EVENTS);
      await this.connection.run('commit');
    } catch (err) {
      await this.connection.run('rollback').catch(() => undefined);
      throw new StoreError('write-failed', `${this.location}: could not lay out the events table: ${err instanceof Error ? err.message : String(err)}`);
    }
    await this.connection.run('checkpoint');
    this.changed = false;
  }

  async counts(): Promise<StoreCounts> {
    const [r] = await this.all(
      `select (select count(*) from documents) as documents, (select count(*) from errors) as errors, (select count(*) from events) as events, (select count(*) from mentions) as mentions`,
    );
    return { documents: Number(r!.documents), errors: Number(r!.errors), events: Number(r!.events), mentions: Number(r!.mentions) };
  }

  async *events(filter: EventFilter): AsyncIterable<EventAggregate> {
    const where = eventWhere(filter);
    for await (const r of this.stream(`select * from events e where ${where.sql} order by id`, where.values)) yield readEvent(r);
  }

  async *mentions(filter: EventFilter): AsyncIterable<MentionRecord> {
    const where = eventWhere(filter);
    const sql = `select m.*, e.date_added as event_time, d.date as doc_date, d.added_at, d.site, d.length, d.tone
      from events e join mentions m on m.event_id = e.id join documents d on d.url = m.url
      where ${where.sql} order by e.id, m.url, m.seq`;
    for await (const r of this.stream(sql, where.values)) yield readMentionRecord(r);
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
    let count: number;
    try {
      count = (await this.connection.extractStatements(sql)).count;
    } catch (err) {
      throw new StoreError('bad-query', err instanceof Error ? err.message : String(err));
    }
    if (count !== 1) throw new StoreError('bad-query', `give exactly one SQL statement (got ${count})`);
    let result;
    try {
      result = await this.connection.stream(sql);
    } catch (err) {
      throw new StoreError('bad-query', err instanceof Error ? err.message : String(err));
    }
    const rows = async function* () {
      for await (const chunk of result.yieldRowsJs()) yield* chunk;
    };
    return { columns: result.columnNames(), rows: rows() };
  }

  async timeline(source: string, target?: string): Promise<TimelineMonth[]> {
    const dyad = target === undefined ? `(source = ${literal(source)} or target = ${literal(source)})` : `source = ${literal(source)} and target = ${literal(target)}`;
    // literals, not parameters: DuckDB prunes row groups by their min/max only for constants, and the
    // events table is laid out by dyad (settle), so a dyad's rows sit in a few groups
    const rows = await this.all(
      `select substr(day, 1, 6) as month, count(*) as events, avg(goldstein) as goldstein,
         avg((quad = 1)::int) as q1, avg((quad = 2)::int) as q2, avg((quad = 3)::int) as q3, avg((quad = 4)::int) as q4
       from events where ${dyad} and not background group by month order by month`,
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
         select target as partner, 1 as as_source, 0 as as_target, goldstein from events where source = ${literal(actor)} and target <> '' and not background
         union all
         select source as partner, 0 as as_source, 1 as as_target, goldstein from events where target = ${literal(actor)} and source <> '' and not background
       ) group by partner order by events desc, partner limit ${Math.floor(limit)}`,
    );
    return rows.map((r) => ({
      actor: String(r.partner),
      asSource: Number(r.as_source),
      asTarget: Number(r.as_target),
      events: Number(r.events),
      goldstein: r.goldstein === null ? null : Number(r.goldstein),
    }));
  }

  async listEvents(filter: EventFilter, page: Page): Promise<EventAggregate[]> {
    const where = eventWhere(filter);
    const rows = await this.all(`select * from events e where ${where.sql} order by day desc, id limit ? offset ?`, [...where.values, page.limit, page.offset]);
    return rows.map(readEvent);
  }

  async places(filter: EventFilter, limit: number): Promise<PlaceCount[]> {
    const where = eventWhere(filter);
    const rows = await this.all(
      `select json_extract_string(${EVENT_PLACE}, '$.fullName') as name, json_extract_string(${EVENT_PLACE}, '$.countryCode') as country,
         json_extract(${EVENT_PLACE}, '$.lat')::double as lat, json_extract(${EVENT_PLACE}, '$.long')::double as long,
         count(*) as events, avg(goldstein) as goldstein
       from events e where ${where.sql} and ${EVENT_PLACE} is not null
       group by name, country, lat, long order by events desc, name limit ?`,
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

  async listDocuments(page: Page): Promise<DocumentSummary[]> {
    const rows = await this.all(
      `select d.id, d.url, d.site, d.title, d.date, d.tone, (select count(*) from mentions m where m.url = d.url) as mentions
       from documents d order by d.date desc nulls last, d.url limit ? offset ?`,
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
    const [row] = await this.all(`select * from documents where id = ? or url = ? order by (id = ?) desc, url limit 1`, [id, id, id]);
    if (!row) return null;
    const url = String(row.url);
    const of = async (table: string) => this.all(`select * from ${table} where url = ? order by seq`, [url]);
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
       where q.speaker_name = ? or q.speaker_actor = ? order by d.date desc nulls last, q.url, q.seq limit ? offset ?`,
      [speaker, speaker, page.limit, page.offset],
    );
    return rows.map((r) => ({ ...readQuote(r), url: String(r.url), documentId: String(r.document_id) }));
  }

  interrupt(): void {
    this.connection.interrupt();
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.onClose();
  }
}

/** A SQL string literal (standard SQL: quotes doubled, no other escapes). */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** `($1, $2, ...)`: a list named once however often the statement reads it. */
function numbered(n: number): string {
  return `(${Array.from({ length: Math.max(n, 1) }, (_, i) => `$${i + 1}`).join(', ')})`;
}

/** Where an event is placed: its action place, else (GDELT's habit too) its source actor's place. */
const EVENT_PLACE = 'coalesce(e.action_geo, e.source_geo)';

function eventWhere(filter: EventFilter): { sql: string; values: DuckDBValue[] } {
  const clauses: string[] = [];
  const values: DuckDBValue[] = [];
  if (!filter.background) clauses.push('not e.background');
  if (filter.from) {
    clauses.push('e.day >= ?');
    values.push(filter.from.replace(/-/g, ''));
  }
  if (filter.to) {
    clauses.push('e.day <= ?');
    values.push(filter.to.replace(/-/g, ''));
  }
  if (filter.actor) {
    clauses.push('(starts_with(e.source, ?) or starts_with(e.target, ?))');
    values.push(filter.actor, filter.actor);
  }
  if (filter.source) {
    clauses.push('starts_with(e.source, ?)');
    values.push(filter.source);
  }
  if (filter.target) {
    clauses.push('starts_with(e.target, ?)');
    values.push(filter.target);
  }
  if (filter.code) {
    clauses.push('e.code = ?');
    values.push(filter.code);
  }
  if (filter.root) {
    clauses.push('starts_with(e.code, ?)');
    values.push(filter.root);
  }
  if (filter.quad !== undefined) {
    clauses.push('e.quad = ?');
    values.push(filter.quad);
  }
  if (filter.place) {
    clauses.push(`(json_extract_string(${EVENT_PLACE}, '$.countryCode') = ? or contains(lower(json_extract_string(${EVENT_PLACE}, '$.fullName')), lower(?)))`);
    values.push(filter.place, filter.place);
  }
  if (filter.text) {
    // names first: most searches are for an actor, and they need no look at the articles
    clauses.push(`(contains(lower(coalesce(e.source_name, '') || chr(1) || coalesce(e.target_name, '')), lower(?))
      or exists (select 1 from mentions m join documents d on d.url = m.url
        where m.event_id = e.id and contains(lower(coalesce(d.title, '') || chr(1) || d.text), lower(?))))`);
    values.push(filter.text, filter.text);
  }
  return { sql: clauses.length ? clauses.join(' and ') : 'true', values };
}
