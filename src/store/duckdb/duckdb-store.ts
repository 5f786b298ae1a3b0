// The embedded store: one DuckDB file. The writer is the only code that changes it, one transaction
// per batch, whose steps are every backend's (batch-write.ts); events are recomputed from the mentions
// inside the same transaction (events-sql.ts), so a batch is either all there, events included, or
// not at all. Its reads are every backend's (read-sql.ts) but for the timeline and partners.
import { listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { EventAggregate, MentionRecord } from '../../dataset/types.js';
import { heldAs, HELD_VERSIONS, readHeldVersion } from '../batch-plan.js';
import { writeBatch, type BatchStatements } from '../batch-write.js';
import * as read from '../read-sql.js';
import { documentColumns, mentionColumns, readEntity, readEvent, readMentionRecord, type Columns } from '../rows.js';
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
import { appendRows, ColumnOrder } from './append.js';
import { openDuckDb, type OpenMode } from './connection.js';
import { ADD_SITES, CLEAR_SCRATCH, DROP_EVENTS, FROM_ALL_MENTIONS, MERGE_BATCH, RESET_SITES, SCRATCH_TABLES, SORT_EVENTS, WRITE_RECOMPUTED } from './events-sql.js';

type Row = Record<string, unknown>;

/** Rows per INSERT statement: enough to amortise the statement, few enough to keep it small. */
const ROWS_PER_INSERT = 200;

export async function openDuckDbStore(path: string, mode: OpenMode): Promise<Store> {
  const { instance, connection } = await openDuckDb(path, mode);
  if (mode === 'write') await connection.run(SCRATCH_TABLES);
  const catalog = String((await connection.runAndReadAll('select current_database() as name')).getRowObjectsJS()[0]!.name);
  // an ingest asks what is held while the writer commits the batch before: on a connection of its own,
  // which sees what is committed (the write itself reads what is held again, inside its transaction)
  const lookups = mode === 'write' ? await instance.connect() : connection;
  const db = new DuckDbStore(path, connection, catalog, lookups);
  db.onClose = () => {
    if (lookups !== connection) lookups.closeSync();
    instance.closeSync();
  };
  return db;
}

class DuckDbStore implements Store {
  onClose: () => void = () => {};
  private changed = false;
  private readonly columnOrder: ColumnOrder;

  constructor(
    readonly location: string,
    private readonly connection: DuckDBConnection,
    private readonly catalog: string,
    /** The connection of the look-ups an ingest makes while a batch is being written (holds, holdsUrl, sourceState). */
    private readonly lookups: DuckDBConnection,
  ) {
    this.columnOrder = new ColumnOrder(connection);
  }

  private async all(sql: string, values: DuckDBValue[] = [], connection = this.connection): Promise<Row[]> {
    // without values, not as a prepared statement: those are planned without the constants (see timeline)
    const reader = values.length ? await connection.runAndReadAll(sql, values) : await connection.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Row[];
  }

  private async *stream(sql: string, values: DuckDBValue[] = []): AsyncGenerator<Row> {
    const result = await this.connection.stream(sql, values);
    for await (const rows of result.yieldRowObjectJs()) yield* rows as Row[];
  }

  async holds(identities: readonly DocumentIdentity[]): Promise<Held[]> {
    if (!identities.length) return [];
    const urls = [...new Set(identities.map((i) => i.url))];
    return heldAs(identities, (await this.all(HELD_VERSIONS(IN_URLS), [listValue(urls)], this.lookups)).map(readHeldVersion));
  }

  async holdsUrl(url: string): Promise<boolean> {
    return (await this.all('select 1 from documents where url = ?', [url], this.lookups)).length > 0;
  }

  async sourceState(url: string): Promise<SourceState | null> {
    const [row] = await this.all('select url, etag, last_modified, checked_at from sources where url = ?', [url], this.lookups);
    if (!row) return null;
    return { url, etag: (row.etag as string | null) ?? null, lastModified: (row.last_modified as string | null) ?? null, checkedAt: String(row.checked_at) };
  }

  async saveSourceState(state: SourceState): Promise<void> {
    await this.connection.run('insert or replace into sources values (?, ?, ?, ?)', [state.url, state.etag, state.lastModified, state.checkedAt]);
  }

  async write(entries: readonly StoreEntry[], addedAt: Date): Promise<WriteOutcome[]> {
    const stamp = addedAt.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    await this.connection.run('begin transaction');
    // a batch that touched no event left its rows in the scratch tables
    await this.connection.run(CLEAR_SCRATCH);
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
      heldVersions: async (urls) => (await this.all(HELD_VERSIONS(IN_URLS), [listValue(urls)])).map(readHeldVersion),
      eventIdsOf: async (urls) => (await this.all(`select distinct event_id from mentions where url ${IN_URLS} and event_id is not null`, [listValue(urls)])).map((r) => Number(r.event_id)),
      lockEvents: async () => undefined,
      deleteByUrl: async (table, urls) => void (await this.connection.run(`delete from ${table} where url ${IN_URLS}`, [listValue(urls)])),
      insert: (table, columns, items, keepExisting) => this.insert(table, columns, items, keepExisting),
      recompute: (ids, lost) => this.recompute(ids, lost),
    };
  }

  private async insert<T>(table: string, columns: Columns<T>, items: readonly T[], keepExisting: boolean): Promise<void> {
    // the appender has no "on conflict": the few rows that may meet their key (errors, superseded) are inserted
    if (!keepExisting) {
      await appendRows(this.connection, this.columnOrder, table, columns, items, this.catalog);
      // the batch's own copy of what its events are made of, for the recompute (events-sql.ts)
      const scratch = SCRATCH[table];
      if (scratch) await appendRows(this.connection, this.columnOrder, scratch.table, scratch.columns as Columns<T>, items, 'temp');
      return;
    }
    const names = Object.keys(columns);
    const tuple = `(${names.map(() => '?').join(', ')})`;
    for (let i = 0; i < items.length; i += ROWS_PER_INSERT) {
      const chunk = items.slice(i, i + ROWS_PER_INSERT);
      const values = chunk.flatMap((item) => names.map((n) => columns[n]!(item)));
      await this.connection.run(`insert into ${table} (${names.join(', ')}) values ${chunk.map(() => tuple).join(', ')}${keepExisting ? ' on conflict do nothing' : ''}`, values);
    }
  }

  /** The events the batch touched: merged with the batch's mentions, or made again where mentions were lost. */
  private async recompute(ids: readonly number[], lost: readonly number[]): Promise<void> {
    const list = (of: readonly number[]) => [listValue(of.map((id) => BigInt(id)))];
    const without = new Set(lost);
    const [touched, losing, adding] = [list(ids), list(lost), list(ids.filter((id) => !without.has(id)))];
    if (lost.length) {
      for (const sql of RESET_SITES) await this.connection.run(sql, losing);
      await this.connection.run(FROM_ALL_MENTIONS, losing);
    }
    if (lost.length < ids.length) {
      await this.connection.run(ADD_SITES, adding);
      await this.connection.run(MERGE_BATCH, adding);
    }
    for (const sql of DROP_EVENTS) await this.connection.run(sql, touched);
    await this.connection.run(WRITE_RECOMPUTED);
    await this.connection.run(CLEAR_SCRATCH);
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
    // literals, not parameters: DuckDB prunes row groups by their min/max only for constants, and the
    // events table is laid out by dyad (settle), so a dyad's rows sit in a few groups. One actor either
    // way is two reads, each side once: as source it is pruned like a dyad, and an OR of both sides
    // would read every row of both columns
    const [a, b] = [literal(source), target === undefined ? null : literal(target)];
    const sides =
      b === null
        ? `select day, goldstein, quad from events where source = ${a} and not background
           union all select day, goldstein, quad from events where target = ${a} and source <> ${a} and not background`
        : `select day, goldstein, quad from events where source = ${a} and target = ${b} and not background`;
    const rows = await this.all(
      `select substr(day, 1, 6) as month, count(*) as events, avg(goldstein) as goldstein,
         avg((quad = 1)::int) as q1, avg((quad = 2)::int) as q2, avg((quad = 3)::int) as q3, avg((quad = 4)::int) as q4
       from (${sides}) dyad group by month order by month`,
    );
    return rows.map(read.readTimelineMonth);
  }

  async partners(actor: string, limit: number): Promise<Partner[]> {
    // literals for the same reason as the timeline's
    return (await this.all(read.partners(literal(actor), String(Math.floor(limit))))).map(read.readPartner);
  }

  async listEvents(filter: EventFilter, page: Page): Promise<EventAggregate[]> {
    const { sql, values } = read.listEvents(read.eventWhere(filter, EVENT_PLACE), page);
    return (await this.all(sql, values)).map(readEvent);
  }

  async places(filter: EventFilter, limit: number): Promise<PlaceCount[]> {
    const { sql, values } = read.places(read.eventWhere(filter, EVENT_PLACE), EVENT_PLACE, limit);
    return (await this.all(sql, values)).map(read.readPlaceCount);
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

  interrupt(): void {
    this.connection.interrupt();
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.onClose();
  }
}

/** The scratch table each stored table's new rows are copied to, with the columns its events are made of. */
const SCRATCH: Partial<Record<string, { table: string; columns: Columns<never> }>> = {
  documents: { table: 'batch_documents', columns: pick(documentColumns, ['url', 'date', 'site', 'tone', 'added_at']) },
  mentions: {
    table: 'batch_mentions',
    columns: pick(mentionColumns, ['url', 'seq', 'event_id', 'day', 'source', 'target', 'code', 'place', 'source_text', 'target_text', 'in_lead', 'historical', 'goldstein', 'quad', 'source_geo', 'target_geo', 'action_geo']),
  },
};

function pick<T>(columns: Columns<T>, names: readonly string[]): Columns<T> {
  return Object.fromEntries(names.map((name) => [name, columns[name]!]));
}

/** A SQL string literal (standard SQL: quotes doubled, no other escapes). */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * `url ...` in the list of URLs bound as the one parameter: planned once for any number of URLs, where
 * a parameter each made the statement, and its cost, grow with the batch.
 */
const IN_URLS = '= any($1::varchar[])';

/** Where an event is placed (see read-sql.ts), as JSON. */
const EVENT_PLACE = 'coalesce(e.action_geo, e.source_geo)';
