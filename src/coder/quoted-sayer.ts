// Who asks that someone act, when the words stand in a direct quote: '"Uganda must withdraw its
// troops," the Kenyan president said' and a next sentence of the same quote, '"And Uganda should
// release the prisoners."', are the president's demand and appeal. The modality table makes "X must <act>" a
// demand of X by whoever said it (kb/modality.tsv `sayer` lines); the coder finds that sayer in the
// clause or right after it ("..., the opposition said"), which a closing quotation mark or a sentence
// boundary hides. The quotes stage has already joined each quoted sentence to its speaker.
//
// Held back: only direct quotes of speech or writing, already said ("will say" is not), whose speaker
// has an actor code. The speaker is read through the quote, not seen in the clause: the event is less
// sure than one whose sayer stands in it.
import type { Quote, Span, Token } from '../types.js';
import { notYetSaid } from './comments.js';
import type { Unit } from './units.js';
import { SpanIndex } from '../span-index.js';

/** The rule of a demand's source taken from the quote its words stand in. */
export const QUOTE_SPEAKER = 'coder/quote-speaker';
const SPOKEN = new Set<Quote['cueClass']>(['speech', 'writing']);

/** The direct quotes of speech with a coded speaker, by their quoted pieces. */
export function quotedPieces(quotes: readonly Quote[], tokens: readonly Token[]): SpanIndex<Span & { readonly quote: Quote }> {
  const spoken = quotes.filter((q) => q.direct && SPOKEN.has(q.cueClass) && q.speaker?.actor && !notYetSaid(q, tokens));
  return new SpanIndex(spoken.flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, quote: q }))));
}

/**
 * The speaker of the direct quote whose words hold both the act and the one asked to do it, as a unit
 * of one member with no words in the sentence.
 */
export function quotedSayer(pieces: SpanIndex<Span & { readonly quote: Quote }>, act: Span, asked: Span): Unit | null {
  const piece = pieces.covering(act.start, act.end).find((p) => p.start <= asked.start && asked.end <= p.end);
  const speaker = piece?.quote.speaker;
  if (!speaker?.actor) return null;
  const member = { code: speaker.actor, text: speaker.text, start: -1, end: -1, ref: null, rule: QUOTE_SPEAKER, span: { start: speaker.start, end: speaker.end } };
  return { start: -1, end: -1, members: [member], chunks: [] };
}
