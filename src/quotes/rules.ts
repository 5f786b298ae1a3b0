// The attribution rules. Each looks at one cue (a reporting verb from the cue table, or "according to")
// and proposes a source and a content around it:
//   quote/direct-cue-after       "We will go on," he said.          (the quotation before its cue)
//   quote/direct-cue-inverted    "We will go on," said the minister.
//   quote/direct-cue-before      He said: "We will go on."
//   quote/direct-interrupted     "We will," he said, "go on."        (one record, two parts)
//   quote/block                  He said:                            (the next paragraph is the content)
//   quote/indirect-said-that     He said (that) they will go on.     (also "told reporters that")
//   quote/indirect-cue-after     They will go on, he said.
//   quote/indirect-inverted      They will go on, said the minister.
//   quote/indirect-interrupted   They will, he said, go on.
//   quote/indirect-object        He criticised the plan.             (cues whose object is the content)
//   quote/indirect-infinitive    He vowed to go on.
//   quote/participle             ..., saying (that) they will go on. (the source is the clause's subject)
//   quote/relative               ..., who said they will go on.      (the source is the relative pronoun)
//   quote/according-to           They will go on, according to X. / According to X, they will go on.
//   quote/headline-colon         Minister: We will go on.             (a name and a colon open the sentence)
import type { Token } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Context } from './context.js';
import type { Piece } from './marks.js';
import { CUES, MESSAGE_NOUNS, type CueEntry } from './cues.js';
import { hasVerb, isParticipleModifier, isSubjectPronoun, nounPhraseAfter, nounPhraseBefore, RELATIVE_PRONOUNS, TIME_WORDS, verbGroupStart, type Range } from './phrases.js';

/** Confidence of each rule before the cue's own weight is applied. */
const RULE_CONFIDENCE = {
  'quote/direct-cue-after': 0.95,
  'quote/direct-cue-inverted': 0.95,
  'quote/direct-cue-before': 0.95,
  'quote/direct-interrupted': 0.95,
  'quote/block': 0.8,
  'quote/indirect-said-that': 0.85,
  'quote/indirect-cue-after': 0.8,
  'quote/indirect-inverted': 0.7,
  'quote/indirect-interrupted': 0.75,
  'quote/indirect-object': 0.75,
  'quote/indirect-infinitive': 0.8,
  'quote/participle': 0.85,
  'quote/relative': 0.85,
  'quote/according-to': 0.9,
  'quote/headline-colon': 0.6,
} as const;
export type RuleId = keyof typeof RULE_CONFIDENCE;

const COORDINATORS = new Set(['and', 'but']);
const DASHES = new Set(['—', '–', '-', '--']);
const PARTICIPLE_LINKS = new Set(['by', 'after', 'before', 'while', 'when', 'in', 'without']);
const WH_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);
/** Words that open a reported question ("asked whether ..."); "when" and "where" mostly open adjuncts. */
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'who']);
/** Prepositions of the adjuncts that may stand between a cue and its content ("said on Tuesday that"). */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'via', 'through', 'over', 'from', 'while', 'late', 'early', 'of', 'about', 'per', 'without', 'despite', 'amid', 'following', 'for', 'since', 'throughout']);
const ADJUNCT_WORDS = new Set(['last', 'this', 'next', 'earlier', 'later', 'again', 'also', 'repeatedly', 'recently', 'previously', 'once', 'then', 'now', 'today', 'yesterday', 'tonight']);
const CLAUSE_BREAKS = new Set([';']);
const TRAILING = new Set(['.', '?', '!', ',', ';', ':', '—', '–', '-']);

/** Cue words whose participle after a comma starts a new attribution of the same subject. */
function isParticiple(t: Token): boolean {
  return t.normal.endsWith('ing') && t.pos === 'VERB';
}

const PASSIVE_AUXILIARIES = new Set(['be', 'get']);
function isPassive(toks: readonly Token[], group: number, verb: number): boolean {
  const v = toks[verb]!;
  if (v.normal.endsWith('ing') || v.normal === v.lemma) return false;
  for (let k = group; k < verb; k++) if (toks[k]!.pos === 'AUX' && PASSIVE_AUXILIARIES.has(toks[k]!.lemma)) return true;
  return false;
}

/** Finds the cue entry for token i, with the particles that follow it. */
export function cueAt(ctx: Context, i: number): CueEntry | null {
  const t = ctx.tokens[i]!;
  const list = CUES.get(t.lemma) ?? CUES.get(t.normal);
  if (!list) return null;
  for (const entry of list) {
    if (entry.particles.every((p, k) => ctx.tokens[i + 1 + k]?.normal === p)) return entry;
  }
  return null;
}

interface Bounds {
  readonly lo: number;
  readonly hi: number;
}

function bounds(ctx: Context, i: number): Bounds {
  const s = ctx.sentenceOf[i]!;
  return { lo: ctx.sentenceStart[s]!, hi: ctx.sentenceEnd[s]! };
}

function make(ctx: Context, rule: RuleId, entry: CueEntry | null, cue: string, cueRange: Range, source: Range | null, content: Range[], direct: boolean, via: Range[] = []): Candidate {
  return {
    rule,
    confidence: RULE_CONFIDENCE[rule] * (entry?.weight ?? 1),
    cue,
    cls: entry?.cls ?? 'speech',
    cueRange,
    entry: entry?.ref ?? null,
    source,
    content: content.map(([a, b]): Range => [a, withoutComma(ctx, a, b)]).filter(([a, b]) => b > a),
    direct,
    via,
  };
}

/** Content pieces end at their last word: a comma left before a closing mark is not quoted matter. */
function withoutComma(ctx: Context, from: number, end: number): number {
  while (end > from && ctx.tokens[end - 1]!.normal === ',') end--;
  return end;
}

