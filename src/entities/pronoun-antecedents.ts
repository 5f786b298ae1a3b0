// Which person "he" or "she" stands for. The nearest person named before is right most of the time,
// but news puts two kinds of mention between a speaker and the pronoun that reports his words:
//
// - quoted words: in "'Rubio is very weak,' he said" Rubio is whom the speaker talks about, not the
//   speaker; a pronoun outside quotation marks never refers to a person named only inside them;
// - objects: in "Trump said he likes Cruz ..., and he added" the second "he" continues the subject of
//   the sentence, not its object. A pronoun that is the subject of a verb takes the last person who was
//   a subject (a name or pronoun right before a verb, or a name opening its sentence); one that is not
//   takes the nearest person, as before.
//
// Resolved subject pronouns join the chain, so a story that names its protagonist once and then says
// "he" for paragraphs keeps him as the one who speaks. A person once called "she" is not taken by a
// "he" after (nor the other way round): the chain must not carry a lawyer's "she said" over to the
// "he" of her client.
import type { Mention, Sentence, Span, Token } from '../types.js';
import { findMarks, pairMarks } from '../quotes/marks.js';
import { firstAtOrAfter, SpanIndex } from '../span-index.js';
import type { Gender } from './gender.js';

/** Words that may stand between a subject and its verb ("he also said", "Trump then added"). */
const BETWEEN = new Set(['ADV', 'PART']);
const VERBAL = new Set(['VERB', 'AUX']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself']);

export interface Antecedent {
  readonly mention: Mention;
  /** The pronoun took the last subject over a nearer person. */
  readonly bySubject: boolean;
  /** The nearer person stood in the apposition of the person taken. */
  readonly byApposition?: boolean;
}

/** The stretches of the text inside quotation marks. */
export function quotedStretches(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): SpanIndex<Span> {
  const paragraphOf = new Int32Array(tokens.length);
  for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd && i < tokens.length; i++) paragraphOf[i] = s.paragraph;
  const pieces = pairMarks(text, tokens, findMarks(tokens), paragraphOf);
  return new SpanIndex(pieces.map((p) => ({ start: p.start, end: p.end })));
}

const MISREAD = new Set(['NOUN', 'ADJ']);
/** A past tense as the tagger may misread it: "-ed", not "-eed" ("greed", "speed"). */
const PAST_TENSE = /^[a-z]{2,}[^e]ed$/;

/**
 * A past tense the tagger read as a noun or adjective ("The military accused", "rebels abducted"):
 * asked only of a word right after a noun phrase, where a participle cannot modify a noun after it.
 */
export function misreadPastTense(t: Token): boolean {
  return MISREAD.has(t.pos) && PAST_TENSE.test(t.normal);
}

/** The possessive ending, which the tagger reads as a particle: "Carlineo's sentencing" is no clause. */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * The token after `i` past adverbs and particles is a verb: "he said", "Trump also told". Not past a
 * possessive ending: in "during Carlineo's sentencing" Carlineo is no subject of "sentencing".
 */
export function beforeVerb(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && BETWEEN.has(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'PART' && POSSESSIVE.has(tokens[k]!.normal)) return false;
    k++;
  }
  const t = tokens[k];
  return t !== undefined && (VERBAL.has(t.pos) || misreadPastTense(t));
}

/** How many words an apposition set off between commas may have. */
const MAX_APPOSITION = 12;
const CLAUSE = new Set(['VERB', 'AUX', 'PRON', 'SCONJ']);

/**
 * The token after an apposition set off between commas right after token `i - 1` ("Ana Lobo, the
 * company's lawyer, told ..."), or -1 when none: the apposition holds no verb, pronoun or
 * subordinating word and ends in a common noun, so that a list of names ("Lobo, Cruz, and Diaz
 * said") is none.
 */
export function pastApposition(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.normal !== ',') return -1;
  for (let k = i + 1; k < tokens.length && k <= i + MAX_APPOSITION; k++) {
    const t = tokens[k]!;
    if (t.normal === ',') return k > i + 1 && tokens[k - 1]!.pos === 'NOUN' ? k + 1 : -1;
    if (CLAUSE.has(t.pos) || t.pos === 'PUNCT') return -1;
  }
  return -1;
}

const GOVERNING = new Set(['VERB', 'AUX', 'ADP']);

/**
 * Token i follows a verb or preposition: a description there is the subject of a clause inside
 * another's ("Trump called for the president to resign"), whom English never names by a description
 * when it is the main subject himself.
 */
function afterVerbOrPreposition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && GOVERNING.has(before.pos);
}

