// From the speaker phrase as written to the entity it stands for, through the pipeline's mentions.
//
// The phrase keeps its written extent (what the attribution uses: "Brian Fallon, a spokesman for the
// campaign,"); the name, actor and entity come from the mention at its head. A phrase headed by a message
// noun ("his message", "a statement from the ministry") stands for the message's author; a pronoun, a
// possessive or a relative pronoun without a mention of its own takes the nearest fitting mention before it.
import type { EntityType, Mention, QuoteSpeaker, Token } from '../types.js';
import type { Context } from './context.js';
import { MESSAGE_NOUNS } from './cues.js';
import { isPossessive, RELATIVE_PRONOUNS, type Range } from './phrases.js';
import { firstAtOrAfter } from '../span-index.js';
import { OTHERS_OF_OWNER } from '../language/others-of-owner.js';
import { gendersByPronoun, pronounGender, type Gender } from '../entities/gender.js';

/** Which entity types a pronoun may refer back to. */
const PRONOUN_TYPES: ReadonlyMap<string, readonly EntityType[]> = new Map<string, readonly EntityType[]>([
  ['he', ['PERSON']],
  ['she', ['PERSON']],
  ['his', ['PERSON']],
  ['her', ['PERSON']],
  ['him', ['PERSON']],
  ['i', ['PERSON']],
  ['my', ['PERSON']],
  ['it', ['ORG']],
  ['its', ['ORG']],
  ['they', ['PERSON', 'ORG', 'GPE']],
  ['their', ['PERSON', 'ORG', 'GPE']],
  ['we', ['ORG', 'PERSON', 'GPE']],
  ['our', ['ORG', 'PERSON', 'GPE']],
  ['who', ['PERSON', 'ORG']],
  ['which', ['ORG', 'GPE']],
  ['that', ['ORG', 'PERSON', 'GPE']],
]);
const PP_HEADS = new Set(['of', 'for', 'at', 'with', 'in', 'on']);
const AUTHOR_MARKERS = new Set(['from', 'by']);

export interface MentionIndex {
  readonly sorted: readonly Mention[];
  /** People the entity stage's pronouns called "he" or "she" (entities/gender.ts). */
  readonly genders: ReadonlyMap<number, Gender>;
}

export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  return { sorted: [...mentions].sort((a, b) => a.start - b.start || b.end - a.end), genders: gendersByPronoun(mentions) };
}

/** Resolves the speaker phrase at token range `r`. */
export function resolveSpeaker(ctx: Context, r: Range, index: MentionIndex): QuoteSpeaker {
  const toks = ctx.tokens;
  const start = toks[r[0]]!.start;
  const end = toks[r[1] - 1]!.end;
  const text = ctx.text.slice(start, end);
  const found = headMention(ctx, r, index, 0);
  if (!found) return { start, end, text, name: text, actor: null, entity: null };
  return { start, end, text, name: found.name, actor: found.actor, entity: found.entity };
}

function headMention(ctx: Context, r: Range, index: MentionIndex, depth: number): Mention | null {
  const toks = ctx.tokens;
  const first = toks[r[0]]!;
  // "..., which said": the phrase before the comma is the antecedent
  if (r[1] - r[0] === 1 && RELATIVE_PRONOUNS.has(first.normal)) {
    const own = covering(index, first);
    if (own && own.form !== 'pronoun') return own;
    const antecedent = antecedentBefore(ctx, r[0]);
    if (antecedent && depth < 2) return headMention(ctx, antecedent, index, depth + 1) ?? own ?? preceding(index, first);
    return own ?? preceding(index, first);
  }
  const core = coreEnd(toks, r);
  const head = toks[core - 1]!;
  if (MESSAGE_NOUNS.has(head.lemma) || MESSAGE_NOUNS.has(head.normal)) {
    const author = authorOf(ctx, r, core, index);
    if (author) return author;
  }
  // "Russia's critics", "the president's rivals": only an owner is named, and the speakers are others
  if (OTHERS_OF_OWNER.has(head.lemma)) return null;
  const inside = mentionsIn(index, toks[r[0]]!.start, toks[core - 1]!.end).filter((m) => !isPossessor(ctx, m) && !inPrepositionalPhrase(ctx, r, m));
  // a description that spans the whole phrase ("the former Florida governor") is its head, not a name inside it
  const whole = inside.find((m) => m.start === toks[r[0]]!.start && m.end === toks[core - 1]!.end);
  if (whole) return whole;
  if (inside.length) return inside[inside.length - 1]!;
  if (r[1] - r[0] === 1 && PRONOUN_TYPES.has(first.normal)) return covering(index, first) ?? preceding(index, first);
  return mentionsIn(index, toks[r[0]]!.start, toks[core - 1]!.end)[0] ?? null;
}

