// Set phrases in a speaker's words that judge a claim or a measure rather than a person: "the
// allegations are baseless" denies them (CAMEO 016, kb/comments.tsv `claim` and `deny` lines), "the
// accord does not go far enough" criticises it (111, `short` lines). Such a verdict often names no
// actor, and CAMEO codes it with no target then; a measure's author named in the words is its target.
//
// Held back on purpose: a denial needs a claim word as the subject of the verdict ("their claims are
// false"; "the figures are false" is no denial of anything said), and neither reading survives a
// negation ("the report is not false", which is no "not ... far enough": that one needs its negation).
import type { Span, Token } from '../types.js';
import type { CommentEntry, CommentLexicon } from './comments.js';

export interface Verdict {
  readonly code: string;
  /** Whether an actor the words name is the target (a measure's author), or none is (a denial). */
  readonly judgesNamed: boolean;
  readonly trigger: Span;
  readonly entry: CommentEntry;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nowhere']);
/**
 * How far back a negation reaches to a shortfall, within its clause: "does not go far enough",
 * "nowhere near far enough", "did not think the accord went far enough".
 */
const SHORT_REACH = 6;
/** Marks and adverbs that may stand between a claim, its verb and its verdict: claim "is patently false". */
const SKIPPED = new Set(['ADV', 'PUNCT']);
const STOPS = new Set([',', '.', ';', ':']);

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The index after `from` past quotation marks and adverbs (not past a clause's comma or a negation). */
function skip(tokens: readonly Token[], from: number): number | undefined {
  let k = from;
  while (tokens[k] && SKIPPED.has(tokens[k]!.pos) && !STOPS.has(tokens[k]!.normal)) {
    if (NEGATORS.has(tokens[k]!.lemma)) return undefined;
    k++;
  }
  return k;
}

/** "their claims are false": a claim word, a form of "be", and a word of falsity after it. */
function denialIn(tokens: readonly Token[], said: (t: Token) => boolean, lexicon: CommentLexicon): Verdict | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!lexicon.claims.has(tokens[i]!.lemma) || !said(tokens[i]!)) continue;
    const be = skip(tokens, i + 1);
    if (be === undefined || tokens[be]?.lemma !== 'be') continue;
    const at = skip(tokens, be + 1);
    const deny = at === undefined ? undefined : lexicon.denials.get(tokens[at]?.lemma ?? '');
    if (!deny) continue;
    const word = tokens[at!]!;
    return { code: deny.code, judgesNamed: false, trigger: { start: word.start, end: word.end }, entry: { text: `${tokens[i]!.normal} ... ${deny.word}`, file: deny.file, line: deny.line } };
  }
  return undefined;
}

function negatedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - SHORT_REACH) && !STOPS.has(tokens[k]!.normal); k--) if (NEGATORS.has(tokens[k]!.lemma)) return true;
  return false;
}

/** "does not go far enough": a shortfall phrase with a negation a few words before it. */
function shortfallIn(tokens: readonly Token[], said: (t: Token) => boolean, lexicon: CommentLexicon): Verdict | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!said(tokens[i]!)) continue;
    const short = lexicon.shortfalls.find((s) => s.words.every((w, k) => tokens[i + k]?.lemma === w));
    if (!short || !negatedBefore(tokens, i)) continue;
    const last = tokens[i + short.words.length - 1]!;
    return { code: short.code, judgesNamed: true, trigger: { start: tokens[i]!.start, end: last.end }, entry: { text: `not ... ${short.words.join(' ')}`, file: short.file, line: short.line } };
  }
  return undefined;
}

/** The first set verdict in the quoted pieces of a sentence. */
export function verdictIn(tokens: readonly Token[], pieces: readonly Span[], lexicon: CommentLexicon): Verdict | undefined {
  const said = (t: Token): boolean => pieces.some((p) => inside(t, p));
  return denialIn(tokens, said, lexicon) ?? shortfallIn(tokens, said, lexicon);
}
