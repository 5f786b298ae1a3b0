// The records of store.ts to and from table rows, for every backend: one table of column -> value per
// table, so the INSERT statements and the readers name each column once, and both backends write and
// read the same values (JSON as text, written and parsed here).
import type { EventAggregate, Geo, MentionRecord } from '../dataset/types.js';
import type { ActorSlot, CodedDocument, DocumentIdentity, DocumentRow, EntityRow, EventMentionRow, FailedDocument, QuoteRow, SpeakerRow } from './store.js';

/** What a column holds: every backend binds these as they are. */
export type Cell = string | number | boolean | null;

export type Columns<T> = Record<string, (item: T) => Cell>;

interface Stamped {
  readonly stamp: string;
}

interface Positioned<T> {
  readonly url: string;
  readonly seq: number;
  readonly row: T;
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export const documentColumns: Columns<CodedDocument & Stamped> = {
  url: (d) => d.document.url,
  content_hash: (d) => d.document.contentHash,
  id: (d) => d.document.id,
  origin: (d) => d.document.origin,
  site: (d) => d.document.site,
  title: (d) => d.document.title,
  byline: (d) => d.document.byline,
  published: (d) => d.document.published,
  date: (d) => d.document.date,
  dateline_place: (d) => d.document.datelinePlace,
  language: (d) => d.document.language,
  tone: (d) => d.document.tone.tone,
  tone_positive: (d) => d.document.tone.positive,
  tone_negative: (d) => d.document.tone.negative,
  tone_polarity: (d) => d.document.tone.polarity,
  tone_activity: (d) => d.document.tone.activity,
  tone_self_group: (d) => d.document.tone.selfGroup,
  word_count: (d) => d.document.tone.wordCount,
  length: (d) => d.document.text.length,
  text: (d) => d.document.text,
  issues: (d) => JSON.stringify(d.document.issues),
  added_at: (d) => d.stamp,
};

export const errorColumns: Columns<FailedDocument & Stamped> = {
  url: (e) => e.url,
  content_hash: (e) => e.contentHash,
  id: (e) => e.id,
  origin: (e) => e.origin,
  code: (e) => e.code,
  reason: (e) => e.reason,
  added_at: (e) => e.stamp,
};

/** A version of a URL that a later one replaced. */
export const supersededColumns: Columns<DocumentIdentity & Stamped> = {
  url: (v) => v.url,
  content_hash: (v) => v.contentHash,
  replaced_at: (v) => v.stamp,
};

export const entityColumns: Columns<Positioned<EntityRow>> = {
  url: (p) => p.url,
  seq: (p) => p.seq,
  start_offset: (p) => p.row.start,
  end_offset: (p) => p.row.end,
  text: (p) => p.row.text,
  type: (p) => p.row.type,
  entity: (p) => p.row.entity,
  actor: (p) => p.row.actor,
  name: (p) => p.row.name,
  form: (p) => p.row.form,
  rule: (p) => p.row.rule,
  confidence: (p) => p.row.confidence,
};

export const quoteColumns: Columns<Positioned<QuoteRow>> = {
  url: (p) => p.url,
  seq: (p) => p.seq,
  start_offset: (p) => p.row.start,
  end_offset: (p) => p.row.end,
  text: (p) => p.row.text,
  direct: (p) => p.row.direct,
  cue: (p) => p.row.cue,
  speaker_text: (p) => p.row.speaker?.text ?? null,
  speaker_start: (p) => p.row.speaker?.start ?? null,
  speaker_end: (p) => p.row.speaker?.end ?? null,
  speaker_name: (p) => p.row.speaker?.name ?? null,
  speaker_actor: (p) => p.row.speaker?.actor ?? null,
  via: (p) => JSON.stringify(p.row.via),
  rule: (p) => p.row.rule,
  confidence: (p) => p.row.confidence,
};

export const mentionColumns: Columns<Positioned<EventMentionRow>> = {
  url: (p) => p.url,
  seq: (p) => p.seq,
  event_id: (p) => p.row.eventId,
  day: (p) => p.row.day,
  code: (p) => p.row.code,
  source: (p) => p.row.source.code,
  source_text: (p) => p.row.source.text,
  source_start: (p) => p.row.source.start,
  source_end: (p) => p.row.source.end,
  source_geo: (p) => json(p.row.source.geo),
  target: (p) => p.row.target?.code ?? '',
  target_text: (p) => p.row.target?.text ?? null,
  target_start: (p) => p.row.target?.start ?? null,
  target_end: (p) => p.row.target?.end ?? null,
  target_geo: (p) => json(p.row.target?.geo),
  place: (p) => p.row.place,
  place_name: (p) => p.row.placeName,
  action_geo: (p) => json(p.row.actionGeo),
  goldstein: (p) => p.row.goldstein,
  quad: (p) => p.row.quad,
  plover: (p) => p.row.plover,
  date: (p) => p.row.date,
  historical: (p) => p.row.historical,
  sentence: (p) => p.row.sentence,
  in_lead: (p) => p.row.inLead,
  verb_start: (p) => p.row.verbStart,
  verb_end: (p) => p.row.verbEnd,
  rule: (p) => p.row.rule,
  entry: (p) => p.row.entry,
  entry_text: (p) => p.row.entryText,
  confidence: (p) => p.row.confidence,
};

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const geo = (v: unknown): Geo | null => (v === null || v === undefined ? null : (JSON.parse(String(v)) as Geo));

export function readDocument(r: Row): DocumentRow {
  return {
    url: String(r.url),
    contentHash: String(r.content_hash),
    id: String(r.id),
    origin: String(r.origin),
    site: String(r.site),
    title: str(r.title),
    byline: str(r.byline),
    published: str(r.published),
    date: str(r.date),
    datelinePlace: str(r.dateline_place),
    language: str(r.language),
    tone: {
      tone: Number(r.tone),
      positive: Number(r.tone_positive),
      negative: Number(r.tone_negative),
      polarity: Number(r.tone_polarity),
      activity: Number(r.tone_activity),
      selfGroup: Number(r.tone_self_group),
      wordCount: Number(r.word_count),
    },
    text: String(r.text),
    issues: JSON.parse(String(r.issues)) as DocumentRow['issues'],
  };
}

export function readEntity(r: Row): EntityRow {
  return {
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    text: String(r.text),
    type: String(r.type),
    entity: Number(r.entity),
    actor: str(r.actor),
    name: String(r.name),
    form: String(r.form),
    rule: String(r.rule),
    confidence: Number(r.confidence),
  };
}

export function readQuote(r: Row): QuoteRow {
  const speaker: SpeakerRow | null = r.speaker_text === null ? null : { text: String(r.speaker_text), start: Number(r.speaker_start), end: Number(r.speaker_end), name: String(r.speaker_name), actor: str(r.speaker_actor) };
  return {
    start: Number(r.start_offset),
    end: Number(r.end_offset),
    text: String(r.text),
    direct: Boolean(r.direct),
    cue: String(r.cue),
    speaker,
    via: JSON.parse(String(r.via)) as SpeakerRow[],
    rule: String(r.rule),
    confidence: Number(r.confidence),
  };
}

function readSlot(r: Row, prefix: 'source' | 'target'): ActorSlot {
  return { code: String(r[prefix]), text: String(r[`${prefix}_text`] ?? ''), start: num(r[`${prefix}_start`]), end: num(r[`${prefix}_end`]), geo: geo(r[`${prefix}_geo`]) };
}

export function readMention(r: Row): EventMentionRow {
  return {
    eventId: num(r.event_id),
    day: str(r.day),
    code: String(r.code),
    source: readSlot(r, 'source'),
    target: r.target_text === null ? null : readSlot(r, 'target'),
    place: String(r.place),
    actionGeo: geo(r.action_geo),
    placeName: str(r.place_name),
    goldstein: num(r.goldstein),
    quad: num(r.quad),
    plover: str(r.plover),
    date: str(r.date),
    historical: Boolean(r.historical),
    sentence: Number(r.sentence),
    inLead: Boolean(r.in_lead),
    verbStart: Number(r.verb_start),
    verbEnd: Number(r.verb_end),
    rule: String(r.rule),
    entry: str(r.entry),
    entryText: str(r.entry_text),
    confidence: Number(r.confidence),
  };
}

/** An events row as the exports and the API read it. */
export function readEvent(r: Row): EventAggregate {
  return {
    id: Number(r.id),
    key: { day: String(r.day), source: String(r.source), target: String(r.target), code: String(r.code), place: String(r.place) },
    sourceName: str(r.source_name),
    targetName: str(r.target_name),
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

/** A mentions row joined with its event and document (MENTIONS_SQL of each backend), as the Mentions export reads it. */
export function readMentionRecord(r: Row): MentionRecord {
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
