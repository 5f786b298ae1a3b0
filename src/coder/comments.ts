// What a quote does, when its words do it without a verb we have a pattern for: "'Rubio is very weak
// on immigration,' Trump said" criticises Rubio (CAMEO 111), "'the senator's record is truly
// inspiring,' she said" praises him (051). The quotes stage gives the speaker and the quoted words;
// this stage reads each quoted sentence's evaluative words (AFINN-165 from the `sentiment` package,
// corrected for political news by kb/comments.tsv) and codes the speaker's judgement of a
// coded actor the quoted words name: the one the clause of the strongest word names, before the word
// ("the chancellor told me the Russian government's reckless plan will fail" judges the Russian
// government: the subject of "X is a disgrace", the owner of "X's reckless plan"), else after it,
// else the first the quote names.
//
// Held back on purpose, since a negative word in a quote is not by itself criticism of the actor it
// names: only speech and writing count (not thoughts or votes); the judgement must be clear (a sum of
// ratings at the thresholds below, words that tell of harm rated 0, a fault the speaker lays on
// himself not counted; one mildly negative word only in a direct quote, of the actor its clause names
// before it); a question, or a condition and its outcome, judges no one; the
// target must be named inside the quoted words of that sentence, and not be the speaker; a sentence
// where the verb patterns already coded an act of the speaker's, or one on the quote's cue, keeps that
// act alone ("prosecutors charged him with fraud", "he condemned them"). The events rest
// on words, not on a construction, so their confidence is below a verb pattern's default.
//
// A quoted sentence that names no one judges whom the speaker spoke of last, within a sentence or two
// ("'Look what the chancellor has done.' He added, 'It is insanity.'"), or the speaker's own
// government when its words say so ("our leaders are weak", "this administration has failed": kb
// `home` lines), as a reader of the quote would take them.
//
// Criticism whose words charge a lie or a crime ("the governor lied to voters", "a corrupt regime")
// accuses (CAMEO 112, 1121): kb/comments.tsv `accuse` lines, for a word that counts against the actor.
//
// A quote that says an actor should or must step down ("he should resign," the senator said) appeals
// for (02x) or demands (10x) a change of leadership: kb/comments.tsv `modal` and `act` lines give the
// code, the subject of the modal is the target. A "he" in someone's quoted words is not the speaker.
//
// What the speaker's first-person words do (comment-acts.ts: "I respect him", "we will not accept",
// "if they come back, we will respond") and set verdicts on a claim or a measure (comment-verdicts.ts:
// "the allegations are baseless", "the accord does not go far enough") come before the rated words;
// a set verdict may have no target, as CAMEO codes a denial of no one.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { actorCodeLists } from '../dataset/actor-code.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import { firstAtOrAfter, SpanIndex } from '../span-index.js';
import type { CodedEvent, Document, EventActor, Issue, Mention, Quote, Sentence, Span, Token } from '../types.js';
import type { CodeTable } from './code-table.js';
import { speakerActIn } from './comment-acts.js';
import { appealIn } from './comment-appeals.js';
import { verdictIn } from './comment-verdicts.js';

