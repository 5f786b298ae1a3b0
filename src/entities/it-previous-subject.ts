// A sentence that opens with "It" and a verb goes on telling of the body or country the sentence
// before was about: in "Kenya's foreign ministry rejected the report. It accused Uganda of spreading
// lies." the ministry accuses. Wire copy writes this way for paragraphs after naming a ministry or a
// rebel group once; the nearest-body rule for "it" looks only inside its own sentence.
//
// Held back, since a wrong actor is worse than none: only the first word of a sentence (after "But"
// or "And" at most), outside quotation marks, before a verb that acts ("accused", "has said"), not a
// copula, a raising verb or a modal ("It is unclear", "It seems", "It could impose sanctions"); the
// antecedent must be the subject of the sentence right before (its first actor, opening it or standing
// before its verb), a coded body or country, and not inside quotation marks. The mention is read
// through a guess over a sentence boundary: its confidence is below the in-sentence pronoun's.
import type { Mention, Sentence, Span, Token } from '../types.js';
import { firstAtOrAfter, type SpanIndex } from '../span-index.js';
import { beforeVerb } from './pronoun-antecedents.js';

const OPENERS = new Set(['but', 'and']);
/** Verbs after which "it" is the empty subject of English ("It is clear", "It seems", "It took years"). */
const EXPLETIVE = new Set(['be', 'seem', 'appear', 'remain', 'take', 'happen', 'matter', 'become', 'look', 'sound', 'feel', 'mean', 'follow', 'emerge', 'turn', 'cost', 'help', 'hurt', 'make', 'rain', 'snow']);
/** Auxiliaries that keep the act done: "It has accused", "It did not say". */
const PERFECT = new Set(['has', 'have', 'had', 'did', 'does', 'do']);
const BODIES = new Set<Mention['type']>(['ORG', 'GPE']);
const BETWEEN = new Set(['ADV', 'PART']);
const CONFIDENCE = 0.5;
/** The rule of these mentions: the coder trusts an actor read over a sentence boundary less. */
export const IT_PREVIOUS_SUBJECT = 'reference/it-previous-subject';

export interface PreviousSubjectInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Where a token stands: the index of the token starting at or after an offset. */
  readonly tokenAt: (offset: number) => number;
  readonly quoted: SpanIndex<Span>;
}

/** Mentions for each sentence-opening "It" that stands for the coded body the sentence before was about. */
export function itForPreviousSubject(input: PreviousSubjectInput, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Mention[] = [];
  for (const sentence of input.sentences.slice(1)) {
    const i = openingIt(input.tokens, sentence);
    if (i < 0) continue;
    const it = input.tokens[i]!;
    if (input.quoted.covering(it.start, it.end).length > 0 || sorted[firstAtOrAfter(sorted, it.start)]?.start === it.start) continue;
    if (!actingVerbAfter(input.tokens, i + 1)) continue;
    const before = input.sentences[sentence.index - 1]!;
    const subject = subjectOf(input, before, sorted, found);
    if (!subject || !subject.actor || !BODIES.has(subject.type)) continue;
    found.push({
      start: it.start,
      end: it.end,
      text: input.text.slice(it.start, it.end),
      type: subject.type,
      entity: subject.entity,
      actor: subject.actor,
      name: subject.name,
      form: 'pronoun',
      provenance: { rule: IT_PREVIOUS_SUBJECT, confidence: CONFIDENCE },
    });
  }
  return found;
}

/** The token index of "it" opening the sentence (after "But" or "And"), or -1. */
function openingIt(tokens: readonly Token[], sentence: Sentence): number {
  let i = sentence.tokenStart;
  if (OPENERS.has(tokens[i]?.normal ?? '')) i++;
  return i < sentence.tokenEnd && tokens[i]!.normal === 'it' && tokens[i]!.pos === 'PRON' ? i : -1;
}

/** The verb after position `i` (past adverbs) is one that acts: a full verb, or "has"/"did" before one. */
function actingVerbAfter(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && BETWEEN.has(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  if (!verb) return false;
  if (verb.pos === 'AUX' && PERFECT.has(verb.normal)) return actingVerbAfter(tokens, k + 1);
  return verb.pos === 'VERB' && !EXPLETIVE.has(verb.lemma);
}

/** The first actor of the sentence when it is its subject (opening it or right before a verb), outermost mention first. */
function subjectOf(input: PreviousSubjectInput, sentence: Sentence, sorted: readonly Mention[], found: readonly Mention[]): Mention | null {
  const carried = found.find((m) => m.start >= sentence.start && m.end <= sentence.end);
  const first = carried ?? sorted[firstAtOrAfter(sorted, sentence.start)];
  if (!first || first.end > sentence.end || input.quoted.covering(first.start, first.end).length > 0) return null;
  const opens = input.tokenAt(first.start) === sentence.tokenStart;
  return opens || beforeVerb(input.tokens, input.tokenAt(first.end)) ? first : null;
}