// ---------------------------------------------------------------------------------------------------
// Quotation pieces

/** The token ranges of a quotation that starts with piece k and runs on over the next paragraphs. */
function quotationFrom(ctx: Context, k: number): Range[] {
  const out: Range[] = [];
  for (let j = k; j >= 0; j = ctx.pieces[j]!.next) out.push([ctx.pieces[j]!.first, ctx.pieces[j]!.last]);
  return out;
}

/** The token ranges of a quotation that ends with piece k, from where it was first opened. */
function quotationTo(ctx: Context, k: number): Range[] {
  const out: Range[] = [];
  for (let j = k; j >= 0; j = ctx.pieces[j]!.prev) out.unshift([ctx.pieces[j]!.first, ctx.pieces[j]!.last]);
  return out;
}

/** The piece whose opening mark stands at token i, or -1. */
function opensAt(ctx: Context, i: number): number {
  const k = ctx.pieceOfMark[i] ?? -1;
  return k >= 0 && ctx.pieces[k]!.open === i ? k : -1;
}

/** The piece whose closing mark ends just before token i (after an optional comma inside or outside), or -1. */
function closesBefore(ctx: Context, i: number, lo: number): { piece: number; from: number } | null {
  let j = i - 1;
  if (j >= lo && ctx.tokens[j]!.normal === ',') j--;
  if (j >= 0 && ctx.marks.at[j] === 2) j--;
  if (j < 0) return null;
  const k = ctx.pieceOfMark[j]!;
  if (k < 0 || ctx.pieces[k]!.close !== j) return null;
  // a quotation in the sentence before is this cue's only when it was a sentence of its own ("“Why?” | He asked.")
  if (j < lo && !quotationSentence(ctx, ctx.pieces[k]!)) return null;
  return { piece: k, from: ctx.pieces[k]!.open };
}

function quotationSentence(ctx: Context, p: Piece): boolean {
  const open = p.open >= 0 ? p.open : p.first;
  return open === ctx.sentenceStart[ctx.sentenceOf[open]!];
}

// ---------------------------------------------------------------------------------------------------
// What stands after a cue

/** Skips adjuncts of time, place and medium ("on Tuesday", "in a statement", "last week"). */
function skipAdjuncts(ctx: Context, k: number, hi: number): number {
  const toks = ctx.tokens;
  for (let guard = 0; guard < 4 && k < hi; guard++) {
    const t = toks[k]!;
    if (ADJUNCT_WORDS.has(t.normal) || (t.pos === 'ADV' && !WH_WORDS.has(t.normal)) || TIME_WORDS.has(t.normal)) {
      k++;
      while (k < hi && (TIME_WORDS.has(toks[k]!.normal) || toks[k]!.normal === 'past')) k++;
      continue;
    }
    if (t.pos === 'ADP' && ADJUNCT_PREPOSITIONS.has(t.normal) && !(t.normal === 'to' && toks[k + 1]?.pos === 'VERB')) {
      const np = nounPhraseAfter(ctx, k + 1, hi) ?? (isSubjectPronoun(toks[k + 1] ?? t) || toks[k + 1]?.pos === 'PRON' ? ([k + 1, k + 2] as const) : null);
      if (!np) break;
      k = np[1];
      if (toks[k]?.normal === ',' && k + 1 < hi && !ctx.marks.at[k + 1] && !isParticiple(toks[k + 1]!) && !startsAttribution(ctx, k + 1)) k++; // "despite all that, ..."
      continue;
    }
    const close = t.normal === ',' || DASHES.has(t.normal) ? parentheticalEnd(ctx, k, hi) : -1;
    if (close < 0) break;
    k = close + 1;
  }
  return k;
}

/** ", per a translator," or "— on Twitter, as it happens —": the closing punctuation, or -1. */
function parentheticalEnd(ctx: Context, open: number, hi: number): number {
  const toks = ctx.tokens;
  const closer = toks[open]!.normal;
  for (let j = open + 1; j < hi && j <= open + 8; j++) {
    const t = toks[j]!;
    // between commas only a phrase; between dashes an aside with a verb too ("— as it happens —")
    if (ctx.marks.at[j] || t.normal === 'that' || (closer === ',' && isFinite(t)) || cueAt(ctx, j)) return -1;
    const closes = t.normal === closer || (closer !== ',' && DASHES.has(t.normal)) || (closer === ',' && t.normal === ':' && opensAt(ctx, j + 1) >= 0);
    if (closes) return j > open + 1 ? (t.normal === ':' ? j - 1 : j) : -1;
  }
  return -1;
}

type Complement = { readonly kind: 'quote'; readonly piece: number } | { readonly kind: 'block'; readonly from: number } | { readonly kind: 'clause'; readonly from: number; readonly rule: RuleId } | { readonly kind: 'none'; readonly at: number };

/**
 * What follows a cue: a quotation, a clause, an infinitive or an object, or nothing (`at` = where it stops).
 * A hearer ("told reporters that") is passed over when content follows it.
 */
function complement(ctx: Context, entry: CueEntry, after: number, b: Bounds): Complement {
  const toks = ctx.tokens;
  if (entry.hearer && after < b.hi && !ctx.marks.at[after] && toks[after]!.normal !== 'that') {
    const hearer = nounPhraseAfter(ctx, after, b.hi);
    if (hearer && !(isSubjectPronoun(toks[hearer[0]]!) && toks[hearer[0]]!.normal !== 'you')) {
      const c = complementAt(ctx, entry, hearer[1], b, true);
      if (c.kind !== 'none') return c;
    }
  }
  return complementAt(ctx, entry, after, b, false);
}

