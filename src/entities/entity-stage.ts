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
import type { AliasKind } from '../kb/types.js';
import type { Document, Mention, Sentence, Span, Token } from '../types.js';
import { aliasAt, entityType, insideLongerName, roleAt } from './kb-names.js';
import { agencyReading } from './abbreviations.js';
import { capitalAsPlace } from './capitals.js';
import { creditSpans, inCredit } from './credits.js';
import { misspeltPerson } from './fuzzy.js';
import type { EntityKnowledge } from './knowledge.js';
import { mergeNames, splitAtDashes, type KnownName, type NameSpan, type RecognisedSpan } from './names.js';
import { NAMESAKE_RULE, namesakeOf, readNamesakes } from './namesakes.js';
import { readPlaces, splitGluedPlaces, type PlaceContext } from './places.js';
import { bareBody, countryCounts, homeCountry, type CountryCounts } from './home-country.js';
import { LEGISLATOR, partyTags, TAGGED_COUNTRY, taggedLegislator } from './party-tags.js';
import { findReferences, isHalfReference } from './references.js';
import { SpanIndex, spanIndex } from '../span-index.js';
import { lostRelativeAfter } from './bereaved.js';
import { appositionAfter, appositionBefore, codeFromWords, titleBefore, titleBranchBefore, titleSpanBefore, type TitleContext } from './titles.js';

export type Recogniser = (text: string, analysis: { sentences: readonly Sentence[]; tokens: readonly Token[] }) => RecognisedSpan[];

export interface EntityResources {
  /** Null when the built-in knowledge base is replaced (--dictionaries): names are then found but not coded. */
  readonly knowledge: EntityKnowledge | null;
  readonly recognise: Recogniser | null;
}

export interface FoundEntities {
  readonly mentions: Mention[];
  /** The country the document is about (home-country.ts), or null when no country stands out. */
  readonly home: string | null;
}

