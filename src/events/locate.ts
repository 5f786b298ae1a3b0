// Where each event happened: the place its own sentence puts the action in ("met Biden in Washington",
// "clashed near Bakhmut", "drills in the South China Sea"), the one nearest the verb. The dateline is
// not used: it says where the story was filed, and a story filed in Nairobi reports Iran condemning
// Israel as often as anything done in Kenya; no place is better than a wrong one.
import { firstAtOrAfter, SpanIndex } from '../span-index.js';
import type { CodedEvent, Document, EventLocation, Mention, Token } from '../types.js';

/** Words that put an action in a place; "from" and "to" name ends of a movement, not its place. */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'along', 'off', 'into', 'throughout', 'within']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** Words that may stand between the preposition and the place ("in the South China Sea", "near the town of"). */
const BETWEEN = new Set(['the', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

export function locateEvents(events: readonly CodedEvent[], doc: Document): CodedEvent[] {
  const places = new SpanIndex(placeMentions(doc.mentions, doc.tokens));
  return events.map((event) => {
    const sentence = doc.sentences[event.sentence];
    const inSentence = sentence ? places.inside(sentence.start, sentence.end) : [];
    const place = nearest(inSentence, event.verbSpan.start);
    return place ? { ...event, location: locationOf(place) } : event;
  });
}

/** Place names that follow a locative preposition. */
export function placeMentions(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  return mentions.filter((m) => m.form === 'name' && PLACE_TYPES.has(m.type) && afterLocative(tokens, tokenStartingAt(tokens, m.start)));
}

/** The token that starts at `offset`, found by a search of the tokens (in order, each its own start), not a map of them all. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  const i = firstAtOrAfter(tokens, offset);
  return i < tokens.length && tokens[i]!.start === offset ? i : undefined;
}

function afterLocative(tokens: readonly Token[], at: number | undefined): boolean {
  if (at === undefined) return false;
  let i = at - 1;
  while (i >= 0 && BETWEEN.has(tokens[i]!.normal)) i--;
  return i >= 0 && LOCATIVES.has(tokens[i]!.normal);
}

/** The place closest to the verb, one after it winning a tie ("met in Geneva" over "Swiss ... met"). */
export function nearest(places: readonly Mention[], verb: number): Mention | null {
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const p of places) {
    const distance = p.start >= verb ? p.start - verb : verb - p.end + 0.5;
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/** A country or a city standing for its government: its first three letters are the country. */
export function placeCountry(place: Mention): string | null {
  return place.type === 'GPE' && place.actor ? place.actor.slice(0, 3) : null;
}

function locationOf(place: Mention): EventLocation {
  const country = placeCountry(place);
  return { name: place.name, span: { start: place.start, end: place.end }, country, provenance: { rule: 'location/locative-place', confidence: 0.7 } };
}
