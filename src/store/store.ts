// The one interface every store backend implements (DuckDB in `duckdb/`, PostgreSQL later in
// `postgres/`). Callers — ingest, export, query, the HTTP API — see only this file: the SQL of each
// backend lives in its folder, and both fill the same records so that both export the same bytes.
import type { DocumentTone, EventAggregate, Geo, MentionRecord } from '../dataset/types.js';

/** What makes a document itself: one version per URL, and the hash of what was coded. */
export interface DocumentIdentity {
  readonly url: string;
  readonly contentHash: string;
}

export interface DocumentRow extends DocumentIdentity {
  /** The id as given (JSON line id, or the path it was read from). */
  readonly id: string;
  readonly origin: string;
  /** The web site it came from ("bbc.co.uk"); NumSources counts these. */
  readonly site: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  /** Reference date, YYYY-MM-DD: the article's own date, else the record's, else --date. */
  readonly date: string | null;
  readonly datelinePlace: string | null;
  readonly language: string | null;
  readonly tone: DocumentTone;
  /** The clean body, so every span below stays readable. */
  readonly text: string;
  readonly issues: readonly { readonly code: string; readonly message: string }[];
}

export interface EntityRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  /** Mentions of one entity in a document share this number. */
  readonly entity: number;
  readonly actor: string | null;
  readonly name: string;
  readonly form: string;
  readonly rule: string;
  readonly confidence: number;
}

export interface SpeakerRow {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly actor: string | null;
}

export interface QuoteRow {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly direct: boolean;
  readonly cue: string;
  readonly speaker: SpeakerRow | null;
  readonly via: readonly SpeakerRow[];
  readonly rule: string;
  readonly confidence: number;
}

export interface ActorSlot {
  /** '' when the actor has no code. */
  readonly code: string;
  readonly text: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly geo: Geo | null;
}

/** One coded event in one document: a mention of the event its key names. */
export interface EventMentionRow {
  /** globalEventId of the key; null when the mention has no day and so joins no event. */
  readonly eventId: number | null;
  /** YYYYMMDD: its own date for background events, else the event's or the document's date. */
  readonly day: string | null;
  readonly code: string;
  readonly source: ActorSlot;
  readonly target: ActorSlot | null;
  /** The action place's feature id ('' when unknown) and its geography. */
  readonly place: string;
  readonly actionGeo: Geo | null;
  readonly placeName: string | null;
  readonly goldstein: number | null;
  readonly quad: number | null;
  readonly plover: string | null;
  /** The event's own date as the text gives it (YYYY-MM-DD). */
  readonly date: string | null;
  readonly historical: boolean;
  /** 0-based sentence index, and whether that sentence stands in the lead paragraph. */
  readonly sentence: number;
  readonly inLead: boolean;
  readonly verbStart: number;
  readonly verbEnd: number;
  readonly rule: string;
  /** The dictionary entry behind it: "file:line" and its text. */
  readonly entry: string | null;
  readonly entryText: string | null;
  readonly confidence: number;
}

export interface CodedDocument {
  readonly kind: 'document';
  readonly document: DocumentRow;
  readonly entities: readonly EntityRow[];
  readonly quotes: readonly QuoteRow[];
  readonly mentions: readonly EventMentionRow[];
}

/** A document that could not be read or coded, with the reason. */
export interface FailedDocument extends DocumentIdentity {
  readonly kind: 'error';
  readonly id: string;
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
}

export type StoreEntry = CodedDocument | FailedDocument;

/** What writing an entry did: a new document, a new version of a URL, one already held, an error row. */
export type WriteOutcome = 'new' | 'updated' | 'duplicate' | 'error';

export type Held = 'document' | 'error' | null;

/** A web source's validators from its last fetch (follow mode asks "has it changed?" with them). */
export interface SourceState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** YYYYMMDDHHMMSS, UTC */
  readonly checkedAt: string;
}

export interface StoreCounts {
  readonly documents: number;
  readonly errors: number;
  readonly events: number;
  readonly mentions: number;
}

