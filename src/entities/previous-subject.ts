// A sentence that opens with "It" or with "the" and a body's role word goes on telling of the actor
// the sentence before was about: in "Kenya's foreign ministry rejected the report. It accused Uganda
// of spreading lies." the ministry accuses, and in "Iran rejected the report. The government accused
// Israel ..." Iran's government does. Wire copy writes this way for paragraphs after naming a ministry
// or a country once; the nearest-body rule for "it" looks only inside its own sentence, and a role word
// with no country named beside it codes no one.
//
// Held back, since a wrong actor is worse than none: only at the head of a sentence (after "But" or
// "And" at most), outside quotation marks, and before a verb; "It" only before a verb that acts
// ("accused", "has said"), not a copula, a raising verb or a modal ("It is unclear", "It seems", "It
// could impose sanctions"). The antecedent must be the subject of the sentence right before (its first
// actor, opening it or standing before its verb), outside quotation marks: for "It" a coded body or
// country, for a role word an actor of a country, whose country takes the role ("the government" after
// "Iran" is IRNGOV). Both are guesses over a sentence boundary: their confidence is below the
// in-sentence references'.
import type { Mention, Sentence, Span, Token } from '../types.js';
import type { RoleWord } from '../kb/types.js';
import { actorCodeLists } from '../dataset/actor-code.js';
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
/** The rules of these mentions: the coder trusts an actor read over a sentence boundary less. */
export const IT_PREVIOUS_SUBJECT = 'reference/it-previous-subject';
export const ROLE_OF_PREVIOUS_SUBJECT = 'reference/role-of-previous-subject';

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
    const i = opener(input.tokens, sentence);
    const it = input.tokens[i];
    if (!it || it.normal !== 'it' || it.pos !== 'PRON') continue;
    if (input.quoted.covering(it.start, it.end).length > 0 || sorted[firstAtOrAfter(sorted, it.start)]?.start === it.start) continue;
    if (!actingVerbAfter(input.tokens, i + 1)) continue;
    // an "It" read so far stands for its sentence's subject: "It said ... It then withdrew ..."
    const before = input.sentences[sentence.index - 1]!;
    const last = found.at(-1);
    const subject = last && last.start >= before.start ? subjectOf(input, before, [last]) : subjectOf(input, before, sorted);
    if (!subject?.actor || !BODIES.has(subject.type)) continue;
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

/**
 * The code of "the government", "the army" (span from its determiner, tokens `first` to `after`)
 * opening its sentence as its subject: the previous sentence's subject's country in that role.
 * `mentions` are lists each sorted by start (names, and the descriptions found so far).
 */
export function roleOfPreviousSubject(input: PreviousSubjectInput, first: number, after: number, role: RoleWord, mentions: readonly (readonly Mention[])[]): string | null {
  const word = input.tokens[first];
  if (!word || !role.suffix) return null;
  const sentence = input.sentences[firstAtOrAfter(input.sentences, word.end) - 1];
  if (!sentence || sentence.index === 0 || opener(input.tokens, sentence) !== first) return null;
  if (input.quoted.covering(word.start, word.end).length > 0 || !beforeVerb(input.tokens, after)) return null;
  const before = input.sentences[sentence.index - 1]!;
  const firsts = mentions.map((list) => list[firstAtOrAfter(list, before.start)]).filter((m): m is Mention => m !== undefined);
  const country = subjectOf(
    input,
    before,
    firsts.sort((a, b) => a.start - b.start || b.end - a.end),
  )?.actor?.slice(0, 3);
  return country && actorCodeLists().countries.has(country) ? country + role.code : null;
}

/** The token index that opens the sentence, past "But" or "And". */
function opener(tokens: readonly Token[], sentence: Sentence): number {
  const i = sentence.tokenStart;
  return OPENERS.has(tokens[i]?.normal ?? '') ? i + 1 : i;
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

/** The first actor of the sentence (from `sorted`, by start) when it is its subject: opening it or right before a verb. */
function subjectOf(input: PreviousSubjectInput, sentence: Sentence, sorted: readonly Mention[]): Mention | null {
  const first = sorted[firstAtOrAfter(sorted, sentence.start)];
  if (!first || first.end > sentence.end || input.quoted.covering(first.start, first.end).length > 0) return null;
  const opens = input.tokenAt(first.start) === sentence.tokenStart;
  return opens || beforeVerb(input.tokens, input.tokenAt(first.end)) ? first : null;
}