/** The kb/comments.tsv line a comment event was read by, and the words it matched. */
export interface CommentEntry {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export interface CommentLexicon {
  /** Lower-case word -> rating (-5..+5); 0 for words that judge no one. */
  readonly ratings: ReadonlyMap<string, number>;
  /** Where each correction was written, for the events' provenance. */
  readonly refs: ReadonlyMap<string, { readonly file: string; readonly line: number }>;
  /** Words that name the speaker's own government or body, with the role they add to its country. */
  readonly home: readonly HomePhrase[];
  /** "should" -> "02" (appeal), "must" -> "10" (demand): the root a quoted modal gives an appeal. */
  readonly modals: ReadonlyMap<string, Line & { readonly root: string }>;
  /** What the modal asks of its subject ("step down" -> "41", change of leadership), after the root. */
  readonly acts: readonly (Line & { readonly words: readonly string[]; readonly sub: string })[];
  /** A verb of the speaker's stance towards an actor ("like" -> 051), by lemma. */
  readonly stances: ReadonlyMap<string, Coded>;
  /** What a speaker refuses with, in lemmas after "I" or "we" ("will not accept" -> 120). */
  readonly refusals: readonly (Line & { readonly words: readonly string[]; readonly code: string })[];
  /** Words of harm that make a speaker's conditional promise a threat ("war" -> 138), by lemma. */
  readonly harms: ReadonlyMap<string, Coded>;
  /** Words for a claim that a verdict of falsity denies ("allegation"), by lemma. */
  readonly claims: ReadonlySet<string>;
  /** Words of falsity said of a claim ("baseless" -> 016), by lemma. */
  readonly denials: ReadonlyMap<string, Coded>;
  /** Words of a criticism that make it an accusation ("lied" -> 112, "corrupt" -> 1121), by lemma or as written. */
  readonly accusations: ReadonlyMap<string, Coded>;
  /** Phrases whose negation faults a measure ("far enough" -> 111), in lemmas. */
  readonly shortfalls: readonly (Line & { readonly words: readonly string[]; readonly code: string })[];
  readonly issues: readonly Issue[];
}

interface Line {
  readonly file: string;
  readonly line: number;
}

interface Coded extends Line {
  readonly word: string;
  readonly code: string;
}

export interface HomePhrase {
  /** Lower-case words, in order ("our", "leaders"). */
  readonly words: readonly string[];
  /** The CAMEO role code added to the speaker's country ("GOV"). */
  readonly role: string;
  readonly file: string;
  readonly line: number;
}

/** What the stage reads of the document, with the article's text. */
export type CommentInput = Pick<Document, 'sentences' | 'tokens' | 'mentions' | 'quotes' | 'date'> & { readonly text: string };

/** Criticism: the quoted sentence's ratings sum to this or less (one clearly negative word). */
const CRITICISM_AT = -2;
/**
 * A milder sum (one mildly negative word: "keeps trying to delay the talks") is criticism only in a
 * direct quote, of the actor the word's clause names before it.
 */
const MILD_AT = -1;
/** Praise: a higher bar, since polite and warm words are common in quotes that praise no one. */
const PRAISE_AT = 5;
/**
 * A verb pattern's: on the real-news gold's dev split, comments were fully right (root, source and
 * target) at least as often as verb-pattern events (13 of 21 against 17 of 34), so --min-confidence
 * should not drop them first.
 */
const CONFIDENCE = 0.8;
const CRITICISE = '111';
const PRAISE = '051';
const NEGATION_REACH = 3;
/** "said of", "said about": the words are about the actor named within a few words after. */
const ABOUT = new Set(['of', 'about']);
const ABOUT_REACH = 4;
const CONTRAST = new Set(['but', 'however', 'yet']);
/** Words that join a list's items, and how many words an item after one may span. */
const LIST_JOINS = new Set(['and', 'or']);
const LIST_ITEM = 2;
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'without']);
/** "if we do not press forward, it will be catastrophic": a condition's outcome is a forecast, no verdict. */
const CONDITIONS = new Set(['if', 'unless']);
/**
 * "I'm unhinged", "we were wrong": a fault the speaker's words lay on the speaker, whoever else they
 * name. A feeling is another matter: "I am grateful", "I'm disappointed in them" judge someone else.
 */
