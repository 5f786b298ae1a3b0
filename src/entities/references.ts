// Words that refer to actors without naming them: descriptions ("the North Korean leader",
// "Russian diplomats", "the North") and personal pronouns ("He", "his message"). A definite
// description of one person joins the person named earlier with the same actor code; a pronoun joins
// the nearest person mentioned before it.
import type { Mention, Sentence, Span } from '../types.js';
import type { TokenLocator } from './entity-stage.js';
import { firstAtOrAfter, SpanIndex } from '../span-index.js';
import { aideTo, codeFromWords, countryOfAfter, isPersonal, phraseBefore, type TitleContext } from './titles.js';
import { PersonChain, quotedStretches } from './pronoun-antecedents.js';
import { entityGenders } from './gender.js';
import { bereavedCode, isRelative } from './bereaved.js';
import { itForPreviousSubject, ROLE_OF_PREVIOUS_SUBJECT, roleOfPreviousSubject } from './previous-subject.js';

/** Relatives coded from the story's country, not from the words: less sure than a description with its country. */
const BEREAVED_CONFIDENCE = 0.6;
const PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
/**
 * "it" stands for a country or body only as the subject of a verb ("Iran said it was ready"); "its"
 * always may. Not before a modal: "warned that it could impose sanctions" is a threat, and giving the
 * hypothetical clause an actor would code the sanctions as done.
 */
const IT_SUBJECT = new Set(['it']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'can', 'should', 'must', "'d", "'ll"]);
const ITS = new Set(['its', 'itself']);
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV']);
/** "they" as a subject, like "it"; "their", "them" always. */
const THEY_SUBJECT = new Set(['they']);
const THEIR = new Set(['their', 'theirs', 'them', 'themselves']);
/** How far back a plural pronoun looks for its group, in sentences (the same one and the one before). */
const GROUP_REACH = 1;
/** How far back a pronoun looks for its person, in sentences. */
const PRONOUN_REACH = 4;
const HALVES = new Set(['north', 'south']);
const HALF_LENGTHS = new Set([...HALVES].map((h) => h.length));

/** "the North", "the South" (capitalised, after "the"): a reference to a country named before, not a name. */
export function isHalfReference(text: string, start: number, end: number): boolean {
  // asked of every token: no string is made for one of another length
  if (!HALF_LENGTHS.has(end - start)) return false;
  return HALVES.has(text.slice(start, end).toLowerCase()) && /^[A-Z]/.test(text[start] ?? '') && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
}

