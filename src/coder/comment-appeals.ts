// What a quote asks of an actor: "'He should resign,' the senator said" appeals for a change of
// leadership (CAMEO 0241), "'the minister must step down'" demands it (1041). The modal gives the
// root (kb/comments.tsv `modal` lines: should 02, must 10), the act after it the sub-code (`act`
// lines: resign 41); the subject of the modal is the target.
//
// In someone's quoted words a "he" or "she" is not the speaker, who would say "I": when coreference
// gave the speaker, the subject is the person or body named last before it, in the sentence or the
// one before ("Trump said the president's refusal is a weakness and he should resign").
import type { Mention, Span, Token } from '../types.js';
import type { SpanIndex } from '../span-index.js';
import type { CommentEntry, CommentLexicon } from './comments.js';

export interface Appeal {
  readonly code: string;
  readonly subject: Mention;
  /** From the modal to the end of the act: "should resign". */
  readonly trigger: Span;
  readonly entry: CommentEntry;
}

/** Pronouns a speaker does not use of himself. */
const THIRD_PERSON = new Set(['he', 'she', 'him', 'her']);

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * The first appeal in the quoted pieces of a sentence. `actors` holds the coded mentions; `before`
 * is where the search for a pronoun's other antecedent may begin (the previous sentence's start).
 * `ownSide` says whether a code is the speaker's own.
 */
export function appealIn(tokens: readonly Token[], pieces: readonly Span[], actors: SpanIndex<Mention>, before: number, speaker: number | null, ownSide: (code: string) => boolean, lexicon: CommentLexicon): Appeal | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const said = tokens[i]!;
    const modal = lexicon.modals.get(said.normal);
    if (!modal || !pieces.some((p) => inside(said, p))) continue;
    const act = lexicon.acts.find((a) => a.words.every((w, k) => tokens[i + 1 + k]?.normal === w || tokens[i + 1 + k]?.lemma === w));
    if (!act) continue;
    const word = tokens[i - 1]!;
    const named = actors.covering(word.start, word.end).find((m) => m.end === word.end);
    if (!named) continue;
    const self = named.entity === speaker || ownSide(named.actor!);
    const subject = !self ? named : THIRD_PERSON.has(word.normal) ? lastOther(actors, before, named.start, speaker, ownSide) : undefined;
    if (!subject) continue;
    const last = tokens[i + act.words.length]!;
    return {
      code: modal.root + act.sub,
      subject,
      trigger: { start: said.start, end: last.end },
      entry: { text: `${said.normal} ${act.words.join(' ')}`, file: act.file, line: act.line },
    };
  }
  return undefined;
}

/** The person or body named last between `from` and `to` that is not the speaker's side. */
function lastOther(actors: SpanIndex<Mention>, from: number, to: number, speaker: number | null, ownSide: (code: string) => boolean): Mention | undefined {
  return actors
    .inside(from, to)
    .filter((m) => m.form !== 'pronoun' && (m.type === 'PERSON' || m.type === 'ORG') && m.entity !== speaker && !ownSide(m.actor!))
    .sort((a, b) => b.end - a.end)[0];
}
