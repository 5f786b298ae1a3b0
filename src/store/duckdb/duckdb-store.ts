// The embedded store: one DuckDB file. The writer is the only code that changes it, one transaction
// per batch; events are recomputed from the mentions inside the same transaction (events-sql.ts), so
// a batch is either all there, events included, or not at all.
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { EventAggregate, Geo, MentionRecord } from '../../dataset/types.js';
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
import { openDuckDb, type OpenMode } from './connection.js';
import { RECOMPUTE_EVENTS, SORT_EVENTS } from './events-sql.js';
import { documentColumns, entityColumns, errorColumns, mentionColumns, quoteColumns, supersededColumns, readDocument, readEntity, readMention, readQuote, type Columns } from './rows.js';

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
    const urls = identities.map((i) => i.url);
    const list = placeholders(urls.length);
    const sql = `select url, content_hash, 'document' as kind from documents where url in ${list}
      union all select url, content_hash, 'document' as kind from superseded where url in ${list}
      union all select url, content_hash, 'error' as kind from errors where url in ${list}`;
    const held = new Map((await this.all(sql, [...urls, ...urls, ...urls])).map((r) => [`${String(r.url)}\u0001${String(r.content_hash)}`, r.kind as Held]));
    return identities.map((i) => held.get(`${i.url}\u0001${i.contentHash}`) ?? null);
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
      const outcomes = await this.writeInTransaction(entries, stamp);
      await this.connection.run('commit');
      if (outcomes.some((o) => o !== 'duplicate')) this.changed = true;
      return outcomes;
    } catch (err) {
      await this.connection.run('rollback').catch(() => undefined);
      throw new StoreError('write-failed', `${this.location}: writing to the store failed, nothing of this batch was kept: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async writeInTransaction(entries: readonly StoreEntry[], stamp: string): Promise<WriteOutcome[]> {
    const urls = [...new Set(entries.map((e) => identity(e).url))];
    const list = placeholders(urls.length);
    const current = new Map((await this.all(`select url, content_hash from documents where url in ${list}`, urls)).map((r) => [String(r.url), String(r.content_hash)]));
    const key = (url: unknown, hash: unknown) => `${String(url)}\u0001${String(hash)}`;
    const failedRows = await this.all(`select url, content_hash from errors where url in ${list}`, urls);
    const failed = new Set(failedRows.map((r) => key(r.url, r.content_hash)));
    /** The failed versions of each URL: a good version written later replaces them. */
    const failures = new Map<string, string[]>();
    for (const r of failedRows) failures.set(String(r.url), [...(failures.get(String(r.url)) ?? []), String(r.content_hash)]);
    const superseded = new Set((await this.all(`select url, content_hash from superseded where url in ${list}`, urls)).map((r) => key(r.url, r.content_hash)));
    const newlySuperseded: { url: string; hash: string }[] = [];
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
        newlySuperseded.push({ url, hash: previous });
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
        newlySuperseded.push({ url, hash });
      }
      failures.delete(url);
    }
    const touched = new Set<number>();
    if (replaced.size) {
      const old = [...replaced];
      const oldList = placeholders(old.length);
      for (const r of await this.all(`select distinct event_id from mentions where url in ${oldList} and event_id is not null`, old)) touched.add(Number(r.event_id));
      for (const table of ['mentions', 'entities', 'quotes', 'documents']) await this.connection.run(`delete from ${table} where url in ${oldList}`, old);
    }
    const written = [...documents.values()];
    if (written.length) await this.connection.run(`delete from errors where url in ${placeholders(written.length)}`, written.map((d) => d.document.url));
    for (const d of written) for (const m of d.mentions) if (m.eventId !== null) touched.add(m.eventId);
    await this.insert('documents', documentColumns, written.map((d) => ({ ...d, stamp })));
    await this.insert('entities', entityColumns, written.flatMap((d) => d.entities.map((row, seq) => ({ url: d.document.url, seq, row }))));
    await this.insert('quotes', quoteColumns, written.flatMap((d) => d.quotes.map((row, seq) => ({ url: d.document.url, seq, row }))));
    await this.insert('mentions', mentionColumns, written.flatMap((d) => d.mentions.map((row, seq) => ({ url: d.document.url, seq, row }))));
    await this.insert('errors', errorColumns, [...errors.values()].map((e) => ({ ...e, stamp })));
    await this.insert('superseded', supersededColumns, newlySuperseded.map((v) => ({ ...v, stamp })));
    if (touched.size) await this.recompute([...touched]);
    return outcomes;
  }

  private async insert<T>(table: string, columns: Columns<T>, items: readonly T[]): Promise<void> {
    const names = Object.keys(columns);
    const tuple = `(${names.map(() => '?').join(', ')})`;
    for (let i = 0; i < items.length; i += ROWS_PER_INSERT) {
      const chunk = items.slice(i, i + ROWS_PER_INSERT);
      const values = chunk.flatMap((item) => names.map((n) => columns[n]!(item)));
      await this.connection.run(`insert into ${table} (${names.join(', ')}) values ${chunk.map(() => tuple).join(', ')}`, values);
    }
  }

  private async recompute(ids: readonly number[]): Promise<void> {
    await this.connection.run('create temporary table if not exists touched (id bigint)');
    await this.connection.run('delete from touched');
    for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
      const chunk = ids.slice(i, i + ROWS_PER_INSERT);
      await this.connection.run(`insert into touched values ${chunk.map(() => '(?::bigint)').join(', ')}`, chunk);
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
    return rows.map(toAggregate);
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

const identity = (entry: StoreEntry): DocumentIdentity => (entry.kind === 'document' ? entry.document : entry);

/** A SQL string literal (standard SQL: quotes doubled, no other escapes). */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function placeholders(n: number): string {
  return `(${Array.from({ length: Math.max(n, 1) }, () => '?').join(', ')})`;
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

const geo = (value: unknown): Geo | null => (value === null || value === undefined ? null : (JSON.parse(String(value)) as Geo));
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function toAggregate(r: Row): EventAggregate {
  return {
    id: Number(r.id),
    key: { day: String(r.day), source: String(r.source), target: String(r.target), code: String(r.code), place: String(r.place) },
    sourceName: text(r.source_name),
    targetName: text(r.target_name),
    isRoot: Boolean(r.is_root),
    numMentions: Number(r.num_mentions),
    numSources: Number(r.num_sources),
    numArticles: Number(r.num_articles),
    avgTone: Number(r.avg_tone),
    actor1Geo: geo(r.source_geo),
    actor2Geo: geo(r.target_geo),
    actionGeo: geo(r.action_geo),
    dateAdded: String(r.date_added),
    sourceUrl: String(r.source_url),
  };
}

const offset = (value: unknown): number => (value === null || value === undefined ? -1 : Number(value));

export function toMentionRecord(r: Row): MentionRecord {
  return {
    eventId: Number(r.event_id),
    eventTime: String(r.event_time),
    mentionTime: r.doc_date === null ? String(r.added_at) : `${String(r.doc_date).replace(/-/g, '')}000000`,
    sourceName: String(r.site),
    identifier: String(r.url),
    sentence: Number(r.sentence) + 1,
    actor1Offset: offset(r.source_start),
    actor2Offset: offset(r.target_start),
    actionOffset: Number(r.verb_start),
    confidence: Math.round(Number(r.confidence) * 100),
    docLength: Number(r.length),
    docTone: Number(r.tone),
  };
}