export function findReferences(ctx: TitleContext, names: readonly Mention[], sentences: readonly Sentence[], at: TokenLocator): Mention[] {
  const named = new SpanIndex(names);
  const taken = (start: number, end: number) => named.overlapping(start, end).length > 0;
  let nextEntity = Math.max(-1, ...names.map((m) => m.entity)) + 1;
  const found: Mention[] = [];
  // the people named, by actor code, each list by start
  const peopleByActor = new Map<string | null, Mention[]>();
  for (const m of names) {
    if (m.type !== 'PERSON') continue;
    const list = peopleByActor.get(m.actor);
    if (list) list.push(m);
    else peopleByActor.set(m.actor, [m]);
  }
  for (const list of peopleByActor.values()) list.sort((a, b) => a.start - b.start);

  const descriptions = new DescriptionsByEnding();
  const quoted = quotedStretches(ctx.text, ctx.tokens, sentences);
  const sortedNames = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const previous = { text: ctx.text, tokens: ctx.tokens, sentences, tokenAt: (offset: number) => at.token(offset), quoted };
  // descriptions of one person that no code could be given, by first token: resolved with the pronouns
  const uncoded = new Map<number, Span & { readonly agent: string | null }>();
  for (const role of ctx.roles) {
    if (taken(role.start, role.end)) continue;
    const head = at.token(role.start);
    const after = at.token(role.end);
    const nextToken = ctx.tokens[after];
    // a title right before a name is part of that name's coding, not a reference of its own
    if (nextToken && named.startingAt(nextToken.start).length > 0) continue;
    const sentence = at.sentenceOf(head);
    const { start, determiner } = phraseBefore(ctx, head, sentence.tokenStart);
    // "the government of Rwanda": the country after "of" owns the role
    const ofCountry = countryOfAfter(ctx, after);
    const span = { start: ctx.tokens[start]!.start, end: ofCountry === null ? role.end : ctx.tokens[ofCountry - 1]!.end };
    const headWord = ctx.text.slice(role.start, role.end).toLowerCase();
    // "the sister of a victim", "families of those killed": relatives of the dead, the story's civilians
    // "an aide to Senator Ana Lobo": the staff of a coded person, in the person's branch
    const aide = aideTo(ctx, after);
    const described = aide ? { code: aide.code, span: { start: span.start, end: aide.end }, rule: 'actor/aide-to', personal: true } : codeFromWords(ctx, start, ofCountry ?? after, 'actor/description');
    if (aide) span.end = aide.end;
    const bereaved = described ? null : bereavedCode(ctx, role.entries[0]!, start, after, 'actor/bereaved');
    const code = described ?? bereaved;
    // the words of the loss are part of the description: "killed" in "families of those killed" is no act of theirs
    if (bereaved) span.end = bereaved.span.end;
    if (!code) {
      // "the Korean official" after "the Japanese official" is someone else: a nationality of its own
      // that codes nothing (ambiguous or unknown) says it refers to no one before; a place does not
      // ("the former Florida governor" is the one named before)
      const ownNationality = named.inside(span.start, role.start).some((m) => m.actor === null && m.type === 'NORP');
      if (determiner !== 'the' || ownNationality) continue;
      // "the envoys" again after "Moon Jae-in's envoys": the same group
      // (not "the senator's daughter" after "the daughter of a victim": a relative of someone named is another)
      const earlier = isRelative(role.entries[0]!) && /['’]s\b/.test(ctx.text.slice(span.start, role.start)) ? undefined : descriptions.last(headWord);
      if (earlier) descriptions.push(found, { ...earlier, ...span, text: ctx.text.slice(span.start, span.end), provenance: { rule: 'reference/repeated-description', confidence: 0.7 } });
      // a relative ("the father") is someone's, seldom the person named before nor a role of a country
      else if (isRelative(role.entries[0]!)) continue;
      // "the former governor said", owned by no coded country: someone the story named before
      else if (isPersonal(role.entries[0]!, ctx.text.slice(role.start, role.end))) uncoded.set(start, { ...span, agent: role.entries[0]!.role.suffix ? role.entries[0]!.role.code : null });
      else {
        // "Iran rejected the report. The government accused ...": the role of the country just named
        const carried = roleOfPreviousSubject(previous, start, after, role.entries[0]!.role, [sortedNames, found]);
        const text = ctx.text.slice(span.start, span.end);
        if (carried) descriptions.push(found, { ...span, text, type: 'ORG', entity: nextEntity++, actor: carried, name: text, form: 'description', provenance: { rule: ROLE_OF_PREVIOUS_SUBJECT, confidence: 0.5 } });
      }
      continue;
    }
    const person = code.personal === true && determiner !== null;
    const antecedent = determiner === 'the' && person && code.rule !== 'actor/bereaved' ? lastBefore(peopleByActor.get(code.code), span.start, () => true) : undefined;
    const text = ctx.text.slice(span.start, span.end);
    descriptions.push(found, {
      ...span,
      text,
      type: person ? 'PERSON' : 'ORG',
      entity: antecedent?.entity ?? nextEntity++,
      actor: code.code,
      name: antecedent?.name ?? text,
      form: 'description',
      provenance: { rule: antecedent ? 'reference/definite-description' : code.rule, confidence: antecedent ? 0.75 : code.rule === 'actor/bereaved' ? BEREAVED_CONFIDENCE : 0.7 },
    });
  }

  found.push(...sharedRoles(ctx, named, found, at));

  ctx.tokens.forEach((t) => {
    if (!isHalfReference(ctx.text, t.start, t.end) || taken(t.start, t.end)) return;
    const half = t.normal === 'north' ? 'North ' : 'South ';
    const country = [...names].reverse().find((m) => m.start < t.start && (m.type === 'GPE' || m.type === 'NORP') && m.name.startsWith(half));
    if (!country?.actor) return;
    found.push({
      start: t.start,
      end: t.end,
      text: ctx.text.slice(t.start, t.end),
      type: 'GPE',
      entity: country.entity,
      actor: country.actor.slice(0, 3),
      name: country.name,
      form: 'description',
      provenance: { rule: 'reference/the-north-south', confidence: 0.8 },
    });
  });

  const people = [...names, ...found].filter((m) => m.type === 'PERSON');
  const opensSentence = (i: number) => at.sentenceOf(i).tokenStart === i;
  const genders = entityGenders(ctx.text, names, ctx.knowledge.genderWords);
  const chain = new PersonChain(people, ctx.tokens, (offset) => at.token(offset), opensSentence, quoted, genders);
  ctx.tokens.forEach((t, i) => {
    const described = uncoded.get(i);
    if (!described && (!PRONOUNS.has(t.normal) || (t.pos !== 'PRON' && t.pos !== 'DET'))) return;
    const sentence = at.sentenceOf(i);
    const reach = sentences[Math.max(0, sentence.index - PRONOUN_REACH)]!.start;
    if (described) {
      const person = chain.describedBy(described, reach)?.mention ?? officeholderBefore(sortedNames, described, reach);
      if (!person) return;
      const text = ctx.text.slice(described.start, described.end);
      const mention: Mention = { ...described, text, type: 'PERSON', entity: person.entity, actor: person.actor, name: person.name, form: 'description', provenance: { rule: 'reference/uncoded-description', confidence: 0.55 } };
      found.push(mention);
      chain.add(mention);
      return;
    }
    const resolved = chain.resolve(i, reach);
    if (!resolved) return;
    const antecedent = resolved.mention;
    const pronoun: Mention = {
      start: t.start,
      end: t.end,
      text: ctx.text.slice(t.start, t.end),
      type: 'PERSON',
      entity: antecedent.entity,
      actor: antecedent.actor,
      name: antecedent.name,
      form: 'pronoun',
      provenance: { rule: resolved.byApposition ? 'reference/pronoun-apposed-subject' : resolved.bySubject ? 'reference/pronoun-last-subject' : 'reference/pronoun-nearest-person', confidence: 0.6 },
    };
    found.push(pronoun);
    chain.add(pronoun);
  });

  // "It accused ..." opening a sentence: the body the sentence before was about, before "its" looks for a body
  found.push(...itForPreviousSubject(previous, [...names, ...found]));
  // "it" and "its" for the nearest country or body with an actor in the same sentence
  const bodies = [...names, ...found].filter((m) => (m.type === 'GPE' || m.type === 'ORG') && m.actor).sort((a, b) => a.start - b.start);
  // "they" and "their" for the nearest group described in the plural ("the envoys", "Russian diplomats")
  const groups = found.filter((m) => m.form === 'description' && m.actor && isPlural(ctx, at, m)).sort((a, b) => a.start - b.start);
  const pronouns = [
    { subjects: IT_SUBJECT, always: ITS, candidates: bodies, reach: 0, rule: 'reference/it-nearest-body' },
    { subjects: THEY_SUBJECT, always: THEIR, candidates: groups, reach: GROUP_REACH, rule: 'reference/they-nearest-group' },
  ];
  ctx.tokens.forEach((t, i) => {
    // most tokens are none of these pronouns: asked first, with no array or closure made for them
    if (!IT_SUBJECT.has(t.normal) && !ITS.has(t.normal) && !THEY_SUBJECT.has(t.normal) && !THEIR.has(t.normal)) return;
    // "it also said", "they later criticised": adverbs may stand between the subject and its verb
    let k = i + 1;
    while (ctx.tokens[k] && BETWEEN_SUBJECT_AND_VERB.has(ctx.tokens[k]!.pos)) k++;
    const next = ctx.tokens[k];
    const asSubject = next !== undefined && ['VERB', 'AUX'].includes(next.pos) && !MODALS.has(next.normal);
    const kind = pronouns.find((p) => (asSubject && p.subjects.has(t.normal)) || p.always.has(t.normal));
    if (!kind) return;
    const sentence = at.sentenceOf(i);
    const reach = sentences[Math.max(0, sentence.index - kind.reach)]!.start;
    const antecedent = lastBefore(kind.candidates, t.start, (m) => m.end <= t.start && m.start >= reach, reach);
    if (!antecedent) return;
    found.push({ start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end), type: antecedent.type, entity: antecedent.entity, actor: antecedent.actor, name: antecedent.name, form: 'pronoun', provenance: { rule: kind.rule, confidence: 0.55 } });
  });
  ownedRoles(ctx, found, at, () => nextEntity++);
  return found;
}

