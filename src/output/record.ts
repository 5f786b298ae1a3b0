// A Document as the contract's output JSON line (see ../shared/CONTRACT.md): the fields listed there
// keep their names; evidence, provenance and PLOVER are our additions. The record's shape is the
// OutputRecord type, which the published JSON Schema is made from.
import type { CodedEvent, Document, EventActor, EventLocation, Mention, Provenance, Quote, QuoteSpeaker, Span } from '../types.js';
import type { OutputRecord, RecordEntity, RecordEvent, RecordEventActor, RecordLocation, RecordProvenance, RecordQuote, RecordReference, RecordSpeaker, RecordVersions } from './record-types.js';

/**
 * An error record shows the start of what was read, not all of it: a refused 20 MB body echoed back
 * whole would swamp the output it is meant to explain.
 */
export const ERROR_ECHO_CHARS = 10_000;

export function toRecord(doc: Document, versions: RecordVersions): OutputRecord {
  const full = doc.article?.text ?? '';
  // only a record refused before analysis is cut: it has no spans into the text that could dangle
  const clipped = doc.error !== null && doc.sentences.length === 0 && full.length > ERROR_ECHO_CHARS;
  const text = clipped ? full.slice(0, ERROR_ECHO_CHARS) : full;
  const issues = clipped ? [...doc.issues, { code: 'text-clipped', message: `${doc.origin}: the article text (${full.length} characters) is cut to its first ${ERROR_ECHO_CHARS} in this error record` }] : doc.issues;
  return {
    id: doc.id,
    error: doc.error ? { code: doc.error.code, message: doc.error.message } : null,
    date: doc.date,
    referenceDate: doc.referenceDate,
    language: doc.language,
    versions,
    article: doc.article
      ? {
          title: doc.article.title,
          byline: doc.article.byline,
          authors: [...doc.article.authors],
          published: doc.article.published,
          dateline: doc.article.dateline ? { place: doc.article.dateline.place, date: doc.article.dateline.date, agency: doc.article.dateline.agency } : null,
          text,
          captions: [...doc.article.captions],
          language: doc.article.language ?? null,
          site: doc.article.siteName ?? null,
          url: doc.article.url ?? null,
          removed: doc.article.removed.map((r) => ({ text: r.text, rule: r.rule, kind: r.kind })),
        }
      : null,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })),
    times: doc.times.map((t) => ({ text: t.text, start: t.start, end: t.end, date: t.date, year: t.year, grain: t.grain })),
    // names only: pronouns and descriptions are references to the named entities
    entities: doc.mentions
      .filter((m): m is Mention & { form: 'name' } => m.form === 'name')
      .map((m): RecordEntity => ({
        text: m.text,
        start: m.start,
        end: m.end,
        type: m.type,
        actor: m.actor,
        name: m.name,
        entity: m.entity,
        form: m.form,
        rule: m.provenance.rule,
        confidence: m.provenance.confidence,
      })),
    references: doc.mentions
      .filter((m): m is Mention & { form: RecordReference['form'] } => m.form !== 'name')
      .map((m): RecordReference => ({
        text: m.text,
        start: m.start,
        end: m.end,
        form: m.form,
        type: m.type,
        actor: m.actor,
        name: m.name,
        entity: m.entity,
        rule: m.provenance.rule,
      })),
    quotes: doc.quotes.map((q) => quoteRecord(q)),
    // attributed thoughts, intentions, votes and list lines: no speech, so no quotes
    stances: (doc.stances ?? []).map((q) => quoteRecord(q)),
    events: doc.events.map((e) => eventRecord(e, text)),
    issues: issues.map((i) => ({ code: i.code, message: i.message, ...(i.span ? { start: i.span.start, end: i.span.end } : {}) })),
  };
}

const speakerRecord = (s: QuoteSpeaker): RecordSpeaker => ({ text: s.text, start: s.start, end: s.end, name: s.name, actor: s.actor });

function quoteRecord(q: Quote): RecordQuote {
  return {
    text: q.text,
    start: q.start,
    end: q.end,
    parts: q.parts.map((p) => ({ start: p.start, end: p.end })),
    direct: q.direct,
    cue: q.cue,
    class: q.cueClass,
    speaker: q.speaker ? speakerRecord(q.speaker) : null,
    via: q.via.map(speakerRecord),
    rule: q.provenance.rule,
    confidence: q.provenance.confidence,
  };
}

const actorRecord = (a: EventActor): RecordEventActor => ({ code: a.code, text: a.text, ...(a.span ? { start: a.span.start, end: a.span.end } : {}) });
const spanRecord = (s: Span, text: string) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
const provenanceRecord = (p: Provenance): RecordProvenance => ({ rule: p.rule, confidence: p.confidence, ...(p.entry ? { entry: { text: p.entry.text, file: p.entry.file, line: p.entry.line } } : {}) });

function locationRecord(l: EventLocation, text: string): RecordLocation {
  return { name: l.name, country: l.country, ...spanRecord(l.span, text), ...provenanceRecord(l.provenance) };
}

function eventRecord(e: CodedEvent, text: string): RecordEvent {
  return {
    code: e.code,
    source: actorRecord(e.source),
    target: e.target ? actorRecord(e.target) : null,
    goldstein: e.goldstein,
    quad: e.quad,
    plover: e.plover,
    date: e.date,
    historical: e.historical,
    // how far the event may be trusted (0..1); `dyad code --min-confidence` leaves out those below
    confidence: e.provenance.confidence,
    location: e.location ? locationRecord(e.location, text) : null,
    sentence: e.sentence,
    evidence: {
      verb: spanRecord(e.verbSpan, text),
      ...provenanceRecord(e.provenance),
      source: provenanceRecord(e.source.provenance),
      ...(e.target ? { target: provenanceRecord(e.target.provenance) } : {}),
    },
  };
}