const FIRST_PERSON = new Set(['i', 'we']);
/** The same, when the tokenizer keeps the contraction whole. */
const FIRST_PERSON_BE = new Set(["i'm", "we're"]);
const SPOKEN = new Set<Quote['cueClass']>(['speech', 'writing']);
/** "suffering in Puerto Rico", "went to Syria": a place the words happen in or go to is not judged by them. */
const PLACE_BEFORE = new Set(['in', 'to', 'into', 'at', 'across', 'throughout', 'inside', 'within', 'from', 'near', 'around', 'of']);
/** Words before a cue that make the speech not yet made: "will discuss", "is going to say", "to tell". */
const NOT_YET = new Set(['will', 'would', 'shall', 'to', "'ll", 'may', 'might', 'could']);
/** Citizens and refugees in a speaker's verdict are whom it is about, not whom it condemns. */
const NOT_CONDEMNED = /(CVL|REF)$/;
const PLACES = new Set<Mention['type']>(['GPE', 'LOC']);
/** What ends a clause around a verdict word: marks, and words that open another clause. */
const CLAUSE_MARKS = new Set([',', ';', ':', '\u2014', '\u2013', '--', '(', ')']);
const CLAUSE_WORDS = new Set(['that', 'because', 'while', 'although', 'though', 'whereas', 'but', 'if', 'when', 'unless']);

let cached: CommentLexicon | null = null;

export function builtinComments(): CommentLexicon {
  cached ??= loadComments(join(defaultKbDir(), 'comments.tsv'), 'kb/comments.tsv');
  return cached;
}

export function loadComments(path: string, file: string): CommentLexicon {
  const afinn = createRequire(import.meta.url)('sentiment/languages/en/labels.json') as Record<string, number>;
  const ratings = new Map<string, number>(Object.entries(afinn));
  const refs = new Map<string, { file: string; line: number }>();
  const home: HomePhrase[] = [];
  const modals = new Map<string, Line & { root: string }>();
  const acts: (Line & { words: string[]; sub: string })[] = [];
  const stances = new Map<string, Coded>();
  const refusals: (Line & { words: string[]; code: string })[] = [];
  const harms = new Map<string, Coded>();
  const claims = new Set<string>();
  const denials = new Map<string, Coded>();
  const accusations = new Map<string, Coded>();
  const shortfalls: (Line & { words: string[]; code: string })[] = [];
  const issues: Issue[] = [];
  for (const line of readLines(path, file)) {
    const [kind, word, rating, ...rest] = columns(line.text);
    const at = { file: line.file, line: line.line };
    if (kind === 'home') {
      if (!word || rest.length || !/^[A-Z]{3}$/.test(rating ?? '')) issues.push(issue('kb/comments', `cannot read "${line.text.trim()}": want home WORDS ROLE (three capitals)`, at));
      else home.push({ words: word.toLowerCase().split(/\s+/), role: rating!, ...at });
      continue;
    }
    if (kind === 'modal' || kind === 'act') {
      if (!word || rest.length || !/^\d\d$/.test(rating ?? '')) issues.push(issue('kb/comments', `cannot read "${line.text.trim()}": want ${kind} WORDS CODE (two digits)`, at));
      else if (kind === 'modal') modals.set(word.toLowerCase(), { root: rating!, ...at });
      else acts.push({ words: word.toLowerCase().split(/\s+/), sub: rating!, ...at });
      continue;
    }
    if (kind === 'claim') {
      if (!word || rating !== undefined) issues.push(issue('kb/comments', `cannot read "${line.text.trim()}": want claim WORD`, at));
      else claims.add(word.toLowerCase());
      continue;
    }
    if (kind === 'stance' || kind === 'refuse' || kind === 'harm' || kind === 'deny' || kind === 'short' || kind === 'accuse') {
      if (!word || rest.length || !/^\d{3,4}$/.test(rating ?? '')) issues.push(issue('kb/comments', `cannot read "${line.text.trim()}": want ${kind} WORDS CODE (a CAMEO code)`, at));
      else if (kind === 'refuse' || kind === 'short') (kind === 'refuse' ? refusals : shortfalls).push({ words: word.toLowerCase().split(/\s+/), code: rating!, ...at });
      else ({ stance: stances, harm: harms, deny: denials, accuse: accusations })[kind].set(word.toLowerCase(), { word: word.toLowerCase(), code: rating!, ...at });
      continue;
    }
    const value = Number(rating);
    if (kind !== 'word' || !word || rest.length || !/^-?\d$/.test(rating ?? '') || value < -5 || value > 5) {
      issues.push(issue('kb/comments', `cannot read "${line.text.trim()}": want word WORD RATING (-5..5)`, at));
      continue;
    }
    ratings.set(word.toLowerCase(), value);
    refs.set(word.toLowerCase(), at);
  }
  return { ratings, refs, home, modals, acts, stances, refusals, harms, claims, denials, accusations, shortfalls, issues };
}

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
const overlap = (a: Span, b: Span): Span | null => {
  const start = Math.max(a.start, b.start),
    end = Math.min(a.end, b.end);
  return start < end ? { start, end } : null;
};