export function findEntities(doc: Document, resources: EntityResources): FoundEntities {
  const text = doc.article?.text ?? '';
  const { tokens, sentences } = doc;
  const knowledge = resources.knowledge;
  const at = tokenLocator(tokens, sentences);
  const found: KnownName[] = [];
  if (knowledge) {
    for (const m of knowledge.names.match(text, tokens)) {
      const dated = aliasAt(m.entries, doc.date);
      if (!dated || insideLongerName(text, tokens, at.token(m.start), at.token(m.end), dated.alias)) continue;
      // "PTI reported": the agency that shares the party's initials
      const agency = agencyReading(text, { ...m, ...dated }, knowledge.agencies);
      found.push({ ...m, ...dated, ...(agency ? { alias: agency } : {}) });
    }
  }
  // "the North" is a reference that references.ts resolves, not a name
  // "(R-Ky.)" after a legislator's name is no name, whatever the recogniser read in it
  const tags = partyTags(text);
  const inTag = (r: RecognisedSpan) => tags.some((t) => r.start >= t.start && r.end <= t.end);
  const ner = (resources.recognise ? resources.recognise(text, { sentences, tokens }) : []).flatMap((r) => splitAtDashes(text, r)).filter((r) => !isHalfReference(text, r.start, r.end) && !inTag(r));
  const roles = knowledge ? knowledge.roles.match(text, tokens) : [];
  const placeCtx: PlaceContext = {
    text,
    tokens,
    token: at.token,
    startsSentence: (i) => at.sentenceOf(i).tokenStart === i,
    sentence: (o) => at.sentenceOf(at.token(o)).index,
    isRoleAt: (s) => spanIndex(roles).startingAt(s).length > 0,
    isRoleEnd: (e) => spanIndex(roles).endingAt(e).length > 0,
  };
  // places inside longer names ("New Jersey", "Chad Thomas") give way to those names
  const places = readPlaces(placeCtx, found);
  // "Jonathan P. Blair" is no Tony Blair, though the recogniser may have read only "Jonathan"
  const namesakes = knowledge ? readNamesakes(placeCtx, knowledge, places.known) : { known: places.known, spans: [] };
  const known = namesakes.known;
  const longer = [...places.spans, ...namesakes.spans];
  const longerSpans = new SpanIndex(longer);
  const recognised = [
    ...longer,
    ...splitGluedPlaces(
      placeCtx,
      known,
      ner.filter((r) => longerSpans.overlapping(r.start, r.end).length === 0),
    ),
  ];
  const spans = mergeNames(text, known, recognised, knowledge ? namesakeOf(text, knowledge, roles) : undefined);
  const ctx: TitleContext | null = knowledge ? { text, tokens, names: known, knowledge, roles } : null;

  // credits and photo lines name no actor ("Photo: Reuters/Hugo Chavez", "(PTI)")
  const credits = creditSpans(text);
  // the country the document is about, for names that leave theirs unsaid (home-country.ts)
  const counts = knowledge ? countryCounts(known, knowledge.countries) : new Map<string, number>();
  const home: Home = { counts, tags, ctx: ctx && { ...ctx, home: homeCountry(counts) } };
  const named = spans
    .map((span) => nameMention(span, text, doc.date, home, at))
    .map((d) => {
      const agency = d.provenance.rule === 'kb/agency';
      return d.actor && inCredit(text, credits, d.start, d.end, agency) ? { ...d, actor: null, provenance: { ...d.provenance, rule: 'entities/credit' } } : d;
    });
  const clustered = cluster(named);
  if (!ctx) return { mentions: clustered, home: null };
  clustered.push(...clustered.flatMap((m) => titleMention(m, ctx, at) ?? []));
  // at one span a reference read from its context (a shared role) goes before the bare name
  const rank = (m: Mention) => (m.form === 'name' ? 1 : 0);
  const mentions = [...clustered, ...findReferences({ ...ctx, streetHome: home.ctx?.home ?? null }, clustered, sentences, at)].sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
  return { mentions, home: home.ctx?.home ?? null };
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
    sentenceOf: (i) =>
      sentences[
        Math.max(
          0,
          firstAtOrAfter(sentences, (s) => s.tokenEnd, i + 1),
        )
      ] ?? sentences[sentences.length - 1]!,
  };
}

type Draft = Omit<Mention, 'entity'>;

