// What a speaker's own quoted words do to an actor, when they say it in the first person rather than in
// evaluative words: "'I deeply respect him,' the minister said of the chancellor" praises the chancellor
// (CAMEO 051, kb/comments.tsv `stance` lines); "'we will not accept their claims'" rejects (120,
// `refuse` lines); "'if their ships come back, we will respond'" threatens (13x, `harm` lines give the
// harm and its code).
//
// Held back on purpose: the subject must be the speaker ("I", "we", or a mention coreferent with the
// speaker in reported speech), so that a report of what others like or refuse codes nothing; a negation
// between the speaker and a stance verb ("I don't trust him") leaves the stance out rather than guess
// its opposite; a condition threatens only when it names a coded actor other than the speaker and the
// speaker's own clause says what the speaker will do, with a word of harm in it ("if the Senate passes
// it, we will sign it" is a promise, no threat).
import type { SpanIndex } from '../span-index.js';
import type { Mention, Span, Token } from '../types.js';
import type { CommentEntry, CommentLexicon } from './comments.js';

/** A first-person act found in a quoted sentence. */
export interface SpeakerAct {
  readonly code: string;
  /** The actor the act is directed at, when the words name one; else whom the speaker spoke of. */
  readonly target: Mention | undefined;
  readonly trigger: Span;
  readonly entry: CommentEntry;
}

/** Who the words are by and about: the speaker's entity, and a test for the speaker's own side. */
export interface SpeakerSide {
  readonly entity: number | null;
  readonly own: (code: string) => boolean;
}

const FIRST_PERSON = new Set(['i', 'we']);
/** What a speaker's clause says it will do: "we will", "we'll", "we would", "we'll have to". */
const FUTURE = new Set(['will', 'would', 'shall']);
const CONDITIONS = new Set(['if', 'unless']);
/** Words that may stand between the speaker and a stance verb: "I really do like him", "I like like him". */
const BETWEEN = new Set(['ADV', 'AUX']);
const NEGATORS = new Set(['not', 'never', 'no']);
/** Pronouns after a stance verb that stand for a person or body ("it" may be a plan). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The word at `i` is the speaker: "I", "we", or a mention of the speaker's entity ("he said he likes ..."). */
function bySpeaker(tokens: readonly Token[], i: number, actors: SpanIndex<Mention>, side: SpeakerSide): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (FIRST_PERSON.has(t.lemma)) return true;
  return side.entity !== null && actors.covering(t.start, t.end).some((m) => m.entity === side.entity && m.end === t.end);
}

/** A coded actor other than the speaker's side, starting at the word `i`. */
function actorAt(tokens: readonly Token[], i: number, actors: SpanIndex<Mention>, side: SpeakerSide): Mention | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  return actors.covering(t.start, t.end).find((m) => m.start === t.start && m.entity !== side.entity && !side.own(m.actor!));
}

/** "I like him", "we deeply respect Chancellor Scholz": a stance verb of the speaker's with a coded actor after it. */
function stanceIn(tokens: readonly Token[], said: (t: Token) => boolean, actors: SpanIndex<Mention>, side: SpeakerSide, lexicon: CommentLexicon): SpeakerAct | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i]!;
    const stance = lexicon.stances.get(verb.lemma);
    if (!stance || verb.pos !== 'VERB' || !said(verb)) continue;
    let k = i - 1;
    while (k >= 0 && (BETWEEN.has(tokens[k]!.pos) || tokens[k]!.lemma === verb.lemma) && !NEGATORS.has(tokens[k]!.lemma)) k--;
    if (k < 0 || NEGATORS.has(tokens[k]!.lemma) || !bySpeaker(tokens, k, actors, side)) continue;
    let after = i + 1;
    while (tokens[after]?.lemma === verb.lemma) after++;
    const target = actorAt(tokens, after, actors, side);
    // "I really respect him," he said of the senator: an uncoded pronoun is left to whom the cue names
    if (!target && !OBJECT_PRONOUNS.has(tokens[after]?.normal ?? '')) continue;
    return { code: stance.code, target, trigger: { start: verb.start, end: verb.end }, entry: { text: `${stance.word} (the speaker of a coded actor)`, file: stance.file, line: stance.line } };
  }
  return undefined;
}

/** "we will not accept", "I cannot tolerate": a refusal said by the speaker (kb `refuse` lines, in lemmas). */
function refusalIn(tokens: readonly Token[], said: (t: Token) => boolean, actors: SpanIndex<Mention>, side: SpeakerSide, lexicon: CommentLexicon): SpeakerAct | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!said(tokens[i]!) || !bySpeaker(tokens, i - 1, actors, side)) continue;
    const refusal = lexicon.refusals.find((r) => r.words.every((w, k) => tokens[i + k]?.lemma === w));
    if (!refusal) continue;
    const last = tokens[i + refusal.words.length - 1]!;
    return { code: refusal.code, target: undefined, trigger: { start: tokens[i]!.start, end: last.end }, entry: { text: refusal.words.join(' '), file: refusal.file, line: refusal.line } };
  }
  return undefined;
}

/**
 * "If Ruritania sends its ships again, we will go to war": a condition naming another actor, and the speaker's
 * clause of what the speaker will do, with a word of harm in it. The condition runs from "if" to the
 * next comma (or the end of the quoted words); the speaker's clause is the rest.
 */
function threatIn(tokens: readonly Token[], said: (t: Token) => boolean, actors: SpanIndex<Mention>, side: SpeakerSide, lexicon: CommentLexicon): SpeakerAct | undefined {
  const quoted = tokens.map((_, i) => i).filter((i) => said(tokens[i]!));
  const from = quoted.find((i) => CONDITIONS.has(tokens[i]!.lemma));
  if (from === undefined) return undefined;
  const comma = quoted.find((i) => i > from && tokens[i]!.normal === ',');
  const condition = quoted.filter((i) => i > from && (comma === undefined || i < comma));
  const own = quoted.filter((i) => i < from || (comma !== undefined && i > comma));
  const target = condition.map((i) => actorAt(tokens, i, actors, side)).find((m) => m !== undefined);
  if (!target) return undefined;
  const promised = own.some((i, k) => bySpeaker(tokens, i, actors, side) && own.slice(k + 1, k + 3).some((j) => FUTURE.has(tokens[j]!.lemma)));
  if (!promised) return undefined;
  const harm = own.map((i) => ({ i, harm: lexicon.harms.get(tokens[i]!.lemma) })).find((h) => h.harm);
  // "we will not fight it": harm held back is no threat
  if (!harm || own.some((i) => i < harm.i && NEGATORS.has(tokens[i]!.lemma))) return undefined;
  const word = tokens[harm.i]!;
  return { code: harm.harm!.code, target, trigger: { start: word.start, end: word.end }, entry: { text: `${tokens[from]!.normal} ... ${harm.harm!.word}`, file: harm.harm!.file, line: harm.harm!.line } };
}

/**
 * The first act the speaker's quoted words do in the sentence: a threat, a refusal or a stance. A
 * refusal's target is left to the caller, who knows whom the speaker spoke of.
 */
export function speakerActIn(tokens: readonly Token[], pieces: readonly Span[], actors: SpanIndex<Mention>, side: SpeakerSide, lexicon: CommentLexicon): SpeakerAct | undefined {
  const said = (t: Token): boolean => pieces.some((p) => inside(t, p));
  return threatIn(tokens, said, actors, side, lexicon) ?? refusalIn(tokens, said, actors, side, lexicon) ?? stanceIn(tokens, said, actors, side, lexicon);
}