function complementAt(ctx: Context, entry: CueEntry, after: number, b: Bounds, heard: boolean): Complement {
  const toks = ctx.tokens;
  const k = skipAdjuncts(ctx, after, b.hi);
  if (k >= b.hi) return { kind: 'none', at: k };
  const t = toks[k]!;
  const quoteAt = (j: number): number => (j < toks.length ? opensAt(ctx, j) : -1);
  if (entry.quote || entry.clause) {
    if (quoteAt(k) >= 0) return { kind: 'quote', piece: quoteAt(k) };
    if ((t.normal === ':' || t.normal === ',') && quoteAt(k + 1) >= 0) return { kind: 'quote', piece: quoteAt(k + 1) };
    if (t.normal === ':' && (k + 1 >= toks.length || ctx.paragraphOf[k + 1] !== ctx.paragraphOf[k])) return { kind: 'block', from: k + 1 };
    if (t.normal === ':') return { kind: 'clause', from: k + 1, rule: 'quote/indirect-said-that' };
  }
  if (entry.clause) {
    if (t.normal === 'that' && k + 1 < b.hi) return { kind: 'clause', from: k + 1, rule: 'quote/indirect-said-that' };
    if (QUESTION_WORDS.has(t.normal)) return { kind: 'clause', from: k, rule: 'quote/indirect-said-that' };
    if (startsClause(ctx, k, b.hi)) return { kind: 'clause', from: k, rule: 'quote/indirect-said-that' };
  }
  const to = t.normal === 'not' && toks[k + 1]?.normal === 'to' ? k + 1 : k;
  if (entry.infinitive && toks[to]!.normal === 'to' && toks[to + 1]?.pos === 'VERB') return { kind: 'clause', from: k, rule: 'quote/indirect-infinitive' };
  if (!heard && entry.object && (OBJECT_STARTS.has(t.pos) || quoteAt(k) >= 0)) return { kind: 'clause', from: after, rule: 'quote/indirect-object' };
  return { kind: 'none', at: k };
}

const OBJECT_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
const SUBJECT_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
/** Words that open a subject whatever their tag ("said none of the candidates were listed"). */
const QUANTITY_SUBJECTS = new Set(['none', 'most', 'many', 'some', 'all', 'both', 'few', 'half', 'nobody', 'everyone', 'nothing']);

/** A subject with a verb after it: the start of an unmarked content clause ("said Russia hails ..."). */
function startsClause(ctx: Context, k: number, hi: number): boolean {
  const toks = ctx.tokens;
  const first = toks[k]!;
  const gerund = first.pos === 'VERB' && (first.normal.endsWith('ing') || isCapitalisedWord(ctx, first));
  const quantity = QUANTITY_SUBJECTS.has(first.normal);
  const np = nounPhraseAfter(ctx, k, hi) ?? (SUBJECT_STARTS.has(first.pos) || gerund || quantity || ctx.marks.at[k] ? ([k, k + 1] as const) : null);
  if (!np) return false;
  let j = np[1];
  if (j < hi && ctx.marks.at[j]) j = ctx.marks.after[j]!;
  while (j < hi && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j++;
  if (j < hi && (toks[j]!.pos === 'AUX' || (toks[j]!.pos === 'VERB' && !toks[j]!.normal.endsWith('ing')))) return true;
  // a longer subject ("the movement that is sweeping the country is ..."): a finite verb later on
  const end = clauseEnd(ctx, j, hi);
  for (let v = j; v < end; v++) if (headsClause(toks, v)) return true;
  return false;
}

/** An auxiliary, or a verb that is neither a participle nor a bare infinitive after "to". */
function isFinite(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && t.normal !== t.lemma) || (t.pos === 'VERB' && t.normal === t.lemma && t.normal.endsWith('s'));
}

/** A verb that can head a clause after its subject: not a participle, not after "to". */
function headsClause(toks: readonly Token[], v: number): boolean {
  const t = toks[v]!;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && toks[v - 1]?.normal !== 'to');
}

/** Where a content clause that starts at `from` ends: the sentence end, or a following attribution. */
function clauseEnd(ctx: Context, from: number, hi: number): number {
  if (from >= hi) return from;
  const memo = ctx.clauseEnds[from]!;
  if (memo >= 0 && hi === ctx.sentenceEnd[ctx.sentenceOf[from]!]) return memo;
  const end = findClauseEnd(ctx, from, hi);
  if (hi === ctx.sentenceEnd[ctx.sentenceOf[from]!]) ctx.clauseEnds[from] = end;
  return end;
}

function findClauseEnd(ctx: Context, from: number, hi: number): number {
  const toks = ctx.tokens;
  let end = hi;
  for (let j = from; j < hi; j++) {
    const t = toks[j]!;
    if (CLAUSE_BREAKS.has(t.normal)) {
      end = j;
      break;
    }
    if (t.pos === 'CCONJ' && j > from && ctx.pieceOf[j]! < 0 && finiteBetween(toks, from, j) && newClauseAt(ctx, j, hi)) {
      end = j; // "... and she responded ...": the next clause is not part of this content
      break;
    }
    if (t.normal === ',' && j + 1 < hi && ctx.pieceOf[j]! < 0) {
      const n = toks[j + 1]!;
      // a participle cue or "according to" starts another attribution; a verb ends a relative clause;
      // a subject with a cue of its own, or a conjunction with a new clause, starts another sentence part
      if (startsAttribution(ctx, j + 1) || ((n.pos === 'VERB' || n.pos === 'AUX') && !isParticiple(n) && !commaBefore(toks, from, j)) || newClauseAt(ctx, j + 1, hi)) {
        end = j;
        break;
      }
    }
  }
  return trimEnd(ctx, from, end);
}

