// Every event gets a day and a place in time: news of the day, or background. The day is the one
// the sentence names for this event (closest to its verb, with no other verb between them:
// in "condemned the move announced on Monday" Monday is the announcing's), else the dateline's, else
// the document's. An event is background when its sentence names an era that is over ("throughout
// the Cold War"), a year well before the story ("in 1950", "the 1950-53 war"), or a day more than a
// month before it; a day the sentence names within the last weeks keeps it news even when an old
// year is also named, and so does a verb in the present or future ("is seeking his extradition over
// the 2010 leaks": the seeking is now). A span counted from another event ("a week after the
// report") gives no day, nor does a day after the story's for an act in the past.
import { addDays } from '../input/dates.js';
import type { CodedEvent, Document, Sentence, TimeExpression, Token } from '../types.js';
import { backgroundMarker } from './background.js';

/** How old a named day may be and still be today's news. */
const NEWS_WINDOW_DAYS = 31;

export function placeInTime(events: readonly CodedEvent[], doc: Document): CodedEvent[] {
  const text = doc.article?.text ?? '';
  const fallback = doc.article?.dateline?.date ?? doc.date;
  const reference = doc.date;
  const timesOf = (sentence: Sentence) => doc.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const oldYearIn = (times: readonly TimeExpression[]) => (reference ? times.find((t) => t.grain === 'year' && t.year !== null && t.year < Number(reference.slice(0, 4)) - 1) : undefined);
  // A sentence in the past that names an old year or an era is background, and so is the sentence
  // after it in the same paragraph when that one, also in the past, names no time of its own: a
  // narrative keeps its time until it names another ("It opened in 2014. Jordan closed the border.").
  // read once per sentence, however many events follow it: each verb's tense is a scan of its sentence
  const background = new Map<Sentence, boolean>();
  const backgroundSentence = (sentence: Sentence): boolean => {
    let known = background.get(sentence);
    if (known === undefined) {
      const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
      const past = !tokens.some((t) => (t.pos === 'AUX' && PRESENT_AUX.has(t.normal)) || (t.pos === 'VERB' && presentOrFuture(tokens, t.start)));
      known = past && (backgroundMarker(text.slice(sentence.start, sentence.end)) !== null || oldYearIn(timesOf(sentence)) !== undefined);
      background.set(sentence, known);
    }
    return known;
  };
  return events.map((event) => {
    const sentence = doc.sentences[event.sentence];
    if (!sentence) return event;
    const inSentence = timesOf(sentence);
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const now = presentOrFuture(tokens, event.verbSpan.start);
    const own = inSentence.filter((t) => !otherVerbBetween(tokens, event.verbSpan, t) && !anchoredElsewhere(t) && !(reference && !now && t.date !== null && t.date > reference));
    const day = closestDay(own, event.verbSpan.start);
    const recentDay = day && reference ? day.date! >= addDays(reference, -NEWS_WINDOW_DAYS) : false;
    const marker = backgroundMarker(text.slice(sentence.start, sentence.end));
    const oldYear = oldYearIn(inSentence);
    const oldDay = day && reference && !recentDay;
    const previous = doc.sentences[event.sentence - 1];
    const continues = !now && !inSentence.length && previous !== undefined && previous.paragraph === sentence.paragraph && backgroundSentence(previous);
    const historical = !recentDay && (marker !== null || (!now && (oldYear !== undefined || Boolean(oldDay))) || continues);
    const why = !historical ? null : (marker?.id ?? (oldYear ? 'background/old-year' : oldDay ? 'background/old-day' : 'background/continued'));
    return {
      ...event,
      date: day?.date ?? (historical ? null : fallback),
      historical,
      provenance: why ? { ...event.provenance, rule: `${event.provenance.rule}+${why}` } : event.provenance,
    };
  });
}

/**
 * "less than a week after the report", "two days later": a span counted from another event, whose
 * day the sentence does not give; the time expression's day (counted from the story's) is not the
 * event's.
 */
const ANCHORED = /\b(?:after|before|later|earlier)$/i;

function anchoredElsewhere(t: TimeExpression): boolean {
  return ANCHORED.test(t.text.trim());
}

function closestDay(times: readonly TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  for (const t of times) {
    if (t.date === null) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}

/** Auxiliaries of a verb group in the present or the future ("is seeking", "has asked", "will meet"). */
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', "'ve", 'will', "'ll", 'shall', 'does', 'do', 'can']);
const GROUP = new Set(['AUX', 'PART', 'ADV']);

/** Whether the verb at `at` is in the present or the future: its auxiliaries, or its own -s form ("seeks"). */
function presentOrFuture(tokens: readonly Token[], at: number): boolean {
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 0) return false;
  for (let k = i - 1; k >= 0 && GROUP.has(tokens[k]!.pos); k--) {
    if (tokens[k]!.pos === 'AUX') return PRESENT_AUX.has(tokens[k]!.normal);
  }
  const verb = tokens[i]!;
  return verb.pos === 'VERB' && verb.normal !== verb.lemma.toLowerCase() && verb.normal.endsWith('s') && !verb.normal.endsWith('ss');
}

/**
 * Whether a verb other than the event's own stands between the event's verb and a time expression.
 * The verbs of its own chain ("refused to admit", "decided to impose") are its own: "on Monday, when
 * he refused to admit" and "refused to release the sailors on Monday" date the event.
 */
function otherVerbBetween(tokens: readonly Token[], verb: { start: number; end: number }, time: TimeExpression): boolean {
  const chain = verbChain(tokens, verb.start);
  const [from, to] = time.start >= verb.end ? [chain.end, time.start] : [time.end, chain.start];
  return tokens.some((t) => t.pos === 'VERB' && t.start >= from && t.end <= to);
}

const CHAIN = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/** The verb chain the verb at `at` stands in ("has tried to stop", "refused to admit"). */
function verbChain(tokens: readonly Token[], at: number): { start: number; end: number } {
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 0) return { start: at, end: at };
  let first = i;
  while (first > 0 && CHAIN.has(tokens[first - 1]!.pos)) first--;
  let last = i;
  while (last + 1 < tokens.length && CHAIN.has(tokens[last + 1]!.pos)) last++;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}
