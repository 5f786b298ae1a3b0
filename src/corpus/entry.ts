// A coded document as the rows the store keeps: every entity, quote and event mention with its span,
// rule or dictionary entry and confidence, the document's tone, and each event's key and places.
import { splitActorCode } from '../dataset/actor-code.js';
import { globalEventId } from '../dataset/event-id.js';
import { countryGeo, geocodePlace } from '../dataset/geography.js';
import { documentTone } from '../dataset/tone.js';
import type { Geo } from '../dataset/types.js';
import type { ActorSlot, DocumentIdentity, EventMentionRow, QuoteRow, SpeakerRow, StoreEntry } from '../store/store.js';
import type { CodedEvent, Document, EventActor, QuoteSpeaker, RawDocument } from '../types.js';
import { identify, siteOf } from './identity.js';

/** `identity`: the raw document's, when the caller computed it already (the ingest did, to look it up in the store). */
export function toStoreEntry(doc: Document, raw: RawDocument, identity: DocumentIdentity = identify(raw)): StoreEntry {
  const { url, contentHash } = identity;
  const article = doc.article;
  if (doc.error || !article) {
    const error = doc.error ?? { code: 'no-article', message: `${raw.origin}: no article could be read` };
    return { kind: 'error', url, contentHash, id: doc.id, origin: doc.origin, code: error.code, reason: error.message };
  }
  const leadParagraph = doc.sentences[0]?.paragraph ?? 0;
  return {
    kind: 'document',
    document: {
      url,
      contentHash,
      id: doc.id,
      origin: doc.origin,
      site: siteOf(url),
      title: article.title,
      byline: article.byline,
      // the store's publication date falls back on the date given with the document, as it always has
      published: article.published ?? doc.referenceDate,
      date: doc.date,
      datelinePlace: article.dateline?.place ?? null,
      language: article.language ?? null,
      tone: documentTone(article.text, doc.tokens),
      text: article.text,
      issues: doc.issues.map((i) => ({ code: i.code, message: i.message })),
    },
    entities: doc.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      entity: m.entity,
      actor: m.actor,
      name: m.name,
      form: m.form,
      rule: m.provenance.rule,
      confidence: m.provenance.confidence,
    })),
    quotes: doc.quotes.map((q): QuoteRow => ({
      start: q.start,
      end: q.end,
      text: q.text,
      direct: q.direct,
      cue: q.cue,
      speaker: q.speaker ? speakerRow(q.speaker) : null,
      via: q.via.map(speakerRow),
      rule: q.provenance.rule,
      confidence: q.provenance.confidence,
    })),
    mentions: doc.events.map((e) => mentionRow(e, doc.date, doc.sentences[e.sentence]?.paragraph === leadParagraph)),
  };
}

const speakerRow = (s: QuoteSpeaker): SpeakerRow => ({ text: s.text, start: s.start, end: s.end, name: s.name, actor: s.actor });

/** An actor's place is its country when the text says nothing nearer. */
function actorSlot(actor: EventActor): ActorSlot {
  const code = actor.code ?? '';
  const country = code ? splitActorCode(code).countryCode : '';
  return { code, text: actor.text, start: actor.span?.start ?? null, end: actor.span?.end ?? null, geo: country ? countryGeo(country) : null };
}

function mentionRow(e: CodedEvent, docDate: string | null, inLead: boolean): EventMentionRow {
  // a background event is dated by the text or not at all: never by the article's day
  const date = e.historical ? e.date : (e.date ?? docDate);
  const day = date ? date.replace(/-/g, '') : null;
  const actionGeo: Geo | null = e.location ? geocodePlace(e.location.name, e.location.country) : null;
  const source = actorSlot(e.source);
  const target = e.target ? actorSlot(e.target) : null;
  const place = actionGeo?.featureId ?? '';
  return {
    eventId: day ? globalEventId({ day, source: source.code, target: target?.code ?? '', code: e.code, place }) : null,
    day,
    code: e.code,
    source,
    target,
    place,
    actionGeo,
    placeName: e.location?.name ?? null,
    goldstein: e.goldstein,
    quad: e.quad,
    plover: e.plover,
    date: e.date,
    historical: e.historical,
    sentence: e.sentence,
    inLead,
    verbStart: e.verbSpan.start,
    verbEnd: e.verbSpan.end,
    rule: e.provenance.rule,
    entry: e.provenance.entry ? `${e.provenance.entry.file}:${e.provenance.entry.line}` : null,
    entryText: e.provenance.entry?.text ?? null,
    confidence: e.provenance.confidence,
  };
}
