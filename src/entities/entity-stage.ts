// The entity stage: every name in the text, typed and coded with the actor it stands for on the
// document's day, grouped into entities; then the pronouns and descriptions that refer to them.
//
//   1. names       knowledge-base names + the recogniser's spans (names.ts); a country or capital
//                  inside a longer name gives way to it, a place glued to a person splits (places.ts)
//   2. actors      known names by their alias; unknown people by a misspelling of a known one, else by
//                  their title or apposition; unknown organisations by the country inside their name
//   3. entities    one cluster per canonical name (outlets of one code stay apart: CNN is not the
//                  Washington Post); a later short mention ("Kulik") joins the full one;
//                  a person's title before the name ("U.S. Secretary of State") is a mention of them
//   4. references  descriptions ("the North Korean leader", "the North") and pronouns (references.ts)
import type { Document, Mention, Sentence, Token } from '../types.js';
import { aliasAt, entityType, insideLongerName, roleAt } from './kb-names.js';
import { misspeltPerson } from './fuzzy.js';
import type { EntityKnowledge } from './knowledge.js';
import { mergeNames, type KnownName, type Namesake, type NameSpan, type RecognisedSpan } from './names.js';
import { readPlaces, splitGluedPlaces, type PlaceContext } from './places.js';
import { findReferences, isHalfReference } from './references.js';
import { SpanIndex, spanIndex } from '../span-index.js';
import { appositionAfter, codeFromWords, titleBefore, titleSpanBefore, type TitleContext } from './titles.js';

export type Recogniser = (text: string, analysis: { sentences: readonly Sentence[]; tokens: readonly Token[] }) => RecognisedSpan[];

export interface EntityResources {
  /** Null when the built-in knowledge base is replaced (--dictionaries): names are then found but not coded. */
  readonly knowledge: EntityKnowledge | null;
  readonly recognise: Recogniser | null;
}

export function findEntities(doc: Document, resources: EntityResources): Mention[] {
  const text = doc.article?.text ?? '';
  const { tokens, sentences } = doc;
  const knowledge = resources.knowledge;
  const at = tokenLocator(tokens, sentences);
  const found: KnownName[] = [];
  if (knowledge) {
    for (const m of knowledge.names.match(text, tokens)) {
      const alias = aliasAt(m.entries, doc.date);
      if (alias && !insideLongerName(text, tokens, at.token(m.start), at.token(m.end), alias)) found.push({ ...m, alias });
    }
  }
  // "the North" is a reference that references.ts resolves, not a name
  const ner = (resources.recognise ? resources.recognise(text, { sentences, tokens }) : []).filter((r) => !isHalfReference(text, r.start, r.end));
  const roles = knowledge ? knowledge.roles.match(text, tokens) : [];
  const placeCtx: PlaceContext = { text, tokens, token: at.token, startsSentence: (i) => at.sentenceOf(i).tokenStart === i, sentence: (o) => at.sentenceOf(at.token(o)).index, isRoleAt: (s) => spanIndex(roles).startingAt(s).length > 0, isRoleEnd: (e) => spanIndex(roles).endingAt(e).length > 0 };
  // places inside longer names ("New Jersey", "Chad Thomas") give way to those names
  const places = readPlaces(placeCtx, found);
  const known = places.known;
  const placeSpans = new SpanIndex(places.spans);
  const recognised = [...places.spans, ...splitGluedPlaces(placeCtx, known, ner.filter((r) => placeSpans.overlapping(r.start, r.end).length === 0))];
  const spans = mergeNames(text, known, recognised, knowledge ? namesakeOf(text, knowledge, roles) : undefined);
  const ctx: TitleContext | null = knowledge ? { text, tokens, names: known, knowledge, roles } : null;

  const named = spans.map((span) => nameMention(span, text, doc.date, ctx, at));
  const clustered = cluster(named);
  if (!ctx) return clustered;
  clustered.push(...clustered.flatMap((m) => titleMention(m, ctx, at) ?? []));
  // at one span a reference read from its context (a shared role) goes before the bare name
  const rank = (m: Mention) => (m.form === 'name' ? 1 : 0);
  return [...clustered, ...findReferences(ctx, clustered, sentences, at)].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
}

/** Words before a surname that are a form of address or a rank, not a first name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'sen', 'gov', 'rep', 'gen', 'col', 'lt', 'sgt', 'prof', 'rev', 'st']);
const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’-]+/u;

/**
 * A recognised person whose last word is a known person's surname is that person only when the
 * first name is one of theirs: "Jeb Bush" and "Hunter Biden" are namesakes; "George W. Bush" and a
 * title before the surname ("Senator Cruz") are not.
 */
function namesakeOf(text: string, knowledge: EntityKnowledge, roles: readonly { start: number; end: number }[]): Namesake {
  return (surname, start) => {
    const person = knowledge.people.get(surname.alias.canonical);
    const first = GIVEN_NAME.exec(text.slice(start, surname.start))?.[0];
    if (!person || !first || HONORIFICS.has(first.toLowerCase()) || spanIndex(roles).startingAt(start).length > 0) return false;
    return ![person.name, ...person.aliases].some((n) => n.startsWith(`${first} `));
  };
}

export interface TokenLocator {
  /** Index of the token that starts at or after `offset`. */
  token(offset: number): number;
  sentenceOf(tokenIndex: number): Sentence;
}