/** Which events an export or listing covers. Dates are YYYY-MM-DD, inclusive. */
export interface EventFilter {
  readonly from?: string;
  readonly to?: string;
  /** An actor code or its prefix ("RUS" covers RUSGOV), as source or target. */
  readonly actor?: string;
  /** Background events (told of, not news of the day), under their own dates. */
  readonly background?: boolean;
  /** Source actor code or its prefix (GDELT's Actor1). */
  readonly source?: string;
  /** Target actor code or its prefix (GDELT's Actor2). */
  readonly target?: string;
  /** A CAMEO event code exactly ("051"). */
  readonly code?: string;
  /** A CAMEO root ("05"): every code under it. */
  readonly root?: string;
  /** QuadClass 1..4. */
  readonly quad?: number;
  /**
   * Where it took place — the action place, else its source actor's place — as a FIPS country code
   * ("RS") or a part of the full name, any case ("moscow").
   */
  readonly place?: string;
  /** Words found, any case, in the actors' names or in the title or text of an article that mentions it. */
  readonly text?: string;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface QuoteRecord extends QuoteRow {
  readonly url: string;
  readonly documentId: string;
}

export interface EntityRecord extends EntityRow {
  readonly url: string;
  readonly documentId: string;
}

export interface TimelineMonth {
  /** YYYYMM */
  readonly month: string;
  readonly events: number;
  readonly goldstein: number | null;
  /** Share of the month's events in QuadClass 1..4, in that order. */
  readonly quadShares: readonly [number, number, number, number];
}

export interface Partner {
  readonly actor: string;
  /** Events with the actor as source, as target, and both. */
  readonly asSource: number;
  readonly asTarget: number;
  readonly events: number;
  /** Mean Goldstein score of those events (null when none has one). */
  readonly goldstein: number | null;
}

/** Where events took place: one place (the action's, else the source actor's) with its event count. */
export interface PlaceCount {
  /** GDELT's full name ("Moscow, Moskva, Russia"). */
  readonly name: string;
  /** FIPS 10-4 country code. */
  readonly countryCode: string;
  readonly lat: number;
  readonly long: number;
  readonly events: number;
  readonly goldstein: number | null;
}

export interface DocumentSummary {
  readonly id: string;
  readonly url: string;
  readonly site: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly tone: number;
  readonly mentions: number;
}

/** One document with every fact found in it, for the annotated view. */
export interface AnnotatedDocument {
  readonly document: DocumentRow & { readonly addedAt: string };
  readonly entities: readonly EntityRow[];
  readonly quotes: readonly QuoteRow[];
  readonly mentions: readonly EventMentionRow[];
}

export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: AsyncIterable<readonly unknown[]>;
}

export interface Store {
  readonly location: string;
  /** For each identity, what the store holds of exactly it: a document, an error row, or nothing. */
  holds(identities: readonly DocumentIdentity[]): Promise<Held[]>;
  /** Whether some version of a page at this URL is held (web sources do not fetch it again). */
  holdsUrl(url: string): Promise<boolean>;
  /** What a web source (feed, sitemap, page) answered last time, for a conditional GET. */
  sourceState(url: string): Promise<SourceState | null>;
  saveSourceState(state: SourceState): Promise<void>;
  /** Writes the entries in one transaction; an entry the store already holds is a no-op. */
  write(entries: readonly StoreEntry[], addedAt: Date): Promise<WriteOutcome[]>;
  /** Lays the events out for fast reading once an ingest has written; the content does not change. */
  settle(): Promise<void>;
  counts(): Promise<StoreCounts>;
  /** Rows for the GDELT exports, in GLOBALEVENTID order (mentions: then URL, sentence, offset). */
  events(filter: EventFilter): AsyncIterable<EventAggregate>;
  mentions(filter: EventFilter): AsyncIterable<MentionRecord>;
  quotes(): AsyncIterable<QuoteRecord>;
  entities(): AsyncIterable<EntityRecord>;
  /** One read-only SQL statement over the documented tables and views. */
  query(sql: string): Promise<QueryResult>;
  /** A dyad's months, source to target; with no target, every event the actor takes part in either way. */
  timeline(source: string, target?: string): Promise<TimelineMonth[]>;
  partners(actor: string, limit: number): Promise<Partner[]>;
  listEvents(filter: EventFilter, page: Page): Promise<EventAggregate[]>;
  /** Where the events the filter covers took place (as the place filter reads it), most events first; events with no place are left out. */
  places(filter: EventFilter, limit: number): Promise<PlaceCount[]>;
  listDocuments(page: Page): Promise<DocumentSummary[]>;
  document(id: string): Promise<AnnotatedDocument | null>;
  quotesBySpeaker(speaker: string, page: Page): Promise<QuoteRecord[]>;
  /** Stops the statement this handle is running, if any, which then fails (the HTTP API's time limit). */
  interrupt(): void;
  close(): Promise<void>;
}

/** A problem with the store itself (not ours, too new, in use, unwritable): the command stops with it. */
export class StoreError extends Error {
  constructor(
    readonly code: 'not-a-store' | 'newer-schema' | 'in-use' | 'missing' | 'write-failed' | 'bad-query',
    message: string,
  ) {
    super(message);
  }
}