export class PersonChain {
  /** People named, described and referred to so far, by start. */
  private readonly people: Mention[];
  private readonly subjects = new Set<Mention>();
  /** The appositions of subjects ("Ana Lobo, Diaz's lawyer, said"): a person named in one is not who a later pronoun means. */
  private readonly appositions: (Span & { readonly subject: Mention })[] = [];
  /** Entities whose gender is known, from their names or from a pronoun that referred to them so far. */
  private readonly feminine = new Map<number, boolean>();

  constructor(
    people: readonly Mention[],
    private readonly tokens: readonly Token[],
    private readonly tokenAt: (offset: number) => number,
    opensSentence: (tokenIndex: number) => boolean,
    private readonly quoted: SpanIndex<Span>,
    genders: ReadonlyMap<number, Gender> = new Map(),
  ) {
    this.people = [...people].sort((a, b) => a.start - b.start);
    for (const [entity, g] of genders) this.feminine.set(entity, g === 'f');
    for (const m of this.people) {
      const first = tokenAt(m.start);
      const after = tokenAt(m.end);
      const past = pastApposition(tokens, after);
      const apposed = beforeVerb(tokens, past);
      if (apposed) this.appositions.push({ start: tokens[after]!.end, end: tokens[past - 1]!.start, subject: m });
      if (beforeVerb(tokens, after) || opensSentence(first) || apposed) this.subjects.add(m);
    }
  }

  /** Whether each person met so far stands inside quotation marks, asked once per mention. */
  private readonly quotedPeople = new Map<Mention, boolean>();

  private isQuoted(s: Span): boolean {
    return this.quoted.covering(s.start, s.end).length > 0;
  }

  private quotedPerson(m: Mention): boolean {
    let q = this.quotedPeople.get(m);
    if (q === undefined) this.quotedPeople.set(m, (q = this.isQuoted(m)));
    return q;
  }

  /** The person the pronoun token `i` stands for, among those starting at or after `reach`. */
  resolve(i: number, reach: number): Antecedent | null {
    return this.before(this.tokens[i]!, reach, beforeVerb(this.tokens, i + 1), FEMININE.has(this.tokens[i]!.normal));
  }

  /**
   * The person an uncoded description of one stands for, when it is the subject of a verb outside
   * quotes ("the former governor said"): the last subject, of either gender. As an object ("he
   * called the businessman unhinged") it is too often someone not named before.
   */
  describedBy(span: Span, reach: number): Antecedent | null {
    if (this.isQuoted(span) || !beforeVerb(this.tokens, this.tokenAt(span.end)) || afterVerbOrPreposition(this.tokens, this.tokenAt(span.start))) return null;
    return this.before(span, reach, true, null);
  }

  private before(t: Span, reach: number, asSubject: boolean, feminine: boolean | null): Antecedent | null {
    const outside = !this.isQuoted(t);
    // inside a quote the speaker talks of others: "So Donald ... is great, but he's ..." is Donald
    const subject = outside && asSubject;
    let nearest: Mention | null = null;
    for (let k = firstAtOrAfter(this.people, t.start) - 1; k >= 0; k--) {
      const m = this.people[k]!;
      if (m.start < reach) break;
      if (m.end > t.start || (outside && this.quotedPerson(m)) || (feminine !== null && (this.feminine.get(m.entity) ?? feminine) !== feminine)) continue;
      if (!nearest) {
        // in "Ana Lobo, Diaz's lawyer, said her client ...", "her" is the subject's, not Diaz's
        const owner = outside ? this.appositions.find((a) => a.start <= m.start && m.end <= a.end && a.end <= t.start)?.subject : undefined;
        if (owner && (feminine === null || (this.feminine.get(owner.entity) ?? feminine) === feminine)) return { mention: owner, bySubject: false, byApposition: true };
        nearest = m;
      }
      if (!subject) break;
      if (this.subjects.has(m)) return { mention: m, bySubject: m !== nearest };
    }
    return nearest ? { mention: nearest, bySubject: false } : null;
  }

  /**
   * A resolved pronoun or description joins the chain; as a subject it may be taken by the pronouns
   * after it. A pronoun tells its person's gender.
   */
  add(reference: Mention): void {
    const first = this.tokenAt(reference.start);
    const word = this.tokens[first]!;
    if (reference.form === 'pronoun') this.feminine.set(reference.entity, FEMININE.has(word.normal));
    this.people.splice(firstAtOrAfter(this.people, reference.start), 0, reference);
    if (beforeVerb(this.tokens, this.tokenAt(reference.end))) this.subjects.add(reference);
  }
}
