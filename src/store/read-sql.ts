// The reads every backend runs, written once: the statements of the exports and of the HTTP API, with
// numbered parameters ($1, $2: both DuckDB and PostgreSQL take them) and only functions both engines
// know (starts_with, strpos, ->> on JSON), and the readers of their rows. A backend passes its one
// difference, how an event's place is read as JSON, and runs them; its own statements are those it
// plans differently (the timeline and partners, see each backend).
import { readDocument, readEntity, readMention, readQuote, type Cell } from './rows.js';
import type { AnnotatedDocument, DocumentSummary, EventFilter, Page, Partner, PlaceCount, QuoteRecord, StoreCounts, TimelineMonth } from './store.js';

type Row = Record<string, unknown>;

export interface Statement {
  readonly sql: string;
  readonly values: Cell[];
}

/** Where an event took place: its action place, else (GDELT's habit too) its source actor's place, as JSON that ->> reads. */
export type PlaceJson = string;

/** The filter as a condition on `events e`, its values numbered from $1. */
export function eventWhere(filter: EventFilter, place: PlaceJson): Statement {
  const clauses: string[] = [];
  const values: Cell[] = [];
  const param = (value: Cell) => {
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
    const p = param(filter.place);
    clauses.push(`(${place} ->> 'countryCode' = ${p} or strpos(lower(${place} ->> 'fullName'), lower(${p})) > 0)`);
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

/** The next parameter's number after a condition's values. */
const next = (where: Statement, k = 1) => `$${where.values.length + k}`;

export const COUNTS = `select (select count(*) from documents) as documents, (select count(*) from errors) as errors,
  (select count(*) from events) as events, (select count(*) from mentions) as mentions`;

export const readCounts = (r: Row): StoreCounts => ({ documents: Number(r.documents), errors: Number(r.errors), events: Number(r.events), mentions: Number(r.mentions) });

export const exportEvents = (where: Statement): Statement => ({ sql: `select * from events e where ${where.sql} order by id`, values: where.values });

/** Mentions with what the Mentions export takes from their event and document (readMentionRecord). */
export const exportMentions = (where: Statement): Statement => ({
  sql: `select m.*, e.date_added as event_time, d.date as doc_date, d.added_at, d.site, d.length, d.tone
    from events e join mentions m on m.event_id = e.id join documents d on d.url = m.url
    where ${where.sql} order by e.id, m.url, m.seq`,
  values: where.values,
});

export const EXPORT_QUOTES = `select q.*, d.id as document_id from quotes q join documents d on d.url = q.url order by q.url, q.seq`;
export const EXPORT_ENTITIES = `select n.*, d.id as document_id from entities n join documents d on d.url = n.url order by n.url, n.seq`;

export const readQuoteRecord = (r: Row): QuoteRecord => ({ ...readQuote(r), url: String(r.url), documentId: String(r.document_id) });

export const listEvents = (where: Statement, page: Page): Statement => ({
  sql: `select * from events e where ${where.sql} order by day desc, id limit ${next(where)} offset ${next(where, 2)}`,
  values: [...where.values, page.limit, page.offset],
});

export const places = (where: Statement, place: PlaceJson, limit: number): Statement => ({
  sql: `select ${place} ->> 'fullName' as name, ${place} ->> 'countryCode' as country,
      (${place} ->> 'lat')::float8 as lat, (${place} ->> 'long')::float8 as long,
      count(*) as events, avg(goldstein) as goldstein
    from events e where ${where.sql} and ${place} is not null
    group by name, country, lat, long order by events desc, name limit ${next(where)}`,
  values: [...where.values, Math.floor(limit)],
});

export const readPlaceCount = (r: Row): PlaceCount => ({
  name: String(r.name),
  countryCode: String(r.country),
  lat: Number(r.lat),
  long: Number(r.long),
  events: Number(r.events),
  goldstein: r.goldstein === null ? null : Number(r.goldstein),
});

export const listDocuments = (page: Page): Statement => ({
  sql: `select d.id, d.url, d.site, d.title, d.date, d.tone, (select count(*) from mentions m where m.url = d.url) as mentions
    from documents d order by d.date desc nulls last, d.url limit $1 offset $2`,
  values: [page.limit, page.offset],
});

export const readDocumentSummary = (r: Row): DocumentSummary => ({
  id: String(r.id),
  url: String(r.url),
  site: String(r.site),
  title: r.title === null ? null : String(r.title),
  date: r.date === null ? null : String(r.date),
  tone: Number(r.tone),
  mentions: Number(r.mentions),
});

/** A document by its id as given, else by its URL. */
export const DOCUMENT = `select * from documents where id = $1 or url = $1 order by (id = $1) desc, url limit 1`;

/** One document's rows of a table, in order. */
export const documentRows = (table: 'entities' | 'quotes' | 'mentions') => `select * from ${table} where url = $1 order by seq`;

/** The annotated view of a document row, with its entities, quotes and mentions read by `rowsOf`. */
export async function annotated(row: Row, rowsOf: (sql: string, url: string) => Promise<Row[]>): Promise<AnnotatedDocument> {
  const url = String(row.url);
  return {
    document: { ...readDocument(row), addedAt: String(row.added_at) },
    entities: (await rowsOf(documentRows('entities'), url)).map(readEntity),
    quotes: (await rowsOf(documentRows('quotes'), url)).map(readQuote),
    mentions: (await rowsOf(documentRows('mentions'), url)).map(readMention),
  };
}

export const quotesBySpeaker = (speaker: string, page: Page): Statement => ({
  sql: `select q.*, d.id as document_id from quotes q join documents d on d.url = q.url
    where q.speaker_name = $1 or q.speaker_actor = $1 order by d.date desc nulls last, q.url, q.seq limit $2 offset $3`,
  values: [speaker, page.limit, page.offset],
});

/** An actor's partners: `actor` and `limit` are the backend's parameters or literals (see DuckDB's). */
export const partners = (actor: string, limit: string) => `select partner, sum(as_source) as as_source, sum(as_target) as as_target, count(*) as events, avg(goldstein) as goldstein from (
    select target as partner, 1 as as_source, 0 as as_target, goldstein from events where source = ${actor} and target <> '' and not background
    union all
    select source as partner, 0 as as_source, 1 as as_target, goldstein from events where target = ${actor} and source <> '' and not background
  ) sides group by partner order by events desc, partner limit ${limit}`;

export const readPartner = (r: Row): Partner => ({
  actor: String(r.partner),
  asSource: Number(r.as_source),
  asTarget: Number(r.as_target),
  events: Number(r.events),
  goldstein: r.goldstein === null ? null : Number(r.goldstein),
});

/** A timeline row: month, events, mean Goldstein and the QuadClass shares q1..q4. */
export const readTimelineMonth = (r: Row): TimelineMonth => ({
  month: String(r.month),
  events: Number(r.events),
  goldstein: r.goldstein === null ? null : Number(r.goldstein),
  quadShares: [Number(r.q1 ?? 0), Number(r.q2 ?? 0), Number(r.q3 ?? 0), Number(r.q4 ?? 0)],
});