/** "..., Clinton said she ..." or "..., and he reiterated ...": a clause of its own starts at token j. */
function newClauseAt(ctx: Context, j: number, hi: number): boolean {
  const toks = ctx.tokens;
  const joined = toks[j]?.pos === 'CCONJ';
  const start = joined ? j + 1 : j;
  const np = start < hi && toks[start]!.pos !== 'VERB' ? nounPhraseAfter(ctx, start, hi) : null;
  if (!np || np[1] - np[0] > 6) return false;
  const v = verbAfterGroup(toks, np[1], hi);
  if (v >= hi || toks[v]!.pos !== 'VERB' || isParticiple(toks[v]!)) return false;
  return joined ? headsClause(toks, v) : cueAt(ctx, v) !== null;
}

function finiteBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let v = from; v < to; v++) if (headsClause(toks, v)) return true;
  return false;
}

/** The verb after auxiliaries, negation and adverbs starting at k. */
function verbAfterGroup(toks: readonly Token[], k: number, hi: number): number {
  let v = k;
  while (v < hi && v < k + 4 && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'PART' || toks[v]!.pos === 'ADV')) v++;
  return v;
}

function commaBefore(toks: readonly Token[], from: number, j: number): boolean {
  for (let i = from; i < j; i++) if (toks[i]!.normal === ',') return true;
  return false;
}

/** A participle cue ("saying", "adding") or "according to" at token j. */
function startsAttribution(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j]!;
  return (isParticiple(t) && cueAt(ctx, j) !== null) || (t.normal === 'according' && ctx.tokens[j + 1]?.normal === 'to');
}

/** An object ends at its clause's end or at the first comma outside a quotation. */
function objectEnd(ctx: Context, from: number, hi: number): number {
  const end = clauseEnd(ctx, from, hi);
  for (let j = from + 1; j < end; j++) if (ctx.tokens[j]!.normal === ',' && ctx.pieceOf[j]! < 0) return trimEnd(ctx, from, j);
  return end;
}

function trimEnd(ctx: Context, from: number, end: number): number {
  while (end > from && (TRAILING.has(ctx.tokens[end - 1]!.normal) || ctx.marks.at[end - 1])) end--;
  return end;
}

function trimStart(ctx: Context, from: number, end: number): number {
  while (from < end && (TRAILING.has(ctx.tokens[from]!.normal) || ctx.tokens[from]!.pos === 'CCONJ')) from++;
  return from;
}

/** The content a complement gives, and whether it is a quotation. */
function contentOf(ctx: Context, c: Complement, b: Bounds): { ranges: Range[]; direct: boolean; rule: RuleId } | null {
  switch (c.kind) {
    case 'quote':
      return { ranges: quotationFrom(ctx, c.piece), direct: true, rule: 'quote/direct-cue-before' };
    case 'block': {
      if (c.from >= ctx.tokens.length) return null;
      const k = opensAt(ctx, c.from);
      if (k >= 0) return { ranges: quotationFrom(ctx, k), direct: true, rule: 'quote/block' };
      const p = ctx.paragraphOf[c.from]!;
      let end = c.from;
      while (end < ctx.tokens.length && ctx.paragraphOf[end] === p) end++;
      return { ranges: [[c.from, trimEnd(ctx, c.from, end)]], direct: false, rule: 'quote/block' };
    }
    case 'clause': {
      const from = trimStart(ctx, c.from, b.hi);
      const end = c.rule === 'quote/indirect-object' ? objectEnd(ctx, from, b.hi) : clauseEnd(ctx, from, b.hi);
      return end > from ? { ranges: [[from, end]], direct: false, rule: c.rule } : null;
    }
    case 'none':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Sources

/**
 * "Name, appositive," before a cue: the whole phrase with its closing comma, as attributions write it
 * ("Brian Fallon, a spokesman for the campaign, said"). `comma` is the comma before the cue. An appositive
 * may hold commas itself ("a delegate from Houston, Texas,"): of the readings whose name starts a clause,
 * the longest wins.
 */
function appositiveSource(ctx: Context, comma: number, lo: number, depth = 0): Range | null {
  const toks = ctx.tokens;
  let best: Range | null = null;
  let opens = 0;
  const closer = toks[comma]!.normal;
  for (let open = comma - 1; open >= lo && open > comma - 45 && opens < 3; open--) {
    if (ctx.marks.at[open]) break;
    if (toks[open]!.normal !== closer) continue;
    opens++;
    if (open + 1 >= comma) continue;
    // "Mrs. Clinton, in response to ..., said", "Carson, speaking to reporters, said": an adjunct, not
    // part of the name; the subject is what stands before it
    if (opens === 1 && isAdjunct(ctx, open + 1)) return subjectBeforeAdjunct(ctx, open, lo, depth);
    if (!appositiveLike(ctx, open + 1, comma)) continue;
    const np = nounPhraseBefore(ctx, open, lo);
    if (!np) continue;
    const head = toks[np[1] - 1]!;
    if (head.pos !== 'PROPN' && head.pos !== 'NOUN' && head.normal !== ')' && !isSubjectPronoun(head)) continue;
    if (TIME_WORDS.has(head.normal)) continue;
    if (best === null || startsClauseAt(ctx, np[0], lo)) best = [np[0], comma + 1];
  }
  // "In the primary, Gov. Kasich (R-OH), said": no appositive starts a clause, the name alone is the subject
  if (best && !startsClauseAt(ctx, best[0], lo) && depth === 0) {
    const name = nameBefore(ctx, comma, lo);
    if (name) return name;
  }
  return best;
}

/** A name that fills the stretch between the comma before it and `comma`. */
function nameBefore(ctx: Context, comma: number, lo: number): Range | null {
  const np = nounPhraseBefore(ctx, comma, lo);
  if (!np || np[0] - 1 < lo || ctx.tokens[np[0] - 1]!.normal !== ',') return null;
  const head = ctx.tokens[np[1] - 1]!;
  return head.pos === 'PROPN' || head.normal === ')' ? np : null;
}

/** The subject before an adjunct that follows the comma at `open`: a name with its appositive, or a noun phrase. */
function subjectBeforeAdjunct(ctx: Context, open: number, lo: number, depth: number): Range | null {
  const np = nounPhraseBefore(ctx, open, lo);
  // "Rep. Jim Jordan, R-Ohio, speaking on CNN, said": the appositive before the adjunct stays
  if (np && np[0] - 1 > lo && ctx.tokens[np[0] - 1]!.normal === ',' && depth < 2) {
    const wider = appositiveSource(ctx, open, lo, depth + 1);
    if (wider && startsClauseAt(ctx, wider[0], lo)) return wider;
  }
  return np;
}

const ADJUNCT_PARTICIPLE = /(ing|ed)$/;
/** Participles without -ed that open adjuncts ("clad in a red cape"). */
const ADJUNCT_PARTICIPLES = new Set(['clad', 'flanked', 'dressed', 'surrounded', 'seen', 'known', 'born', 'shown', 'held', 'sworn']);
/** Prepositions that open an adjunct between a subject and its verb (not "along with", "including"). */
const ADJUNCT_OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'for',
  'from',
  'with',
  'without',
  'as',
  'despite',
  'like',
  'unlike',
  'since',
  'while',
  'when',
  'though',
  'although',
  'however',
  'meanwhile',
  'too',
  'also',
  'then',
  'now',
  'again',
  'however',
]);