/**
 * The last person named before an uncoded description of an office, in reach, who holds that kind
 * of office: "the president" after "President Obama's remarks" is Obama, whoever the sentence's
 * subject is.
 */
function officeholderBefore(sortedNames: readonly Mention[], described: Span & { readonly agent: string | null }, reach: number): Mention | undefined {
  if (!described.agent) return undefined;
  return lastBefore(sortedNames, described.start, (m) => m.type === 'PERSON' && m.end <= described.start && m.actor?.slice(3) === described.agent, reach);
}

/** Characters of a description's end that its bucket goes by. */
const ENDING = 4;

/**
 * The descriptions found so far, by the last characters of their text: "the envoys" looks for the
 * last earlier description that ends in "envoys" among those that end in "voys", not among all.
 */
class DescriptionsByEnding {
  private readonly buckets = new Map<string, Mention[]>();
  private readonly all: Mention[] = [];

  push(found: Mention[], m: Mention): void {
    found.push(m);
    if (m.form !== 'description') return;
    const text = m.text.toLowerCase();
    const key = text.slice(-ENDING);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(m);
    else this.buckets.set(key, [m]);
    this.all.push(m);
  }

  /** The last description whose text ends with `word` (lower case). */
  last(word: string): Mention | undefined {
    const candidates = word.length >= ENDING ? (this.buckets.get(word.slice(-ENDING)) ?? []) : this.all;
    return candidates.findLast((d) => d.text.toLowerCase().endsWith(word));
  }
}

