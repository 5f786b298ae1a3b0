// With PETRARCH dictionaries loaded, the names found in the text keep the actor codes those
// dictionaries give them, and so do the other mentions of the same entity and the quotes' speakers.
// This runs after the coder, so the events are coded exactly as the dictionaries alone code them.
import { codesAt, dateNumber } from '../coder/phrases.js';
import type { Document, Mention, Quote, QuoteSpeaker } from '../types.js';
import { type ActorEntry, type CompiledDictionaries, RUN } from './model.js';

/** The dictionary entry whose phrase is exactly the name's words ("Karel Toven" -> KAREL TOVEN). */
function entryFor(name: string, dict: CompiledDictionaries): ActorEntry | null {
  const words = name
    .toUpperCase()
    .replace(/['’]S\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const run = words.length ? dict.actorIndex.get(words[0]!) : undefined;
  if (run === undefined) return null;
  for (let id = Math.floor(run / RUN), end = id + (run % RUN); id < end; id++) {
    const e = dict.actors.get(id);
    if (e.words.length === words.length && e.words.every((w, i) => w === words[i])) return e;
  }
  return null;
}

export function dictionaryActors(doc: Document, dict: CompiledDictionaries): Document {
  const day = dateNumber(doc.date);
  const byEntity = new Map<number, Pick<Mention, 'actor' | 'provenance'>>();
  for (const m of doc.mentions) {
    if (m.form !== 'name' || m.actor || byEntity.has(m.entity)) continue;
    const entry = entryFor(m.text, dict) ?? entryFor(m.name, dict);
    const code = entry ? codesAt(entry.codes, day)[0] : undefined;
    if (entry && code) byEntity.set(m.entity, { actor: code, provenance: { rule: 'dictionary/actor', entry: entry.ref, confidence: m.provenance.confidence } });
  }
  if (!byEntity.size) return doc;
  const coded = (m: Mention): Mention => (m.actor ? m : { ...m, ...byEntity.get(m.entity) });
  const speaker = (s: QuoteSpeaker): QuoteSpeaker => {
    const found = !s.actor && s.entity !== null ? byEntity.get(s.entity) : undefined;
    return found ? { ...s, actor: found.actor } : s;
  };
  const quote = (q: Quote): Quote => ({ ...q, speaker: q.speaker && speaker(q.speaker), via: q.via.map(speaker) });
  return { ...doc, mentions: doc.mentions.map(coded), quotes: doc.quotes.map(quote) };
}