interface Rated {
  readonly token: Token;
  readonly rating: number;
}

/**
 * The rated words of the quoted pieces. A word up to NEGATION_REACH words after a negator counts with
 * the opposite sign ("does not represent strength"), as do the items of a list it reaches ("strength,
 * power and stamina"); after "but" only what follows counts ("great at
 * the one-liners, but a chaos candidate").
 */
function rate(tokens: readonly Token[], pieces: readonly Span[], lexicon: CommentLexicon): Rated[] {
  let rated: Rated[] = [];
  let negatedUntil = -1;
  tokens.forEach((t, i) => {
    if (!pieces.some((p) => inside(t, p))) return;
    // "doesn’t" is written with a typographic apostrophe as often as with a straight one
    if (NEGATORS.has(t.normal.replace(/\u2019/g, "'"))) negatedUntil = i + NEGATION_REACH;
    if (CONTRAST.has(t.normal)) rated = [];
    if (i <= negatedUntil && (t.normal === ',' || LIST_JOINS.has(t.normal))) negatedUntil = i + LIST_ITEM;
    else if (t.pos === 'PUNCT') negatedUntil = -1;
    const r = lexicon.ratings.get(t.normal) ?? lexicon.ratings.get(t.lemma);
    const rating = r && i <= negatedUntil ? -r : r;
    if (rating && !(rating < 0 && ofSpeaker(tokens, i))) rated.push({ token: t, rating });
  });
  return rated;
}

/** The word at `i` is said of "I" or "we" through a copula, with no one after it: "I'm unhinged". */
function ofSpeaker(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.pos === 'ADP') return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  if (k < 0) return false;
  return FIRST_PERSON_BE.has(tokens[k]!.normal.replace(/\u2019/g, "'")) || (k > 0 && tokens[k]!.lemma === 'be' && FIRST_PERSON.has(tokens[k - 1]!.normal));
}

/** "..., the minister said of the Dutch premier's budget": the actor the cue says the words are about. */
function saidOf(q: Quote, sentence: Sentence, tokens: readonly Token[], actors: SpanIndex<Mention>, source: string): Mention | undefined {
  if (!q.cueSpan || !inside(q.cueSpan, sentence)) return undefined;
  const after = tokens.findIndex((t) => t.start >= q.cueSpan!.end);
  if (after < 0 || !ABOUT.has(tokens[after]!.normal)) return undefined;
  const reach = tokens[Math.min(tokens.length - 1, after + ABOUT_REACH)]!.end;
  return actors.inside(tokens[after]!.end, reach).find((m) => !sameSide(m.actor!, source) && !q.parts.some((p) => inside(m, p)));
}

/** The quote's cue is not yet done: "will discuss", "is going to say", "to tell". */
export function notYetSaid(q: Quote, tokens: readonly Token[]): boolean {
  if (!q.cueSpan) return false;
  // tokens are in order: a search, not a scan per quote, keeps a long transcript linear
  const at = firstAtOrAfter(tokens, q.cueSpan.start);
  return at > 0 && at < tokens.length && NOT_YET.has(tokens[at - 1]!.normal);
}

/** The event is the speaker's act, or the quote's cue is its verb. */
function toldBy(e: CodedEvent, q: Quote, source: string): boolean {
  const speaker = q.speaker!;
  return e.source.code === source || (e.source.span !== null && overlap(e.source.span, speaker) !== null) || (q.cueSpan !== null && overlap(e.verbSpan, q.cueSpan) !== null);
}