function tokenLocator(tokens: readonly Token[], sentences: readonly Sentence[]): TokenLocator {
  const firstAtOrAfter = <T>(list: readonly T[], key: (x: T) => number, value: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]!) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    token: (offset) => firstAtOrAfter(tokens, (t) => t.start, offset),
    sentenceOf: (i) => sentences[Math.max(0, firstAtOrAfter(sentences, (s) => s.tokenEnd, i + 1))] ?? sentences[sentences.length - 1]!,
  };
}

type Draft = Omit<Mention, 'entity'>;

function nameMention(span: NameSpan, text: string, day: string | null, ctx: TitleContext | null, at: TokenLocator): Draft {
  const written = text.slice(span.start, span.end);
  if (span.source === 'kb') {
    const a = span.known.alias;
    return {
      start: span.start,
      end: span.end,
      text: written,
      type: entityType(a),
      // a place that is no actor (a US state) is named, never coded
      actor: a.kind === 'place' ? null : a.code,
      name: a.canonical,
      form: 'name',
      provenance: { rule: `kb/${a.kind}`, entry: { text: a.text, file: a.file, line: a.line }, confidence: 0.95 },
    };
  }
  const r = span.recognised;
  const base: Draft = { start: r.start, end: r.end, text: written, type: r.type, actor: null, name: written, form: 'name', provenance: { rule: r.rule, confidence: r.confidence } };
  if (!ctx) return base;
  const first = at.token(r.start);
  const last = at.token(r.end); // the first token after the name
  const sentence = at.sentenceOf(first);
  // a near-spelling of a known person's full name is that person, whatever type the recogniser gave
  const person = misspeltPerson(written, ctx.knowledge);
  if (person) {
    const role = roleAt(person.roles, day);
    return { ...base, type: 'PERSON', actor: role?.code ?? null, name: person.name, provenance: { rule: 'actor/misspelt-known-person', entry: { text: person.name, file: person.file, line: person.line }, confidence: 0.8 } };
  }
  // a name right after a person's title is that person, whatever the recogniser thought it was
  const title = titleBefore(ctx, first, sentence.tokenStart);
  if (title?.personal) return { ...base, type: 'PERSON', actor: title.code, provenance: { rule: title.rule, confidence: 0.75 } };
  if (r.type === 'PERSON') {
    const apposition = title ?? appositionAfter(ctx, last, sentence.tokenEnd);
    if (apposition) return { ...base, actor: apposition.code, provenance: { rule: apposition.rule, confidence: 0.75 } };
    return base;
  }
  if (r.type === 'ORG') {
    const owned = codeFromWords(ctx, first, last, 'actor/organisation-owner');
    if (owned) return { ...base, actor: owned.code, provenance: { rule: owned.rule, confidence: 0.7 } };
  }
  return base;
}

/**
 * The title before a coded person's name, as a mention of that person with the person's code: the
 * coder then reads "U.S. Secretary of State Antony Blinken" as one actor, not "U.S." (the country)
 * followed by a second noun phrase after "of".
 */
function titleMention(person: Mention, ctx: TitleContext, at: TokenLocator): Mention | null {
  if (person.type !== 'PERSON' || person.form !== 'name' || person.actor === null) return null;
  const first = at.token(person.start);
  const span = titleSpanBefore(ctx, first, at.sentenceOf(first).tokenStart);
  if (!span) return null;
  return { ...span, text: ctx.text.slice(span.start, span.end), type: 'PERSON', entity: person.entity, actor: person.actor, name: person.name, form: 'title', provenance: { rule: 'actor/title-of-person', confidence: 0.8 } };
}

/** A capitalised pronoun read as a name is never a short mention ("He" is not Liu He). */
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'him']);

/**
 * Entities: mentions with the same canonical name are one entity; an unknown single word that is
 * the first or last word of an earlier person's name joins that person ("Kulik", "Putin").
 */
function cluster(drafts: readonly Draft[]): Mention[] {
  const ids = new Map<string, Mention>();
  // the last person of several words whose first or last word is the key, and the last with an actor
  const lastPerson = new Map<string, Mention>();
  const lastCodedPerson = new Map<string, Mention>();
  const out: Mention[] = [];
  for (const d of drafts) {
    let mention: Mention | null = null;
    // a known surname ("Clinton") joins only a known person named before: an unknown namesake ("Hunter Biden") is not them
    const known = d.provenance.rule === 'kb/person';
    if (!d.text.includes(' ') && !PRONOUN_WORDS.has(d.text.toLowerCase()) && (d.type === 'PERSON' || d.actor === null)) {
      const full = (known ? lastCodedPerson : lastPerson).get(d.text);
      if (full) mention = { ...d, type: 'PERSON', actor: d.actor ?? full.actor, name: full.name, entity: full.entity, provenance: d.actor ? d.provenance : { rule: 'actor/short-mention', confidence: 0.8 } };
    }
    if (!mention) {
      const key = `${d.type === 'NORP' ? 'GPE' : d.type}:${d.name}`;
      const first = ids.get(key);
      // a repeated name is the same entity with the same actor, however it was coded the first time
      mention = first ? { ...d, entity: first.entity, actor: d.actor ?? first.actor } : { ...d, entity: ids.size };
      if (!first) ids.set(key, mention);
    }
    if (mention.type === 'PERSON') {
      const words = mention.name.split(' ');
      if (words.length > 1) {
        for (const key of new Set([words[0]!, words[words.length - 1]!])) {
          lastPerson.set(key, mention);
          if (mention.actor !== null) lastCodedPerson.set(key, mention);
        }
      }
    }
    out.push(mention);
  }
  return out;
}