/** Whether the stretch after a comma at `from` is an adjunct: a prepositional, participle or reflexive phrase. */
function isAdjunct(ctx: Context, from: number): boolean {
  const t = ctx.tokens[from]!;
  if (ADJUNCT_OPENERS.has(t.normal) || REFLEXIVES.has(t.normal) || ADJUNCT_PARTICIPLES.has(t.normal)) return true;
  return t.pos === 'VERB' && ADJUNCT_PARTICIPLE.test(t.normal);
}

const APPOSITIVE_STARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const APPOSITIVE_PREPOSITIONS = new Set(['along', 'including', 'like', 'in', 'from', 'of', 'at', 'with']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself']);

/** A stretch that can stand in apposition: a noun phrase, a relative clause or a participle phrase. */
function appositiveLike(ctx: Context, from: number, to: number): boolean {
  const toks = ctx.tokens;
  const first = toks[from]!;
  if (first.normal === 'who' || first.normal === 'which' || first.normal === 'whose') return true;
  const opens = APPOSITIVE_STARTS.has(first.pos) || isPossessiveWord(first) || REFLEXIVES.has(first.normal) || (first.pos === 'ADP' && APPOSITIVE_PREPOSITIONS.has(first.normal)) || (first.pos === 'VERB' && /(ing|ed)$/.test(first.normal));
  if (!opens) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (RELATIVE_PRONOUNS.has(t.normal) || t.normal === 'whose') return true;
    const compound = i > from && toks[i - 1]!.normal === '-' && !t.spaceBefore;
    if (isFinite(t) && !isCapitalisedWord(ctx, t) && i > from && !compound && !(i + 1 < to && isParticipleModifier(t, toks[i + 1]!))) return false;
  }
  return true;
}

const isPossessiveWord = (t: Token): boolean => t.pos === 'PRON' && /^(his|her|their|its)$/.test(t.normal);
const isCapitalisedWord = (ctx: Context, t: Token): boolean => {
  const c = ctx.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
};

/** Whether a phrase starting at token k starts its clause (what stands before it ends a phrase). */
function startsClauseAt(ctx: Context, k: number, lo: number): boolean {
  if (k <= lo) return true;
  const p = ctx.tokens[k - 1]!;
  return p.pos === 'PUNCT' || p.pos === 'CCONJ' || p.pos === 'SCONJ' || ctx.marks.at[k - 1] !== 0;
}

/**
 * The subject of the clause a participle or a second verb hangs on ("Kim wrote to Putin, saying ..."): the
 * first noun phrase of the sentence after any introductory phrase, with its appositive.
 */