/** The speaker itself, or its own country named bare ("the United States" in a US official's words). */
function sameSide(target: string, source: string): boolean {
  return target === source || (target.length === 3 && source.startsWith(target));
}

/** A country or place standing after a preposition of place: where things happen, not who did them. */
function placeOfWords(m: Mention, tokens: readonly Token[]): boolean {
  if (!PLACES.has(m.type)) return false;
  const before = tokens.filter((t) => t.end <= m.start).at(-1);
  return before !== undefined && PLACE_BEFORE.has(before.normal);
}

/**
 * The actor a verdict word is said of, within its clause: the first one named before it ("the Russian
 * government is a disgrace", "the Russian government's reckless plan"), else the first after it ("it
 * is a disgrace what the Russian government did"). Undefined when the clause names no one.
 */
function judgedBy(tokens: readonly Token[], at: number, named: readonly Mention[]): Mention | undefined {
  if (at < 0) return undefined;
  const bound = (i: number): boolean => CLAUSE_MARKS.has(tokens[i]!.normal) || CLAUSE_WORDS.has(tokens[i]!.normal);
  let from = at;
  while (from > 0 && !bound(from - 1)) from--;
  let to = at;
  while (to + 1 < tokens.length && !bound(to + 1)) to++;
  const inClause = named.filter((m) => m.start >= tokens[from]!.start && m.end <= tokens[to]!.end);
  return inClause.find((m) => m.end <= tokens[at]!.start) ?? inClause[0];
}

/** Whom a comment judges: a coded mention, or the speaker's own government named by a `home` phrase. */
interface Target extends Span {
  readonly actor: string;
  readonly text: string;
  readonly rule: string;
}

const targetOf = (m: Mention): Target => ({ start: m.start, end: m.end, actor: m.actor!, text: m.text, rule: m.provenance.rule });

/** A quoted sentence naming no one goes on judging whom its speaker spoke of this many sentences before. */
const TOPIC_REACH = 2;

/** "our leaders are weak", said by a US senator: the US government (kb/comments.tsv `home` lines). */
function homeBody(text: string, tokens: readonly Token[], pieces: readonly Span[], source: string, lexicon: CommentLexicon): Target | undefined {
  const country = source.slice(0, 3);
  if (!actorCodeLists().countries.has(country)) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of lexicon.home) {
      const words = tokens.slice(i, i + phrase.words.length);
      if (words.length < phrase.words.length || words.some((t, k) => t.normal !== phrase.words[k] || !pieces.some((p) => inside(t, p)))) continue;
      const actor = country + phrase.role;
      if (actor === source) continue;
      const start = words[0]!.start,
        end = words.at(-1)!.end;
      return { start, end, actor, text: text.slice(start, end), rule: 'comments/home-government' };
    }
  }
  return undefined;
}

