// "I" and "we" inside a direct quote are its speaker: in "'We will not accept these claims,' the
// minister said" the one who will not accept is the minister's side. The entity stage cannot know
// this (it runs before the quotes are found), so the quotes stage adds these references to the
// document's mentions once the speakers are known, and the coder reads them like any other actor.
//
// Held back: only direct quotes of speech or writing whose speaker has an actor code; only the
// pronoun the tagger reads as one ("World War I" is none), and never "US", the United States.
import type { Mention, Quote, Token } from '../types.js';
import { SpanIndex } from '../span-index.js';

const SINGULAR = new Set(['i', 'me', 'my', 'myself', 'mine']);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
/** The cue classes whose quotes are words said or written: a thought or an intention speaks for no one. */
export const SPOKEN = new Set<Quote['cueClass']>(['speech', 'writing']);
/** Below a named speaker's mention: the speaker may be wrong, and the pronoun is read through him. */
const CONFIDENCE = 0.55;

/** What the quoted-pronoun readers (first person here, third person in third-person.ts) read. */
export interface QuotedPronounsInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
}

/** The document's mentions with the first-person pronouns of its direct quotes added, by start. */
export function withQuotedFirstPerson(input: QuotedPronounsInput): Mention[] {
  const taken = new SpanIndex(input.mentions);
  const speakers = input.quotes.filter((q) => q.direct && SPOKEN.has(q.cueClass) && q.speaker?.actor && q.speaker.entity !== null);
  if (speakers.length === 0) return [...input.mentions];
  const parts = new SpanIndex(speakers.flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, q }))));
  const typeOf = new Map<number, Mention['type']>();
  for (const m of input.mentions) if (!typeOf.has(m.entity) && m.form === 'name') typeOf.set(m.entity, m.type);
  const added: Mention[] = [];
  for (const t of input.tokens) {
    const plural = PLURAL.has(t.normal) && input.text.slice(t.start, t.end) !== 'US';
    if (t.pos !== 'PRON' || (!plural && !SINGULAR.has(t.normal))) continue;
    if (taken.overlapping(t.start, t.end).length > 0) continue;
    const q = parts.covering(t.start, t.end)[0]?.q;
    if (!q) continue;
    const speaker = q.speaker!;
    const entity = speaker.entity!;
    added.push({
      start: t.start,
      end: t.end,
      text: input.text.slice(t.start, t.end),
      type: plural ? 'ORG' : (typeOf.get(entity) ?? 'PERSON'),
      entity,
      actor: speaker.actor,
      name: speaker.name,
      form: 'pronoun',
      provenance: { rule: plural ? 'reference/quoted-we' : 'reference/quoted-i', confidence: CONFIDENCE },
    });
  }
  return added.length === 0 ? [...input.mentions] : [...input.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