function clauseSubject(ctx: Context, before: number, b: Bounds): Range | null {
  const toks = ctx.tokens;
  let k = datelineEnd(ctx, b.lo, before);
  let first: Range | null = null; // without a verb after any, the first noun phrase is the best guess
  for (let attempt = 0; attempt < 3 && k < before; attempt++) {
    while (k < before && (toks[k]!.pos === 'CCONJ' || (toks[k]!.pos === 'ADV' && toks[k + 1]?.normal === ','))) k++;
    if (k < before && toks[k]!.normal === ',') k++;
    const introductory = toks[k]?.pos === 'ADP' || toks[k]?.pos === 'SCONJ' || (toks[k]?.pos === 'VERB' && toks[k]!.normal.endsWith('ing'));
    const np = introductory ? null : nounPhraseAfter(ctx, k, before);
    if (np) {
      first ??= np;
      let j = np[1];
      if (toks[j]?.normal === ',') {
        const close = nextComma(toks, j + 1, before);
        const appos = close > 0 ? appositiveSource(ctx, close, b.lo) : null;
        if (appos && appos[0] === np[0]) return appos;
      }
      j = timeAdjunctAfter(ctx, j, before);
      while (j < before && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART' || CHAIN_AUXILIARIES.has(toks[j]!.normal))) j++;
      if (j < before && (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX' || toks[j]!.pos === 'NOUN')) return np;
    }
    const comma = nextComma(toks, k, before);
    if (comma < 0) break;
    k = comma + 1;
  }
  return first;
}

const CHAIN_AUXILIARIES = new Set(['both', 'all', 'each', 'also']);

/** "WASHINGTON —", "PARIS, Aug 31 (Reuters) -": where the sentence starts after a dateline, or `lo`. */
function datelineEnd(ctx: Context, lo: number, hi: number): number {
  const toks = ctx.tokens;
  if (lo > 0 && ctx.paragraphOf[lo - 1] === ctx.paragraphOf[lo]) return lo;
  for (let j = lo + 1; j < hi && j < lo + 12; j++) {
    if (DASHES.has(toks[j]!.normal) && toks[j]!.spaceBefore) return j + 1;
    if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') return lo;
  }
  return lo;
}

/** Past a time adjunct after a subject ("Trump on Tuesday dismissed"): where the verb should stand. */
function timeAdjunctAfter(ctx: Context, k: number, hi: number): number {
  const toks = ctx.tokens;
  let j = k;
  while (j < hi && TIME_PREPOSITIONS.has(toks[j]!.normal)) j++;
  if (j === k || j >= hi || !TIME_WORDS.has(toks[j]!.normal)) return TIME_WORDS.has(toks[k]?.normal ?? '') ? k + 1 : k;
  while (j < hi && TIME_WORDS.has(toks[j]!.normal)) j++;
  return j;
}

function nextComma(toks: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (toks[j]!.normal === ',') return j;
  return -1;
}

// ---------------------------------------------------------------------------------------------------
// The rules

/** Proposes the attribution a verb cue at token i heads, if any. `previous` are earlier proposals. */
export function verbCue(ctx: Context, i: number, entry: CueEntry, previous: readonly Candidate[]): Candidate | null {
  const toks = ctx.tokens;
  const b = bounds(ctx, i);
  const cueEnd = i + 1 + entry.particles.length;
  const cue = [entry.lemma, ...entry.particles].join(' ');
  const group = verbGroupStart(toks, i, b.lo);
  const cueRange: Range = [i, cueEnd];
  const before = group - 1;
  const prev = before >= b.lo ? toks[before]! : null;
  // a passive ("was told", "is expected to") makes the subject the hearer or the topic, not the source
  if (!entry.stative && isPassive(toks, group, i)) return null;

  // "After saying ..., the man left": an opening participle clause; its subject follows it
  if (group === i && isParticiple(toks[i]!) && (i === b.lo || (before === b.lo && PARTICIPLE_LINKS.has(prev!.normal)))) {
    return openingParticiple(ctx, entry, cue, cueRange, b);
  }
  // "..., saying ...", "responded by saying ...", "released a statement saying ...": the clause's subject
  if (group === i && isParticiple(toks[i]!) && prev && (prev.normal === ',' || PARTICIPLE_LINKS.has(prev.normal) || MESSAGE_NOUNS.has(prev.lemma))) {
    const c = contentOf(ctx, complement(ctx, entry, cueEnd, b), b);
    if (!c) return null;
    const earlier = previous.findLast((p) => p.source && p.cueRange[1] <= before && p.cueRange[0] >= b.lo);
    const source = earlier?.source ?? clauseSubject(ctx, before, b);
    if (entry.channel && earlier && !c.direct && earlier.content.some((r) => r[1] >= before - 1)) earlier.via.push(c.ranges[0]!);
    return make(ctx, c.direct ? c.rule : 'quote/participle', entry, cue, cueRange, source, c.ranges, c.direct);
  }
  if (isParticiple(toks[i]!) && group === i) return null;

  // "..., who said ...": the relative pronoun is the source (a question's "Who said ...?" has none)
  if (prev && RELATIVE_PRONOUNS.has(prev.normal) && prev.pos !== 'SCONJ') {
    if (before - 1 < b.lo) return null;
    const c = contentOf(ctx, complement(ctx, entry, cueEnd, b), b);
    if (!c) return null;
    return make(ctx, c.direct ? c.rule : 'quote/relative', entry, cue, cueRange, [before, before + 1], c.ranges, c.direct);
  }

  // "... and says ...", "... and on Monday announced ...": a second verb of the clause's subject
  const subjectEnd = timeAdjunctBefore(ctx, group, b.lo);
  const link = subjectEnd - 1 >= b.lo ? toks[subjectEnd - 1]! : null;
  if (link && COORDINATORS.has(link.normal)) {
    const earlier = previous.findLast((p) => p.source && p.cueRange[1] <= before && p.cueRange[0] >= b.lo);
    const subject = earlier?.source ?? clauseSubject(ctx, before, b);
    if (!subject) return null;
    const c = contentOf(ctx, complement(ctx, entry, cueEnd, b), b);
    return c ? make(ctx, c.rule, entry, cue, cueRange, subject, c.ranges, c.direct) : null;
  }
  const source = sourceBefore(ctx, subjectEnd, b) ?? sourceBefore(ctx, group, b);
  if (source) return withSourceBefore(ctx, entry, cue, cueRange, source, b);
  if (prev && (prev.normal === ',' || ctx.marks.at[before]) && entry.postposed) return inverted(ctx, entry, cue, cueRange, group, b);
  return null;
}

/** The subject ending just before `end`: a noun phrase, or a name with its appositive and closing comma. */
function sourceBefore(ctx: Context, end: number, b: Bounds): Range | null {
  if (end - 1 < b.lo) return null;
  return APPOSITIVE_CLOSERS.has(ctx.tokens[end - 1]!.normal) ? appositiveSource(ctx, end - 1, b.lo) : nounPhraseBefore(ctx, end, b.lo);
}

/** What closes an appositive before its verb: a comma, or a dash that opened it ("X — including Y — said"). */
const APPOSITIVE_CLOSERS = new Set([',', '—', '–']);

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'earlier', 'later', 'this', 'last', 'past', 'next', 'the']);

/** Where a time adjunct between a subject and its verb starts ("Trump on Tuesday said"), or `end`. */
function timeAdjunctBefore(ctx: Context, end: number, lo: number): number {
  const toks = ctx.tokens;
  let k = end;
  while (k - 1 > lo && TIME_WORDS.has(toks[k - 1]!.normal)) k--;
  if (k === end) return end;
  while (k - 1 > lo && TIME_PREPOSITIONS.has(toks[k - 1]!.normal)) k--;
  return k;
}

/** "Explaining why ..., Clinton described ...": the content runs to the first comma, the subject follows it. */
function openingParticiple(ctx: Context, entry: CueEntry, cue: string, cueRange: Range, b: Bounds): Candidate | null {
  const c = contentOf(ctx, complement(ctx, entry, cueRange[1], b), b);
  if (!c || c.direct) return null;
  const [from, end] = c.ranges[0]!;
  let comma = from;
  while (comma < end && (ctx.tokens[comma]!.normal !== ',' || ctx.pieceOf[comma]! >= 0)) comma++;
  if (comma >= b.hi || ctx.tokens[comma]!.normal !== ',') return null;
  const source = nounPhraseAfter(ctx, comma + 1, b.hi);
  if (!source) return null;
  return make(ctx, 'quote/participle', entry, cue, cueRange, source, [[from, trimEnd(ctx, from, comma)]], false);
}

/** A cue with its source before it: the content is before the source (postposed cue) or after the cue. */
function withSourceBefore(ctx: Context, entry: CueEntry, cue: string, cueRange: Range, source: Range, b: Bounds): Candidate | null {
  const toks = ctx.tokens;
  const after = complement(ctx, entry, cueRange[1], b);
  // a quotation before the source needs a cue that can follow its words; a clause can come before any
  // clause cue ("Turnout was low, officials believe.")
  const before = entry.postposed || entry.clause ? contentBefore(ctx, source[0], b, true) : null;
  const left = before && (entry.postposed || !before.direct) ? before : null;
  // a quotation later in the clause wins over a clause before the source ("X, in Y, told CNN, “...”")
  const later = left && !left.direct && after.kind === 'none' && entry.quote ? quoteLater(ctx, cueRange[1], b.hi) : -1;
  if (later >= 0) return make(ctx, 'quote/direct-cue-before', entry, cue, cueRange, source, quotationFrom(ctx, later), true);
  // a quotation before the source and another after "said," is one interrupted quotation
  if (left && (after.kind === 'none' || (after.kind === 'quote' && left.direct && toks[ctx.pieces[after.piece]!.open - 1]?.normal === ','))) {
    const via: Range[] = [];
    const parts = [...left.ranges];
    let rule: RuleId = left.direct ? 'quote/direct-cue-after' : 'quote/indirect-cue-after';
    const k = skipAdjuncts(ctx, cueRange[1], b.hi);
    if (k < b.hi && toks[k]!.normal === ',') {
      const reopened = opensAt(ctx, k + 1);
      if (left.direct && reopened >= 0) {
        parts.push(...quotationFrom(ctx, reopened));
        rule = 'quote/direct-interrupted';
      } else if (toks[k + 1]?.normal === 'according' && toks[k + 2]?.normal === 'to') {
        const src = accordingSource(ctx, k + 3, b.hi);
        if (src) via.push(src);
      } else if (!left.direct && !isParticiple(toks[k + 1] ?? toks[k]!)) {
        const end = clauseEnd(ctx, k + 1, b.hi);
        if (end > k + 1 && hasVerb(toks, k + 1, end)) {
          parts.push([k + 1, end]);
          rule = 'quote/indirect-interrupted';
        }
      }
    }
    // a subject without its verb before the cue is only content when the sentence goes on after it
    if (left.verbless && rule !== 'quote/indirect-interrupted') return null;
    return make(ctx, rule, entry, cue, cueRange, source, parts, left.direct, via);
  }
  const c = contentOf(ctx, after, b);
  if (!c) return null;
  return make(ctx, c.rule, entry, cue, cueRange, source, c.ranges, c.direct);
}

/** A quotation opened after a comma or colon later in the clause ("told CNN in an interview, “...”"), or -1. */
function quoteLater(ctx: Context, from: number, hi: number): number {
  for (let j = from; j < hi && j < from + 16; j++) {
    if (ctx.marks.at[j]) {
      const k = opensAt(ctx, j);
      const p = ctx.tokens[j - 1]!.normal;
      return k >= 0 && (p === ',' || p === ':') ? k : -1;
    }
    if (cueAt(ctx, j) && ctx.tokens[j]!.pos === 'VERB') return -1;
  }
  return -1;
}

/**
 * The content before a postposed cue whose source starts at `at`: a quotation, or the clause before a comma.
 * With `verbless`, a stretch without a verb is returned too, flagged (the first half of "This campaign,
 * he says, is different").
 */
function contentBefore(ctx: Context, at: number, b: Bounds, verbless = false): { ranges: Range[]; direct: boolean; verbless: boolean } | null {
  const toks = ctx.tokens;
  const closed = closesBefore(ctx, at, b.lo);
  if (closed) return { ranges: quotationTo(ctx, closed.piece), direct: true, verbless: false };
  if (at - 1 < b.lo || toks[at - 1]!.normal !== ',') return null;
  const from = trimStart(ctx, b.lo, at - 1);
  const end = trimEnd(ctx, from, at - 1);
  if (end <= from) return null;
  const finite = end - from >= 3 && hasVerb(toks, from, end);
  if (!finite && !verbless) return null;
  return { ranges: [[from, end]], direct: false, verbless: !finite };
}

/** `"...," said the minister.`: the source follows the cue. */
function inverted(ctx: Context, entry: CueEntry, cue: string, cueRange: Range, group: number, b: Bounds): Candidate | null {
  const left = contentBefore(ctx, group, b);
  if (!left) return null;
  const np = nounPhraseAfter(ctx, cueRange[1], b.hi);
  if (!np || (startsClause(ctx, cueRange[1], b.hi) && ctx.tokens[np[1]]?.normal !== ',')) return null;
  let end = np[1];
  const toks = ctx.tokens;
  // "said a committee member who supports Trump": a restrictive relative clause goes with the subject
  if (end < b.hi && (toks[end]!.normal === 'who' || toks[end]!.normal === 'whose')) {
    while (end < b.hi && toks[end]!.normal !== ',' && !ctx.marks.at[end]) end++;
    end = trimEnd(ctx, np[0], end);
  }
  // an appositive after the inverted subject, relative clause and all, runs to the end of the sentence
  // ("said Kulik, a senior diplomat who ...") unless a quotation or another attribution takes over
  if (toks[end]?.normal === ',') {
    let stop = end + 1;
    while (stop < b.hi && !ctx.marks.at[stop] && !(toks[stop - 1]!.normal === ',' && (startsAttribution(ctx, stop) || isAdjunct(ctx, stop) || toks[stop]!.pos === 'CCONJ'))) stop++;
    end = trimEnd(ctx, end, stop);
    // the appositive's closing comma belongs to it when the sentence goes on ("said X, a lawyer, adding ...")
    if (end > np[1] && toks[end]?.normal === ',' && end + 1 < b.hi && !ctx.marks.at[end + 1]) end++;
  }
  return make(ctx, left.direct ? 'quote/direct-cue-inverted' : 'quote/indirect-inverted', entry, cue, cueRange, [np[0], end], left.ranges, left.direct);
}

/**
 * The source after "according to": up to the comma or the sentence end. A long stretch is cut to its noun
 * phrase, unless it opens the sentence and a comma closes it ("According to exit polls conducted by ..., ").
 */
function accordingSource(ctx: Context, from: number, hi: number, opening = false): Range | null {
  const toks = ctx.tokens;
  let end = from;
  while (end < hi && toks[end]!.normal !== ',' && toks[end]!.normal !== ';' && !ctx.marks.at[end]) end++;
  const closed = end < hi && toks[end]!.normal === ',';
  end = trimEnd(ctx, from, end);
  if (end <= from) return null;
  if (end - from > 14 && !(opening && closed && end - from <= 30)) return nounPhraseAfter(ctx, from, hi);
  return [from, end];
}

/** "According to X, ..." and "..., according to X." */
export function accordingTo(ctx: Context, i: number, entry: CueEntry | null): Candidate | null {
  const toks = ctx.tokens;
  const b = bounds(ctx, i);
  let start = b.lo;
  while (start < i && (toks[start]!.pos === 'CCONJ' || toks[start]!.pos === 'ADV' || toks[start]!.normal === ',')) start++;
  const source = accordingSource(ctx, i + 2, b.hi, start === i);
  if (!source) return null;
  const cueRange: Range = [i, i + 2];
  const after = source[1] < b.hi && toks[source[1]]!.normal === ',' ? source[1] + 1 : -1;
  if (start === i) {
    if (after < 0) return null;
    const end = clauseEnd(ctx, after, b.hi);
    return end > after ? make(ctx, 'quote/according-to', entry, 'according to', cueRange, source, [[after, end]], false) : null;
  }
  // "X said, according to Y": the verb's attribution carries Y as its channel
  if (i - 2 >= b.lo && toks[i - 1]!.normal === ',' && cueAt(ctx, i - 2)) return null;
  const left = contentBefore(ctx, i, b);
  if (!left) return null;
  const parts = [...left.ranges];
  if (after > 0) {
    const end = clauseEnd(ctx, after, b.hi);
    if (end > after) parts.push([after, end]);
  }
  return make(ctx, 'quote/according-to', entry, 'according to', cueRange, source, parts, left.direct);
}

/** "Minister: We will go on." / "KULIK: ...": a short name or noun phrase opens the sentence, then a colon. */
export function headlineColon(ctx: Context, i: number): Candidate | null {
  const toks = ctx.tokens;
  const b = bounds(ctx, i);
  if (i - b.lo > 6 || i + 1 >= b.hi) return null;
  const source = nounPhraseBefore(ctx, i, b.lo);
  if (!source || source[0] !== b.lo || !isCapitalisedWord(ctx, toks[b.lo]!) || isSubjectPronoun(toks[i - 1]!)) return null;
  if (toks[i - 1]!.pos !== 'PROPN' && toks[i - 1]!.pos !== 'NOUN') return null;
  const k = opensAt(ctx, i + 1);
  const content: Range[] = k >= 0 ? quotationFrom(ctx, k) : [[i + 1, trimEnd(ctx, i + 1, b.hi)]];
  if (k < 0 && !hasVerb(toks, i + 1, b.hi)) return null;
  const c = make(ctx, 'quote/headline-colon', null, ':', [i, i + 1], source, content, k >= 0);
  // "Smith: charged with fraud" in a list is a line about Smith, not words of his
  const first = toks[i + 1]!;
  return k < 0 && (first.pos === 'VERB' || first.pos === 'NOUN') ? { ...c, cls: 'list' } : c;
}