/** Heads of the names of things named after a person, right after the person's name. */
const NAMED_AFTER =
  /^(?:\s+foundation\b|(?:['’]s)?\s+(?:Presidential\s+)?(?:Foundation|Center|Centre|Library|Institute|Airport|School|University|College|Prize|Award|Memorial|Museum|Stadium|Bridge|Street|Avenue|Boulevard|Highway|Square|Hospital|Doctrine|Tower|Towers|Place|Plaza|Hotel|Hotels|Casino|Building|Park|Golf|Winery)\b)/;

/** Last words of the names of treaties and laws, inside a recognised name or a few capitalised words after it. */
const DOCUMENT_WORD = /\b(?:Agreement|Treaty|Accord|Accords|Act|Pact|Convention|Amendment)$/;
const DOCUMENT_AFTER = /^(?:\s+\p{Lu}\p{L}*){0,3}\s+(?:Agreement|Treaty|Accords?|Act|Pact|Convention|Amendment)\b/u;

/** Last words of the names of monuments, streets and buildings: "the Washington Monument" is no government. */
const PLACE_WORD = /\b(?:Monument|Memorial|Mall|Bridge|Street|Avenue|Boulevard|Square|Park|Stadium|Airport|Tower|Towers)$/;

/** Words that make an organisation's name a company's. */
const COMPANY_WORDS = /\b(?:Inc|Corp|Corporation|Co|Company|LLC|Ltd|PLC|plc|AG|SA|GmbH|Group|Holdings|Industries|Enterprises|Motors|Technologies|Airlines|Ventures|Capital|Partners)\b\.?/;

/** What the names of a document are read with: its country counts, and the title context that knows its home country. */
interface Home {
  readonly counts: CountryCounts;
  /** Party and state tags of US legislators ("(R-Ga.)"). */
  readonly tags: readonly Span[];
  readonly ctx: TitleContext | null;
}

/** Kinds of name that say a country: "Swedish", "Sweden". */
const COUNTRY_KINDS = new Set<AliasKind>(['adj', 'country', 'name']);

/** "the Senate's": the words of a bare name. */
const BARE_EDGES = /^the\s+|['’]s$/gi;

function nameMention(span: NameSpan, text: string, day: string | null, home: Home, at: TokenLocator): Draft {
  const { ctx } = home;
  const written = text.slice(span.start, span.end);
  if (span.source === 'kb') {
    const a = span.known.alias;
    // "a Beijing resident", "via Moscow": the city, not its government
    const city = a.kind === 'capital' && ctx !== null && capitalAsPlace({ ...ctx, token: at.token }, span.start, span.end);
    // "the George W. Bush Presidential Center", "the Clinton Foundation": a thing named after a person
    if (a.kind === 'person' && NAMED_AFTER.test(text.slice(span.end, span.end + 40))) {
      return { start: span.start, end: span.end, text: written, type: 'PERSON', actor: null, name: a.canonical, form: 'name', provenance: { rule: 'entities/named-after', entry: { text: a.text, file: a.file, line: a.line }, confidence: 0.8 } };
    }
    // a person in no known office that day is what the words around say: "Republican nominee Donald Trump"
    // (a title only with a role word for a person: "the Washington Post Trump said" has none)
    const said = a.kind === 'person' && !span.known.coded && ctx !== null ? describedPerson(ctx, at, span.start, span.end, true) : null;
    if (said) return { start: span.start, end: span.end, text: written, type: 'PERSON', actor: said.code, name: a.canonical, form: 'name', provenance: { rule: said.rule, entry: { text: a.text, file: a.file, line: a.line }, confidence: 0.75 } };
    return {
      start: span.start,
      end: span.end,
      text: written,
      type: entityType(a),
      // a place that is no actor (a US state) is named, never coded; nor is a person out of office
      actor: a.kind === 'place' || city || !span.known.coded ? null : a.code,
      name: a.canonical,
      form: 'name',
      provenance: { rule: city ? 'entities/capital-as-place' : `kb/${a.kind}`, entry: { text: a.text, file: a.file, line: a.line }, confidence: 0.95 },
    };
  }
  const r = span.recognised;
  const base: Draft = { start: r.start, end: r.end, text: written, type: r.type, actor: null, name: written, form: 'name', provenance: { rule: r.rule, confidence: r.confidence } };
  if (!ctx) return base;
  // a known name the gazetteer missed because the tokenizer glued it to the next word ("The
  // Washington Post–shows" split at the dash): the recognised span is that name as a whole
  const whole = r.type === 'ORG' ? wholeKnownName(ctx, written.replace(/^the\s+/i, ''), day) : null;
  if (whole && ORGANISATION_KINDS.has(whole.alias.kind)) {
    const a = whole.alias;
    return { ...base, type: entityType(a), actor: a.code, name: a.canonical, provenance: { rule: `kb/${a.kind}`, entry: { text: a.text, file: a.file, line: a.line }, confidence: 0.9 } };
  }
  // "Congress", "the Senate", "the Navy" read as an organisation, "Democrats" read as a group: the
  // body of the country the document is about ("VA" read as a place is Virginia)
  const bare = r.type === 'ORG' || r.type === 'NORP' ? ctx.knowledge.bareNames.get(written.replace(BARE_EDGES, '')) : undefined;
  if (bare) {
    // "Swedish Air Force": the body of the country named right before it, or none
    const owner = ctx.names.find((n) => n.end <= r.start && /^\s+$/.test(text.slice(n.end, r.start)) && COUNTRY_KINDS.has(n.alias.kind) && n.alias.code.length === 3);
    if (owner) {
      const country = owner.alias.code;
      const code = [...bare.codes, ...bare.anyCountry.map((role) => country + role)].find((c) => c.startsWith(country)) ?? null;
      return { ...base, actor: code, provenance: { rule: 'actor/bare-name-of-country', entry: { text: bare.text, file: bare.file, line: bare.line }, confidence: code ? 0.8 : r.confidence } };
    }
    const code = bareBody(bare, home.counts);
    const chamber = code ? chamberOfMembers(ctx, at, r.start, code, home.counts) : null;
    if (chamber) return { ...base, actor: chamber, provenance: { rule: 'actor/party-in-chamber', entry: { text: bare.text, file: bare.file, line: bare.line }, confidence: 0.75 } };
    return { ...base, actor: code, provenance: { rule: 'actor/bare-name', entry: { text: bare.text, file: bare.file, line: bare.line }, confidence: code ? 0.75 : r.confidence } };
  }
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
    const apposition = describedPerson(ctx, at, r.start, r.end);
    if (apposition) return { ...base, actor: apposition.code, provenance: { rule: apposition.rule, confidence: 0.75 } };
    if (taggedLegislator(home.tags, text, r.end)) {
      // the tag makes a US politician; a title before the name says the branch ("Governor X (R-OK)")
      const branch = titleBranchBefore(ctx, first, sentence.tokenStart);
      return { ...base, actor: branch ? TAGGED_COUNTRY + branch : LEGISLATOR, provenance: { rule: branch ? 'actor/party-tag-title' : 'actor/party-tag', confidence: 0.8 } };
    }
    return base;
  }
  if (r.type === 'ORG') {
    // a person's company is business, not the person's office: "Elon Musk's Rocket Works Inc." is
    // USABUS; an organisation of a person that names no company is left uncoded
    const owner = ctx.names.find((n) => n.start >= r.start && n.end < r.end && n.alias.kind === 'person' && /^['’]s\b/.test(text.slice(n.end, n.end + 3)));
    if (owner) {
      const company = owner.coded && COMPANY_WORDS.test(written);
      return company ? { ...base, actor: `${owner.alias.code.slice(0, 3)}BUS`, provenance: { rule: 'actor/company-of-person', confidence: 0.7 } } : base;
    }
    // "the North American Free Trade Agreement", "the Patriot Act": a text the actors made, no actor;
    // "the Washington Monument": a place
    if (DOCUMENT_WORD.test(written) || DOCUMENT_AFTER.test(text.slice(r.end, r.end + 60)) || PLACE_WORD.test(written)) return base;
    const owned = codeFromWords(ctx, first, last, 'actor/organisation-owner');
    if (owned) return { ...base, actor: owned.code, provenance: { rule: owned.rule, confidence: 0.7 } };
  }
  return base;
}

/**
 * A party's members named by the chamber they sit in ("Senate Democrats", "House Republicans") are
 * that legislature: the chamber's code when the word before the party is a bare chamber of the same
 * country, else null.
 */
function chamberOfMembers(ctx: TitleContext, at: TokenLocator, start: number, party: string, counts: CountryCounts): string | null {
  if (!party.endsWith(PARTY)) return null;
  const before = ctx.tokens[at.token(start) - 1];
  // "White House Republicans" sit in no chamber: the word is part of another name
  const inName = before !== undefined && spanIndex(ctx.names).covering(before.start, before.end).length > 0;
  const bare = before && !inName ? ctx.knowledge.bareNames.get(ctx.text.slice(before.start, before.end)) : undefined;
  const chamber = bare ? bareBody(bare, counts) : null;
  return chamber?.endsWith(LEGISLATURE) && chamber.startsWith(party.slice(0, 3)) ? chamber : null;
}

const PARTY = 'PTY';
const LEGISLATURE = 'LEG';

/**
 * The code a person's title before the name or an apposition after it gives ("Sen. ...", ", a Russian
 * diplomat,"); with `personalTitle`, a title counts only when it ends in a role word for a person.
 */
function describedPerson(ctx: TitleContext, at: TokenLocator, start: number, end: number, personalTitle = false) {
  const first = at.token(start);
  const sentence = at.sentenceOf(first);
  const title = titleBefore(ctx, first, sentence.tokenStart);
  return (title && (!personalTitle || title.personal) ? title : null) ?? appositionAfter(ctx, at.token(end), sentence.tokenEnd) ?? appositionBefore(ctx, first, at.token(end), sentence.tokenStart) ?? lostRelativeAfter(ctx, at.token(end));
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

/** Kinds of known organisation a recognised organisation's span may be as a whole (places and people have their own guards). */
const ORGANISATION_KINDS = new Set<AliasKind>(['igo', 'ngo', 'body', 'agency', 'party', 'company', 'armed', 'seat']);

/** The known thing written exactly as `name`, as it stands on `day`. */
function wholeKnownName(ctx: TitleContext, name: string, day: string | null) {
  const token = { start: 0, end: name.length, normal: name.toLowerCase() } as Token;
  const m = ctx.knowledge.names.match(name, [token])[0];
  return m && m.start === 0 && m.end === name.length ? aliasAt(m.entries, day) : null;
}

/** Rules that read a known name as no actor here. */
const UNCODED_RULES = new Set(['entities/credit', 'entities/capital-as-place', 'entities/named-after']);

const POSSESSIVE = /['’]s$/;

/** A capitalised pronoun read as a name is never a short mention ("He" is not Liu He). */
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'him']);

/** How many times more often the story's subject must have been named than a later bearer of its surname. */
const SUBJECT_RATIO = 2;

/**
 * Of the people named before whose first or last word is a surname, the one it means: the known
 * person the surname is an alias of, when named before ("Trump" is Donald Trump after Ivana Trump);
 * else the latest named, unless another was named at least twice as often: a story names its
 * subject by surname and a relative once in full ("Sen. Ted Cruz ... Cruz ... his wife, Heidi Cruz
 * ... Cruz said"), while a round-up moves on to the next person of the name. A namesake read from
 * a known surname ("Jonathan P. Blair", and headline words around one) is taken only when no one
 * else has the surname.
 */
function principal(candidates: ReadonlyMap<number, Mention> | undefined, counts: ReadonlyMap<number, number>, namesakes: ReadonlySet<number>, known: string | null): Mention | undefined {
  const all = [...(candidates?.values() ?? [])];
  const own = all.find((m) => m.name === known);
  if (own) return own;
  const others = all.filter((m) => !namesakes.has(m.entity));
  const pool = others.length ? others : all;
  const count = (m: Mention) => counts.get(m.entity) ?? 0;
  const latest = pool.reduce<Mention | undefined>((a, m) => (a === undefined || m.start > a.start ? m : a), undefined);
  const most = pool.reduce<Mention | undefined>((a, m) => (a === undefined || count(m) > count(a) ? m : a), undefined);
  return most && latest && count(most) >= SUBJECT_RATIO * count(latest) ? most : latest;
}

const CAPITALS = /^\p{Lu}{2,}$/u;

/** A surname written in capitals, as a transcript labels its speakers ("TAPPER:"), in the case names are written in; "" when it is none. */
function inCapitals(word: string): string {
  return CAPITALS.test(word) ? word[0]! + word.slice(1).toLowerCase() : '';
}

/**
 * Entities: mentions with the same canonical name are one entity; an unknown single word that is
 * the first or last word of an earlier person's name joins that person ("Kulik", "Putin").
 */
function cluster(drafts: readonly Draft[]): Mention[] {
  const ids = new Map<string, Mention>();
  // the people of several words whose first or last word is the key, by entity: their latest mention
  const people = new Map<string, Map<number, Mention>>();
  // mentions of each person so far, and the people first read as namesakes of a known one
  const counts = new Map<number, number>();
  const namesakes = new Set<number>();
  // known companies by the first word of their name: "Patriot Coal ... Patriot sold the mine"
  const company = new Map<string, Mention>();
  const out: Mention[] = [];
  for (const d of drafts) {
    let mention: Mention | null = null;
    const recognised = !d.provenance.rule.startsWith('kb/') && !UNCODED_RULES.has(d.provenance.rule);
    const byFirstWord = recognised && !d.text.includes(' ') ? company.get(d.text) : undefined;
    if (byFirstWord && (d.type === 'PERSON' || d.actor === null)) {
      mention = { ...d, type: 'ORG', actor: byFirstWord.actor, name: byFirstWord.name, entity: byFirstWord.entity, provenance: { rule: 'actor/short-mention', confidence: 0.75 } };
    }
    // a known surname ("Blair") joins the latest person named before with it as an edge word: the
    // known person, or a namesake ("Jonathan P. Blair", by the surname only), whose code it then takes
    const known = d.provenance.rule === 'kb/person';
    if (!mention && !d.text.includes(' ') && !PRONOUN_WORDS.has(d.text.toLowerCase()) && (d.type === 'PERSON' || d.actor === null)) {
      // "Trump's" read whole by the recogniser is still Trump
      const own = known ? d.name : null;
      const full =
        principal(people.get(d.text), counts, namesakes, own) ??
        (d.provenance.rule.startsWith('ner/') ? principal(people.get(d.text.replace(POSSESSIVE, '')), counts, namesakes, own) : undefined) ??
        principal(people.get(inCapitals(d.text)), counts, namesakes, own);
      const namesake = known && full !== undefined && full.name !== d.name;
      if (full && (!namesake || full.name.endsWith(` ${d.text}`))) {
        // a credit's surname joins the person but stays no actor ("Photo: Reuters/Chavez")
        const uncoded = UNCODED_RULES.has(d.provenance.rule);
        const actor = uncoded ? null : namesake ? full.actor : (d.actor ?? full.actor);
        mention = { ...d, type: 'PERSON', actor, name: full.name, entity: full.entity, provenance: uncoded || (d.actor && !namesake) ? d.provenance : { rule: 'actor/short-mention', confidence: 0.8 } };
      }
    }
    if (!mention) {
      const key = `${d.type === 'NORP' ? 'GPE' : d.type}:${d.name}`;
      const first = ids.get(key);
      // a repeated name is the same entity with the same actor, however it was coded the first time,
      // unless this mention is read as no actor on purpose (a credit, a capital as a place)
      const inherit = first && !UNCODED_RULES.has(d.provenance.rule);
      mention = first ? { ...d, entity: first.entity, actor: inherit ? (d.actor ?? first.actor) : d.actor } : { ...d, entity: ids.size };
      if (!first) ids.set(key, mention);
    }
    if (mention.provenance.rule === 'kb/company' && mention.actor && mention.text.includes(' ')) company.set(mention.text.split(' ')[0]!, mention);
    if (mention.type === 'PERSON') {
      counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      if (mention.provenance.rule === NAMESAKE_RULE && counts.get(mention.entity) === 1) namesakes.add(mention.entity);
      // the edge words of the canonical name and of the name as written ("Castañeda" where the
      // canonical name is spelt "Castaneda")
      for (const written of new Set([mention.name, mention.text])) {
        const words = written.split(' ');
        if (words.length > 1) {
          for (const key of new Set([words[0]!, words[words.length - 1]!])) {
            const bearers = people.get(key) ?? new Map<number, Mention>();
            people.set(key, bearers.set(mention.entity, mention));
          }
        }
      }
    }
    out.push(mention);
  }
  // an entity is one actor all through: a mention before the one whose words told its code
  // ("Tom Clarke ... Mr. Clarke, a nursing home owner,") takes that code too
  const codeOf = new Map<number, string>();
  for (const m of out) if (m.actor && !codeOf.has(m.entity)) codeOf.set(m.entity, m.actor);
  return out.map((m) => (m.actor || UNCODED_RULES.has(m.provenance.rule) || !codeOf.has(m.entity) ? m : { ...m, actor: codeOf.get(m.entity)! }));
}