export function commentEvents(input: CommentInput, coded: readonly CodedEvent[], codes: CodeTable | null, lexicon: CommentLexicon = builtinComments()): CodedEvent[] {
  const events: CodedEvent[] = [];
  // whom each speaker spoke of last, and where: "It's been a total disaster" goes on judging the one named before
  const spokeOf = new Map<string, { readonly target: Target; readonly quote: Quote; readonly sentence: number }>();
  const spoken = input.quotes.filter((q) => SPOKEN.has(q.cueClass) && q.speaker && !notYetSaid(q, input.tokens));
  if (spoken.length === 0) return events;
  // indexes, so that a long document with many quotes stays linear
  const parts = new SpanIndex(spoken.flatMap((q) => q.parts.map((p) => ({ start: p.start, end: p.end, q }))));
  const actors = new SpanIndex(input.mentions.filter((m) => m.actor));
  const entityActor = new Map<number, string>();
  for (const m of input.mentions) if (m.actor && !entityActor.has(m.entity)) entityActor.set(m.entity, m.actor);
  const codedIn = new Map<number, CodedEvent[]>();
  for (const e of coded) if (e.code !== '010') (codedIn.get(e.sentence) ?? codedIn.set(e.sentence, []).get(e.sentence)!).push(e);
  input.sentences.forEach((sentence, k) => {
    const q = quoteOf(parts.overlapping(sentence.start, sentence.end).map((p) => p.q));
    if (!q) return;
    const source = q.speaker!.actor ?? (q.speaker!.entity === null ? null : (entityActor.get(q.speaker!.entity) ?? null));
    if (!source) return;
    const pieces = q.parts.map((p) => overlap(p, sentence)).filter((p): p is Span => p !== null);
    const tokens = input.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const inSentence = actors.inside(sentence.start, sentence.end);
    // "Syrian refugees": the refugees are named, not Syria
    const named = inSentence
      .filter((m) => !inSentence.some((o) => o !== m && inside(m, o) && o.end - o.start > m.end - m.start))
      .filter((m) => !sameSide(m.actor!, source) && m.entity !== q.speaker!.entity && pieces.some((p) => inside(m, p)) && !placeOfWords(m, tokens))
      .sort((a, b) => a.start - b.start);
    const about = saidOf(q, sentence, tokens, actors, source);
    const speaker = `${source} ${q.speaker!.name}`;
    const earlier = spokeOf.get(speaker);
    const spokenOf = named[0] ?? about;
    if (spokenOf) spokeOf.set(speaker, { target: targetOf(spokenOf), quote: q, sentence: sentence.index });
    if (
      input.text
        .slice(sentence.start, sentence.end)
        .trimEnd()
        .replace(/["'”’»]+$/, '')
        .endsWith('?')
    )
      return;
    if (codedIn.get(sentence.index)?.some((e) => toldBy(e, q, source))) return;
    const lastSentence = k > 0 ? input.sentences[k - 1]!.start : sentence.start;
    const appeal = appealIn(tokens, pieces, actors, lastSentence, q.speaker!.entity, (c) => sameSide(c, source), lexicon);
    if (appeal) {
      events.push(commentEvent(input, q, source, targetOf(appeal.subject), appeal.code, sentence, appeal.trigger, { rule: 'comments/appeal', entry: appeal.entry }, codes));
      return;
    }
    // a sentence naming someone the verdict cannot be of ("the people are not happy") has its own subject
    const before = named.length === 0 && earlier && (earlier.quote === q || sentence.index - earlier.sentence <= TOPIC_REACH) ? earlier.target : undefined;
    const whom = (judged: Mention | undefined): Target | undefined => (judged && targetOf(judged)) ?? homeBody(input.text, tokens, pieces, source, lexicon) ?? before;
    const act = speakerActIn(tokens, pieces, actors, { entity: q.speaker!.entity, own: (c) => sameSide(c, source) }, lexicon);
    const actTarget = act && (act.target ? targetOf(act.target) : whom(named.find((m) => !NOT_CONDEMNED.test(m.actor!)) ?? about));
    if (act && actTarget) {
      events.push(commentEvent(input, q, source, actTarget, act.code, sentence, act.trigger, { rule: 'comments/speaker-act', entry: act.entry }, codes));
      return;
    }
    const set = verdictIn(tokens, pieces, lexicon);
    if (set) {
      const judged = set.judgesNamed ? named.find((m) => !NOT_CONDEMNED.test(m.actor!)) : undefined;
      events.push(commentEvent(input, q, source, judged ? targetOf(judged) : null, set.code, sentence, set.trigger, { rule: 'comments/verdict', entry: set.entry }, codes));
      return;
    }
    if (tokens.some((t) => CONDITIONS.has(t.normal) && pieces.some((p) => inside(t, p)))) return;
    const rated = rate(tokens, pieces, lexicon);
    const sum = rated.reduce((a, r) => a + r.rating, 0);
    const code = sum <= MILD_AT ? CRITICISE : sum >= PRAISE_AT ? PRAISE : null;
    if (!code) return;
    // the strongest word of the verdict carries it, unless the cue stands in the sentence
    const strongest = [...rated].sort((a, b) => (code === CRITICISE ? a.rating - b.rating : b.rating - a.rating))[0]!;
    const judgeable = named.filter((m) => code === PRAISE || !NOT_CONDEMNED.test(m.actor!));
    const judged = judgedBy(tokens, tokens.indexOf(strongest.token), judgeable);
    // a mild word is a verdict only in the speaker's own words, on the actor its clause names before it
    if (sum > CRITICISM_AT && code === CRITICISE && !(q.direct && judged && judged.end <= strongest.token.start)) return;
    const target = whom(judged ?? judgeable[0] ?? about);
    if (!target) return;
    const trigger = q.cueSpan && inside(q.cueSpan, sentence) ? q.cueSpan : { start: strongest.token.start, end: strongest.token.end };
    // "the governor lied to voters", "a corrupt regime": criticism that charges a lie or a crime accuses
    const charge = code === CRITICISE ? rated.map((r) => (r.rating < 0 ? (lexicon.accusations.get(r.token.normal) ?? lexicon.accusations.get(r.token.lemma)) : undefined)).find((a) => a) : undefined;
    if (charge) {
      events.push(commentEvent(input, q, source, target, charge.code, sentence, trigger, { rule: 'comments/accusation', entry: { text: charge.word, file: charge.file, line: charge.line } }, codes));
      return;
    }
    events.push(commentEvent(input, q, source, target, code, sentence, trigger, verdict(input, code, rated, lexicon), codes));
  });
  return events;
}

/**
 * The quote whose words the sentence holds: a direct quote before an indirect one (whose reach over
 * following sentences is a guess), then the narrowest.
 */
function quoteOf(quotes: readonly Quote[]): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (!best || Number(q.direct) > Number(best.direct) || (q.direct === best.direct && q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** Which rule coded an event, and the knowledge-base line it rests on, if one decided. */
interface Why {
  readonly rule: string;
  readonly entry?: { readonly text: string; readonly file: string; readonly line: number };
}

/** The rule and deciding lexicon line of a verdict read from rated words. */
function verdict(input: CommentInput, code: string, rated: readonly Rated[], lexicon: CommentLexicon): Why {
  const words = rated.map((r) => `${input.text.slice(r.token.start, r.token.end)} ${r.rating > 0 ? '+' : ''}${r.rating}`).join(', ');
  const corrected = rated.map((r) => lexicon.refs.get(r.token.normal) ?? lexicon.refs.get(r.token.lemma)).find((x) => x);
  return {
    rule: code === CRITICISE ? 'comments/criticism' : 'comments/praise',
    // the lexicon line that decided, when the verdict rests on one of our corrections
    ...(corrected ? { entry: { text: `quoted words rated ${words}`, file: corrected.file, line: corrected.line } } : {}),
  };
}

function commentEvent(input: CommentInput, q: Quote, source: string, target: Target | null, code: string, sentence: Sentence, trigger: Span, why: Why, codes: CodeTable | null): CodedEvent {
  const speaker = q.speaker!;
  const actor = (code: string, text: string, span: Span, rule: string): EventActor => ({ code, text, span, provenance: { rule, confidence: 0.8 } });
  return {
    code,
    source: actor(source, speaker.text, { start: speaker.start, end: speaker.end }, 'quotes/speaker'),
    target: target && actor(target.actor, target.text, { start: target.start, end: target.end }, target.rule),
    goldstein: codes?.goldstein(code) ?? null,
    quad: codes?.quadClass(code) ?? null,
    plover: codes?.plover(code) ?? null,
    date: input.date,
    historical: false,
    sentence: sentence.index,
    verbSpan: trigger,
    provenance: { ...why, confidence: CONFIDENCE },
    location: null,
  };
}
