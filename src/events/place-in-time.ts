// Every event gets a day and a place in time: news of the day, or background. The day is the one
// the sentence names (closest to the verb), else the dateline's, else the document's. An event is
// background when its sentence names an era that is over ("throughout the Cold War"), a year well
// before the story ("in 1950", "the 1950-53 war"), or a day more than a month before it; a day the
// sentence names within the last weeks keeps it news even when an old year is also named.
import { addDays } from '../input/dates.js';
import type { CodedEvent, Document, TimeExpression } from '../types.js';
import { backgroundMarker } from './background.js';

/** How old a named day may be and still be today's news. */
const NEWS_WINDOW_DAYS = 31;

export function placeInTime(events: readonly CodedEvent[], doc: Document): CodedEvent[] {
  const text = doc.article?.text ?? '';
  const fallback = doc.article?.dateline?.date ?? doc.date;
  return events.map((event) => {
    const sentence = doc.sentences[event.sentence];
    if (!sentence) return event;
    const inSentence = doc.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
    const day = closestDay(inSentence, event.verbSpan.start);
    const reference = doc.date;
    const recentDay = day && reference ? day.date! >= addDays(reference, -NEWS_WINDOW_DAYS) : false;
    const marker = backgroundMarker(text.slice(sentence.start, sentence.end));
    const oldYear = reference ? inSentence.find((t) => t.grain === 'year' && t.year !== null && t.year < Number(reference.slice(0, 4)) - 1) : undefined;
    const oldDay = day && reference && !recentDay;
    const historical = !recentDay && (marker !== null || oldYear !== undefined || Boolean(oldDay));
    const why = marker?.id ?? (oldYear ? 'background/old-year' : oldDay ? 'background/old-day' : null);
    return {
      ...event,
      date: day?.date ?? (historical ? null : fallback),
      historical,
      provenance: why ? { ...event.provenance, rule: `${event.provenance.rule}+${why}` } : event.provenance,
    };
  });
}

function closestDay(times: readonly TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  for (const t of times) {
    if (t.date === null) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}