/** The end of the phrase before an appositive or a relative clause. */
function coreEnd(toks: readonly Token[], r: Range): number {
  for (let i = r[0] + 1; i < r[1]; i++) if (toks[i]!.normal === ',' || toks[i]!.normal === '(') return i;
  return r[1];
}

/** "his message", "Kim's letter", "a statement from the ministry": the author. */
function authorOf(ctx: Context, r: Range, core: number, index: MentionIndex): Mention | null {
  const toks = ctx.tokens;
  for (let i = r[0]; i < core; i++) {
    const t = toks[i]!;
    if (isPossessive(t)) return covering(index, t) ?? preceding(index, t);
    if (t.normal === "'s" || t.normal === '’s') {
      const owner = mentionsIn(index, toks[r[0]]!.start, t.start);
      if (owner.length) return owner[owner.length - 1]!;
    }
  }
  for (let i = core; i < r[1] - 1; i++) {
    if (AUTHOR_MARKERS.has(toks[i]!.normal)) {
      const after = mentionsIn(index, toks[i + 1]!.start, toks[r[1] - 1]!.end);
      if (after.length) return after[0]!;
    }
  }
  if (core < r[1]) return null;
  // "a message from Kim" inside the core phrase
  for (let i = r[0]; i < r[1] - 1; i++) {
    if (AUTHOR_MARKERS.has(toks[i]!.normal)) return mentionsIn(index, toks[i + 1]!.start, toks[r[1] - 1]!.end)[0] ?? null;
  }
  return null;
}

/** The noun phrase before the comma in front of a relative pronoun. */
function antecedentBefore(ctx: Context, pronoun: number): Range | null {
  const toks = ctx.tokens;
  if (pronoun < 2 || toks[pronoun - 1]!.normal !== ',') return null;
  const end = pronoun - 1;
  let start = end;
  const lo = ctx.sentenceStart[ctx.sentenceOf[pronoun]!]!;
  while (start > lo && start > end - 12 && toks[start - 1]!.normal !== ',' && toks[start - 1]!.pos !== 'VERB' && toks[start - 1]!.pos !== 'AUX') start--;
  // the antecedent starts at its determiner, not at the verb's object boundary
  for (let i = start; i < end; i++) if (toks[i]!.pos === 'DET' || isPossessive(toks[i]!)) return [i, end];
  return start < end ? [start, end] : null;
}

function isPossessor(ctx: Context, m: Mention): boolean {
  const next = ctx.text.slice(m.end, m.end + 2);
  return next === "'s" || next === '’s' || (next[0] === "'" && ctx.text[m.end - 1] === 's');
}

function inPrepositionalPhrase(ctx: Context, r: Range, m: Mention): boolean {
  const toks = ctx.tokens;
  for (let i = r[0] + 1; i < r[1]; i++) {
    if (toks[i]!.start >= m.start) return false;
    if (PP_HEADS.has(toks[i]!.normal) && toks[i]!.pos === 'ADP') return true;
  }
  return false;
}

function mentionsIn(index: MentionIndex, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let k = firstAtOrAfter(index.sorted, start); k < index.sorted.length; k++) {
    const m = index.sorted[k]!;
    if (m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}

function covering(index: MentionIndex, t: Token): Mention | null {
  for (let k = Math.max(0, firstAtOrAfter(index.sorted, t.start) - 2); k < index.sorted.length; k++) {
    const m = index.sorted[k]!;
    if (m.start > t.start) break;
    if (m.start <= t.start && m.end >= t.end) return m;
  }
  return null;
}

/** The nearest mention before token t whose type the pronoun may refer to (persons for "he", ...), of the pronoun's gender where both are known. */
function preceding(index: MentionIndex, t: Token): Mention | null {
  const types = PRONOUN_TYPES.get(t.normal) ?? ['PERSON'];
  const gender = pronounGender(t.normal);
  for (let k = firstAtOrAfter(index.sorted, t.start) - 1; k >= 0; k--) {
    const m = index.sorted[k]!;
    if (m.end <= t.start && types.includes(m.type) && (gender === null || (index.genders.get(m.entity) ?? gender) === gender)) return m;
  }
  return null;
}
