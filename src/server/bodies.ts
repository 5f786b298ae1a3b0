// Store records as the API sends them: only the fields a reader needs, under stable names. An
// event's Goldstein score and QuadClass come from the CAMEO table, as in the GDELT export.
import type { EventAggregate, Geo } from '../dataset/types.js';
import { cameoTable } from '../kb/cameo.js';
import type { AnnotatedDocument } from '../store/store.js';

const place = (g: Geo | null) => (g ? { type: g.type, fullName: g.fullName, countryCode: g.countryCode, lat: g.lat, long: g.long } : null);

export function eventBody(e: EventAggregate) {
  const cameo = cameoTable();
  return {
    id: e.id,
    day: e.key.day,
    source: e.key.source,
    sourceName: e.sourceName,
    target: e.key.target,
    targetName: e.targetName,
    code: e.key.code,
    goldstein: cameo.goldstein(e.key.code),
    quad: cameo.quadClass(e.key.code) ?? null,
    isRoot: e.isRoot,
    numMentions: e.numMentions,
    numSources: e.numSources,
    numArticles: e.numArticles,
    avgTone: e.avgTone,
    // where it took place, as the place filter reads it: the action's place, else its source actor's
    place: place(e.actionGeo ?? e.actor1Geo),
    sourceUrl: e.sourceUrl,
  };
}

export function annotatedBody(a: AnnotatedDocument) {
  const d = a.document;
  const slot = (s: { code: string; text: string; start: number | null; end: number | null }) => ({ code: s.code, text: s.text, start: s.start, end: s.end });
  return {
    document: {
      id: d.id,
      url: d.url,
      site: d.site,
      title: d.title,
      byline: d.byline,
      published: d.published,
      date: d.date,
      datelinePlace: d.datelinePlace,
      tone: d.tone.tone,
      text: d.text,
    },
    entities: a.entities.map((n) => ({ start: n.start, end: n.end, text: n.text, type: n.type, entity: n.entity, actor: n.actor, name: n.name, rule: n.rule, confidence: n.confidence })),
    quotes: a.quotes.map((q) => ({ ...q, via: [...q.via] })),
    events: a.mentions.map((m) => ({
      eventId: m.eventId,
      day: m.day,
      code: m.code,
      source: slot(m.source),
      target: m.target ? slot(m.target) : null,
      placeName: m.placeName,
      goldstein: m.goldstein,
      quad: m.quad,
      historical: m.historical,
      sentence: m.sentence,
      verbStart: m.verbStart,
      verbEnd: m.verbEnd,
      rule: m.rule,
      entry: m.entry,
      entryText: m.entryText,
      confidence: m.confidence,
    })),
  };
}