/**
 * The last mention in `sorted` (by start) that starts before `position` and passes `test`; with a
 * `floor`, the walk back stops at mentions that start before it (none of them can pass).
 */
function lastBefore(sorted: readonly Mention[] | undefined, position: number, test: (m: Mention) => boolean, floor = -Infinity): Mention | undefined {
  if (!sorted) return undefined;
  for (let i = firstAtOrAfter(sorted, position) - 1; i >= 0 && sorted[i]!.start >= floor; i--) if (test(sorted[i]!)) return sorted[i];
  return undefined;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** Sectors whose code is the body itself (IGOUNO): its role joins the whole code, not a country. */
const SECTORS = new Set(['IGO', 'NGO', 'MNC']);

/**
 * "its army", "his government", "their troops": a role word owned by a resolved possessive pronoun
 * is that actor's country in that role. The description takes the pronoun's place in `found`.
 */
function ownedRoles(ctx: TitleContext, found: Mention[], at: TokenLocator, newEntity: () => number): void {
  const descriptions = new SpanIndex(found.filter((m) => m.form === 'description'));
  const made: Mention[] = [];
  // the first resolved pronoun at each start, by its place in `found`
  const pronouns = new Map<number, number>();
  found.forEach((m, k) => {
    if (m.form === 'pronoun' && m.actor && !pronouns.has(m.start)) pronouns.set(m.start, k);
  });
  for (const role of ctx.roles) {
    if (descriptions.overlapping(role.start, role.end).length > 0 || made.some((m) => m.start < role.end && role.start < m.end)) continue;
    let i = at.token(role.start) - 1;
    while (ctx.tokens[i]?.pos === 'ADJ') i--;
    const pronoun = ctx.tokens[i];
    if (!pronoun || !POSSESSIVE_PRONOUNS.has(pronoun.normal)) continue;
    const k = pronouns.get(pronoun.start);
    const owner = k === undefined ? undefined : found[k];
    if (k === undefined || !owner?.actor) continue;
    const word = role.entries[0]!.role;
    // "her son" is a relative of hers, in no role of her country's
    if (isRelative(role.entries[0]!)) continue;
    const base = SECTORS.has(owner.actor.slice(0, 3)) ? owner.actor : owner.actor.slice(0, 3);
    const text = ctx.text.slice(owner.start, role.end);
    found[k] = { start: owner.start, end: role.end, text, type: 'ORG', entity: newEntity(), actor: word.suffix ? base + word.code : word.code, name: text, form: 'description', provenance: { rule: 'reference/owned-role', confidence: 0.6 } };
    made.push(found[k]);
    pronouns.delete(pronoun.start);
  }
}

/** A mention whose last word is a plural noun (its lemma is not the word as written). */
function isPlural(ctx: TitleContext, at: TokenLocator, m: Mention): boolean {
  const last = ctx.tokens[at.token(m.end) - 1];
  return last !== undefined && last.pos === 'NOUN' && last.lemma !== last.normal;
}

/**
 * A role shared by coordinated owners: in "his South Korean and U.S. counterparts" the South Korean
 * counterpart is KORGOV as the U.S. one is USAGOV. Each country adjective or name joined by "and" or
 * a comma to the owner of a description gets a description of its own with the same role.
 */
function sharedRoles(ctx: TitleContext, named: SpanIndex<Mention>, descriptions: readonly Mention[], at: TokenLocator): Mention[] {
  const shared: Mention[] = [];
  for (const d of descriptions) {
    const role = d.actor && d.actor.length > 3 ? d.actor.slice(3) : null;
    if (!role || d.provenance.rule !== 'actor/description') continue;
    let i = at.token(d.start) - 1;
    while (ctx.tokens[i] && (ctx.tokens[i]!.normal === 'and' || ctx.tokens[i]!.normal === ',')) {
      const before = ctx.tokens[i - 1];
      const owner = before && named.endingAt(before.end).find((m) => (m.type === 'NORP' || m.type === 'GPE') && m.actor?.length === 3);
      if (!owner) break;
      const head = d.text.split(' ').pop() ?? '';
      shared.push({ ...owner, actor: owner.actor + role, form: 'description', name: `${owner.text} ${head}`, entity: d.entity, provenance: { rule: 'reference/shared-role', confidence: 0.7 } });
      i = at.token(owner.start) - 1;
    }
  }
  return shared;
}
