// Who did it and to whom: the source and target units of one verb occurrence in its clause. The
// source is the first actor of the verb's (sub)clause or the pattern's $, the target the first actor
// after the verb or the pattern's +; passives swap them or leave the doer unknown; an event noun
// takes its owner ("their meeting"); a relative pronoun stands for its antecedent.
import type { ActorMatch } from './phrases.js';
import { CLAUSE_TAKING, OPENERS, RELATIVES, SUBORDINATORS } from './clauses.js';
import { namesRole } from './doer.js';
import type { ClauseView, PatternMatch } from './match.js';
import { type Chunk, type Unit, wordsText } from './units.js';
import type { VerbOccurrence } from './verbs.js';
import type { Word } from './words.js';

/** Relative pronouns that always open a clause ("that" may also open the object of "warn", "say"). */
const RELATIVE_PRONOUNS = new Set(['WHICH', 'WHO', 'WHOM', 'WHOSE']);

/** Pronouns that can only be subjects: with a verb after them they open a clause of their own. */
const SUBJECT_PRONOUNS = new Set(['I', 'HE', 'SHE', 'WE', 'THEY']);

/** Words of a verb group before its verb ("has long said"). */
const VERB_GROUP_WORDS = new Set(['AUX', 'ADV', 'PART']);

/** What starts a verb group right after a subordinator ("after being", "while visiting"). */
const VERB_START = new Set(['AUX', 'VERB']);

/** How many words after the verb an actor may start and still be its target, for our own dictionaries. */
const TARGET_REACH = 8;

/** Words between an event noun and the verb that governs it ("agreed to new talks"). */
const GOVERNOR_SKIP = new Set(['ADP', 'PART', 'DET', 'ADV', 'ADJ', 'NUM', 'PRON']);

/** Verbs whose subject carries out the event noun they govern ("hold talks", "launch an attack"). */
const DOER_VERBS = new Set([
  'hold',
  'have',
  'give',
  'offer',
  'express',
  'voice',
  'pledge',
  'provide',
  'lend',
  'conduct',
  'launch',
  'stage',
  'make',
  'pay',
  'sign',
  'reach',
  'begin',
  'start',
  'continue',
  'resume',
  'open',
  'announce',
  'carry',
  'mount',
  'host',
  'deliver',
  'extend',
  'issue',
  'send',
  'agree',
  'seek',
  'propose',
  'want',
  'plan',
  'prepare',
  'join',
  'attend',
  'enter',
  'step',
  'intensify',
  'escalate',
  'renew',
  'complete',
  'conclude',
  'finish',
  'file',
  'lodge',
  'impose',
  'order',
  'authorize',
  'authorise',
  'approve',
  'threaten',
  'vow',
  'promise',
  'call',
  'demand',
  'request',
  'convene',
  'organize',
  'organise',
  'arrange',
  'lead',
  'head',
  'wage',
  'fight',
  'commit',
  'perpetrate',
  'undertake',
  'speed',
  'accelerate',
]);

/** Texts an actor puts out, which do what their author does ("a statement condemning the raid"). */
const TEXT_NOUNS = new Set(['statement', 'declaration', 'communique', 'letter', 'resolution', 'message', 'note', 'memorandum', 'report', 'release', 'announcement', 'decree', 'petition', 'motion', 'bill']);

/** What may follow a participle that has no object ("arrested in", "accused of", "killed."). */
const NO_OBJECT = new Set(['ADP', 'PUNCT', 'ADV', 'CCONJ', 'SCONJ']);

/** Closing quote marks: a verb right after one (or after one and a comma) with its subject after it is inverted speech. */
export const QUOTE_MARKS = new Set(['"', '\u201d', "''"]);

export interface Roles {
  readonly source: Unit | null;
  readonly target: Unit | null;
  /** A % compound coded among its own members (no separate source or target). */
  readonly among: Unit | null;
  /** A % compound after the verb: the targets. */
  readonly targets: Unit | null;
  /** The clause's grammatical subject when it is not the source: in "X was indicted by Y and will resign" X, whom "and will resign" shares. */
  readonly subject?: Unit | null;
}

/** `said`: where a statement verb ends, the clause of what was said starts (its subject is its own). */
/** `second`: the verb is a second act after its clause's first, whose object may stand before its setting. */
export function resolveRoles(view: ClauseView, verb: VerbOccurrence, match: PatternMatch | null, shared: Unit | null, said: number, saidBy: Unit | null = null, second = false): Roles {
  const explicit = Boolean(match?.source || match?.target);
  if (match?.compound && !explicit) {
    const before = (view.span.get(match.compound)?.[0] ?? 0) < verb.start;
    if (before) return { source: null, target: null, among: match.compound, targets: null };
  }
  // the source stands before the whole pattern, unless the pattern's words are inside the subject ("the government issue condemned")
  const participle = match?.source || (match && match.first !== verb.start) ? undefined : gerundSubject(view, verb, shared, said, saidBy, second);
  let source = match?.source ?? (participle !== undefined ? participle : (findSource(view, Math.min(verb.start, match?.first ?? verb.start), null, said, saidBy) ?? findSource(view, verb.start, shared, said, saidBy)));
  const noun = match?.source ? null : eventNounChunk(view, verb);
  if (noun?.possessor) source = ownerUnit(view.words, noun.possessor);
  else if (noun && source && (ownsObject(view, verb, match, source) || !subjectActs(view, noun))) source = null;
  // a clause the pattern's own words open is the act's: "warned that it could impose sanctions on Turkey"
  let target = match?.target ?? findTarget(view, verb.end, Math.max(verb.end, (match?.last ?? 0) + 1), source, match?.skipped ?? []);
  const by = byAgent(view, verb);
  let passiveSubject: Unit | null | undefined;
  if (by && explicit) {
    // a passive matched by a pattern written in the active ("$ *congratulate + on"): the by-phrase
    // holds the doer, whichever role the pattern gave it, and the subject is the one done to
    const subject = match?.source && match.source !== by ? match.source : findSource(view, verb.start, shared, said);
    if (match?.target === by || match?.source === by) {
      source = by;
      target = subject;
      passiveSubject = subject;
    } else if (!match?.target && subject && isPassive(view, verb)) {
      // a pattern with no one after the trigger ("$ *accuse of"): in "X was accused of graft by Y" the
      // pattern's source is the subject, done to, and the by-phrase further on the doer
      source = by;
      target = subject;
      passiveSubject = subject;
    }
  }
  const modified = view.lemmaMode ? reducedRelative(view, verb) : null;
  if (modified) return { source: byPhrase(view, verb), target: modified, among: null, targets: null };
  if (!by && view.lemmaMode && isPassive(view, verb)) {
    // a passive that does not say by whom ("were detained in Myanmar"): the subject is the one done
    // to, the doer is unknown, and what follows the verb is no target
    return { source: null, target: match?.source ?? source, among: null, targets: null };
  }
  if (!explicit) {
    if (by) {
      target = findSource(view, verb.start, shared);
      source = by;
      passiveSubject = target;
    }
    const inverted = invertedSubject(view, verb);
    if (inverted) {
      target = source;
      source = inverted;
    }
  }
  return { source, target, among: null, targets: match?.compound ?? null, ...(passiveSubject !== undefined ? { subject: passiveSubject } : {}) };
}

/** The noun phrase an event noun heads ("their meeting with Kim"); null for verbs. */
function eventNounChunk(view: ClauseView, verb: VerbOccurrence): Chunk | null {
  const head = view.seq[verb.head]!;
  if (!view.lemmaMode || view.words[head]!.pos !== 'NOUN') return null;
  for (const u of view.span.keys()) for (const c of u.chunks) if (c.start <= head && head < c.end) return c;
  return null;
}

/**
 * Whether the clause's subject is the one who carries out an event noun: when the noun is its
 * subject's own act ("held talks", "paid a visit", "is ready for talks", or the noun with no verb
 * before it), not when another verb stands between them ("is losing support to", "responded to the
 * attack", "welcomed the visit").
 */
function subjectActs(view: ClauseView, noun: Chunk): boolean {
  let p = (view.span.get([...view.span.keys()].find((u) => u.chunks.includes(noun))!)?.[0] ?? 0) - 1;
  while (p >= 0 && GOVERNOR_SKIP.has(view.words[view.seq[p]!]!.pos)) p--;
  if (p < 0) return true;
  const w = view.words[view.seq[p]!]!;
  return w.pos !== 'VERB' || DOER_VERBS.has(w.lemma);
}

/** The owner of an event noun as an actor unit of its own: "their" in "their meeting" is the one who met. */
function ownerUnit(words: readonly Word[], owner: ActorMatch): Unit {
  const text = wordsText(words, owner.start, owner.end);
  const members = owner.codes.map((code) => ({ code, text, start: owner.start, end: owner.end, ref: owner.ref, rule: 'coder/event-noun-owner' }));
  return { start: owner.start, end: owner.end, members, chunks: [] };
}

/**
 * "Moscow would respond to the expulsion of its diplomats": the event noun's object belongs to the
 * would-be source, which is therefore the one it was done to, not the doer.
 */
function ownsObject(view: ClauseView, verb: VerbOccurrence, match: PatternMatch | null, source: Unit): boolean {
  const codes = new Set(source.members.map((m) => m.code));
  for (let q = verb.end; q <= (match?.last ?? verb.end - 1); q++) {
    const i = view.seq[q]!;
    for (const u of view.span.keys()) {
      const c = u.chunks.find((x) => x.start === i);
      if (c?.possessor?.codes.some((code) => codes.has(code))) return true;
    }
  }
  return false;
}

/** In "X was opposed (earlier) by Y", the unit Y. */
function byAgent(view: ClauseView, verb: VerbOccurrence): Unit | null {
  return afterBe(view, verb) ? byPhrase(view, verb) : null;
}

/**
 * Words a passive's "by" phrase may stand after: adverbs and the phrases of time, place and charge
 * ("accused of graft on Monday by", "accused of misusing up to $5 million in public funds by").
 */
const BY_GAP = 14;
const BY_SKIPPED = new Set(['ADV', 'ADP', 'NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'SYM']);

/**
 * The actor of the verb's "by" phrase: right after it, or past phrases of time, place or charge
 * ("was criticised on Monday by Uganda", "was accused of corruption by Uganda"). Another verb, a
 * comma or a clause word ends the search: "killed in an area held by rebels" names no doer.
 */
function byPhrase(view: ClauseView, verb: VerbOccurrence): Unit | null {
  const end = Math.min(view.seq.length, verb.end + BY_GAP);
  for (let q = verb.end; q < end; q++) {
    const w = view.words[view.seq[q]!]!;
    if (w.text === 'BY') {
      const u = view.unitStart.get(q + 1);
      return u && u.members.length > 0 ? u : null;
    }
    // a gerund that states the charge ("accused of spying ... by") is the verb's own complement
    const charge = w.pos === 'VERB' && w.lower.endsWith('ing') && view.words[view.seq[q - 1]!]?.pos === 'ADP';
    // "up to $5 million": an amount of the charge
    const upTo = w.text === 'TO' && view.words[view.seq[q - 1]!]?.text === 'UP';
    if (!BY_SKIPPED.has(w.pos) && !charge && !upTo && !closesAside(view, q)) return null;
  }
  return null;
}

/** A comma that closes a dropped aside (", much of it embezzled,"): the phrase goes on across it. */
function closesAside(view: ClauseView, q: number): boolean {
  return view.words[view.seq[q]!]!.text === ',' && q > 0 && view.seq[q - 1]! < view.seq[q]! - 1;
}

/** Whether a form of "be" (adverbs aside) stands right before the verb. */
function afterBe(view: ClauseView, verb: VerbOccurrence): boolean {
  let p = verb.start - 1;
  while (p >= 0 && view.words[view.seq[p]!]!.pos === 'ADV') p--;
  const w = view.words[view.seq[p]!];
  return w !== undefined && (w.lemma === 'be' || w.lower === 'being');
}

/**
 * "sleeper agents arrested in the United States", "a contractor accused of spying": a participle
 * right after its noun, with no object, followed by "by" or in a clause whose own verb came before
 * that noun. The noun is the one done to; returns its unit.
 */
function reducedRelative(view: ClauseView, verb: VerbOccurrence): Unit | null {
  const head = view.words[view.seq[verb.head]!]!;
  if (head.pos !== 'VERB' || !head.lower.endsWith('ed') || verb.start === 0) return null;
  const noun = view.unitEnd.get(verb.start - 1);
  const next = view.words[view.seq[verb.end]!];
  if (!noun || noun.members.length === 0 || (next && !NO_OBJECT.has(next.pos))) return null;
  // "Palestinians detained by its army": an active past tense is never followed by "by" its doer
  if (next?.text === 'BY') return noun;
  const nounStart = view.span.get(noun)![0];
  for (let p = 0; p < nounStart; p++) {
    const w = view.words[view.seq[p]!]!;
    if (w.pos === 'VERB' && !CLAUSE_TAKING.has(w.lemma)) return noun;
  }
  return null;
}

/** "X was attacked", "X has been accused of ...": a participle after a form of "be", its subject the one done to. */
export function isPassive(view: ClauseView, verb: VerbOccurrence): boolean {
  const head = view.words[view.seq[verb.head]!]!;
  return head.pos === 'VERB' && !head.lower.endsWith('ing') && afterBe(view, verb);
}

/** In '"...," said the minister', the unit right after a verb that follows a closing quote. */
function invertedSubject(view: ClauseView, verb: VerbOccurrence): Unit | null {
  let p = verb.start - 1;
  if (view.words[view.seq[p]!]?.text === ',') p--;
  const before = view.words[view.seq[p]!];
  const prev = view.words[view.seq[p - 1]!];
  // a closing quote is written against the word before it
  if (!before || !QUOTE_MARKS.has(before.text) || !prev || prev.end !== before.start) return null;
  const u = view.unitStart.get(verb.end);
  return u && u.members.length > 0 ? u : null;
}

function hasPronoun(view: ClauseView, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (view.words[view.seq[p]!]!.pos === 'PRON') return true;
  return false;
}

/**
 * "with McCain calling it ...": a participle's subject is the noun phrase right before it, unless
 * that phrase is a text its clause's subject put out ("issued a statement demanding that ..."): the
 * text says what its author does.
 */
function participleSubject(view: ClauseView, verb: VerbOccurrence, shared: Unit | null, second: boolean): Unit | null | undefined {
  const w = view.words[view.seq[verb.head]!]!;
  if (!w.text.endsWith('ING') || verb.start === 0) return undefined;
  const u = view.unitEnd.get(verb.start - 1);
  if (!u) return undefined;
  if (u.members.length > 0) return u;
  // "said that lifting the embargo ...": "that" opens what was said, it is no noun phrase doing the act
  if (view.words[view.seq[verb.start - 1]!]!.lower === 'that' && saysBefore(view, verb.start - 1)) return undefined;
  const from = view.span.get(u)![0];
  return TEXT_NOUNS.has(view.words[view.seq[verb.start - 1]!]!.lemma) || whereActed(view, u, second) ? findSource(view, from, shared) : null;
}

/** Prepositions of the place or occasion a clause's subject acted in: "went on the record endorsing", "took to Twitter attacking". */
const SETTING = new Set(['on', 'to', 'at', 'in', 'during']);

/**
 * The phrase is where the clause's own verb was done, not a doer: a phrase of no people after a
 * preposition of place or occasion right after the verb ("fired on a crowd throwing stones" is the
 * crowd's act).
 */
function whereActed(view: ClauseView, u: Unit, second: boolean): boolean {
  const from = view.span.get(u)![0];
  const prep = view.words[view.seq[from - 1]!];
  const verb = view.words[view.seq[from - 2]!];
  return prep?.pos === 'ADP' && SETTING.has(prep.lower) && (verb?.pos === 'VERB' || (second && actedOn(view, from - 2))) && !namesRole(view, u);
}

/**
 * The phrase ending at `at` is a verb's object ("went after Trump at the debate refusing"): a setting
 * after it is the act's too. Only for a second act: a clause's first participle after an object and
 * a setting is more often someone else's.
 */
function actedOn(view: ClauseView, at: number): boolean {
  const object = view.unitEnd.get(at);
  if (!object) return false;
  let p = view.span.get(object)![0] - 1;
  while (p >= 0 && view.words[view.seq[p]!]!.pos === 'ADP') p--;
  return p >= 0 && view.words[view.seq[p]!]!.pos === 'VERB';
}

/** The subject of a participle or gerund, null when it is a phrase we do not know, undefined when the verb is neither. */
function gerundSubject(view: ClauseView, verb: VerbOccurrence, shared: Unit | null, said: number, saidBy: Unit | null, second: boolean): Unit | null | undefined {
  const before = participleSubject(view, verb, shared, second);
  return before !== undefined ? before : subordinateGerundSubject(view, verb, shared, said, saidBy);
}

/** Subordinators a gerund may follow with no subject of its own: "said when endorsing him". */
const GERUND_OPENERS = new Set(['WHEN', 'WHILE', 'BEFORE', 'AFTER', 'SINCE']);

/**
 * '"This is a movement," Sessions said when endorsing Trump': a gerund right after a subordinator has
 * no subject of its own; it shares the subject of the verb the subordinate clause hangs on, the
 * phrase right before that verb when it names an actor (past a quote that holds others), else that
 * verb's source. Undefined when the verb is no such gerund.
 */
function subordinateGerundSubject(view: ClauseView, verb: VerbOccurrence, shared: Unit | null, said: number, saidBy: Unit | null): Unit | null | undefined {
  const w = view.words[view.seq[verb.head]!]!;
  const opener = view.words[view.seq[verb.start - 1]!];
  if (!view.lemmaMode || !w.text.endsWith('ING') || !opener || !GERUND_OPENERS.has(opener.text)) return undefined;
  for (let q = verb.start - 2; q >= 0; q--) {
    if (view.words[view.seq[q]!]!.pos !== 'VERB') continue;
    let p = q - 1;
    while (p >= 0 && VERB_GROUP_WORDS.has(view.words[view.seq[p]!]!.pos)) p--;
    const subject = view.unitEnd.get(p);
    return subject && subject.members.length > 0 ? subject : findSource(view, q, shared, said, saidBy);
  }
  return undefined;
}

/** Where the subject may start: after an opening phrase set off by a comma ("In Florida, ..."), else 0. */
function openingPhraseEnd(view: ClauseView, before: number): number {
  const first = view.words[view.seq[0]!];
  if (!first || !OPENERS.has(first.pos)) return 0;
  for (let p = 1; p < before; p++) if (view.words[view.seq[p]!]!.text === ',') return p + 1;
  return 0;
}

/** When a statement was made, said between its verb and what was said: "said on Friday (that) they would". */
const STATEMENT_TIME = new Set(['on', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'week', 'month', 'night', 'morning', 'evening', 'afternoon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'that']);

/** Where the subject of a reported clause starting at `from` stands, past the time of the statement and "that". */
function reportedSubject(view: ClauseView, from: number, before: number): number {
  let p = from;
  while (p < before && STATEMENT_TIME.has(view.words[view.seq[p]!]!.lower)) p++;
  return p;
}

/** Whether a verb of saying stands before "that" at `at`, past the time of the statement ("said on Friday that"). */
function saysBefore(view: ClauseView, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && view.words[view.seq[p]!]!.lower !== 'that' && STATEMENT_TIME.has(view.words[view.seq[p]!]!.lower)) p--;
  const w = p >= 0 ? view.words[view.seq[p]!]! : null;
  return w?.pos === 'VERB' && CLAUSE_TAKING.has(w.lemma);
}

/**
 * Whether a subordinator opens a clause of its own. Our own coder reads one that is a preposition
 * ("after", "until", "since") or "as" as a clause only when a verb follows its noun phrase ("after
 * the talks ended", "as he embarked on a trip", "after being warned"), not before an infinitive or
 * none ("after four years to allow", "as part of").
 */
function opensSubclause(view: ClauseView, at: number): boolean {
  const w = view.words[view.seq[at]!]!;
  if (!view.lemmaMode || (w.pos !== 'ADP' && w.text !== 'AS')) return true;
  let p = at + 1;
  const unit = view.unitStart.get(p);
  if (unit) p = view.span.get(unit)![1] + 1;
  else while (p < view.seq.length && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(view.words[view.seq[p]!]!.pos)) p++;
  while (p < view.seq.length && view.words[view.seq[p]!]!.pos === 'ADV') p++;
  return VERB_START.has(view.words[view.seq[p]!]?.pos ?? '');
}

/** The first actor unit of the innermost (sub)clause before `before` that has one. */
/** Pronouns that, opening what a source said, stand for that source ("Beijing said it would ..."). */
const SAYER_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);

function findSource(view: ClauseView, before: number, shared: Unit | null, boundary = -1, saidBy: Unit | null = null): Unit | null {
  const starts = [openingPhraseEnd(view, before)];
  // "I fear this will ruin the farmers": what is feared starts after the verb, with its own subject
  const reported = new Set<number>();
  for (let p = 0; p < before; p++) {
    const w = view.words[view.seq[p]!]!;
    const subordinator = SUBORDINATORS.has(w.text) || (view.lemmaMode && w.text === 'AS');
    if ((subordinator && opensSubclause(view, p)) || p === boundary) starts.push(p + 1);
    else if (view.lemmaMode && w.pos === 'VERB' && CLAUSE_TAKING.has(w.lemma) && subjectThenVerb(view, p + 1, before)) {
      starts.push(p + 1);
      reported.add(p + 1);
    }
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    let subject: Unit | null | undefined;
    for (const [u, [a, b]] of view.span) {
      if (a < starts[k]! || b >= before) continue;
      if (u.members.length > 0) return u;
      subject ??= u;
    }
    // "Germany believes it can win": a pronoun we could not resolve, opening what was thought, is the thinker
    if (reported.has(starts[k]!) && SAYER_PRONOUNS.has(view.words[view.seq[starts[k]!]!]!.lower)) continue;
    // "China said it would ...", "said on Friday that they would ...": the pronoun opening the
    // reported clause is the one who said it
    const first = boundary >= 0 ? reportedSubject(view, boundary + 1, before) : -1;
    const opens = starts[k] === boundary + 1 || starts[k] === first;
    const named = [...view.span].some(([, [a, b]]) => a >= first && b < before);
    if (k > 0 && opens && saidBy && SAYER_PRONOUNS.has(view.words[view.seq[first]!]?.lower ?? '') && !named) return saidBy;
    // a subordinate clause with a subject we do not know (a name, a pronoun): not the main clause's actor either
    if (k > 0 && (subject || hasPronoun(view, starts[k]!, before))) return null;
    // "said that lifting the embargo is out of the question": after a verb of saying "that" opens what
    // was said, and an act in it with no subject of its own (a gerund) is the sayer's
    if (k > 0 && subject === undefined && view.words[view.seq[starts[k]! - 1]!]!.text === 'THAT' && saysBefore(view, starts[k]! - 1)) continue;
    // "a group that has applauded": the relative pronoun is the subject, and stands for the phrase before it
    if (k > 0 && subject === undefined && RELATIVES.has(view.words[view.seq[starts[k]! - 1]!]!.text)) {
      // at the very start of the clause its antecedent stands outside it: the shared subject
      if (starts[k]! < 2) return shared;
      // "for Germany, which criticised Russia": the comma before the pronoun stands between them
      const end = view.words[view.seq[starts[k]! - 2]!]!.text === ',' ? starts[k]! - 3 : starts[k]! - 2;
      const antecedent = view.unitEnd.get(end);
      return antecedent && antecedent.members.length > 0 ? antecedent : null;
    }
  }
  return shared;
}

/** Words of a noun phrase that may stand between a reported clause's start and its verb. */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);

/**
 * A subject and then its verb from `from` on, before `before`: "(think) this is going to", "(believe)
 * the talks will"; not "(told) Russia it would", whose first phrase is the object.
 */
function subjectThenVerb(view: ClauseView, from: number, before: number): boolean {
  const unit = view.unitStart.get(from);
  let q = from;
  if (unit) q = view.span.get(unit)![1] + 1;
  else if (view.words[view.seq[q]!]?.pos === 'PRON') q++;
  else while (q < before && SUBJECT_WORDS.has(view.words[view.seq[q]!]!.pos)) q++;
  if (q === from) return false;
  while (q < before && view.words[view.seq[q]!]!.pos === 'ADV') q++;
  return q < before && VERB_START.has(view.words[view.seq[q]!]!.pos);
}

/**
 * The first actor after the verb. Our own coder looks no further than TARGET_REACH words after the
 * pattern's last word (past that, the actor belongs to something the object says, not to the act:
 * "eliminate the tariffs on $125 billion worth of Chinese goods" is nothing done to China) nor into
 * a clause that starts after `breaksFrom`.
 */
function findTarget(view: ClauseView, after: number, breaksFrom: number, source: Unit | null, exclude: readonly Unit[]): Unit | null {
  // counted from the pattern's last word: "allow shipments of 500 tonnes of wheat to Nepal"
  const reach = view.lemmaMode ? Math.min(Math.max(after, breaksFrom) + TARGET_REACH, clauseBreak(view, breaksFrom)) : Infinity;
  for (const [u, [a]] of view.span) {
    if (a < after || a > reach || u.members.length === 0 || u === source || exclude.includes(u) || ownAgent(view, u, a, source)) continue;
    return u;
  }
  return null;
}

/** "Algeria recalled its ambassador to France": the source's own agent, named through a possessive, is not its target. */
function ownAgent(view: ClauseView, unit: Unit, at: number, source: Unit | null): boolean {
  if (!source || view.words[view.seq[at]!]!.pos !== 'PRON') return false;
  const countries = new Set(source.members.map((m) => m.code?.slice(0, 3)));
  return unit.members.every((m) => countries.has(m.code?.slice(0, 3)));
}

/** A verb of saying or its auxiliary ("said", "has"), whose clause after it is what was said. */
function saysWhat(w: Word | undefined): boolean {
  return w !== undefined && (w.pos === 'AUX' || CLAUSE_TAKING.has(w.lemma));
}

/**
 * Where a clause of its own or a comma phrase starts after `from` ("interviewed him after being
 * warned by Russia", "slammed candidates who think ...", "..., an official said"): the target of
 * the verb before it is not inside it.
 */
function clauseBreak(view: ClauseView, from: number): number {
  for (let p = from; p < view.seq.length; p++) {
    const w = view.words[view.seq[p]!]!;
    if (w.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(w.text)) return p - 1;
    // "accused Darfur rebels of ..., a member of the Chadian team has said": the target is not past a comma
    if (w.text === ',') return p - 1;
    const next = view.words[view.seq[p + 1]!];
    if (SUBORDINATORS.has(w.text) && next && VERB_START.has(next.pos)) return p - 1;
    // "pleaded guilty to charges he threatened to kill the senator": a noun's clause with a subject of
    // its own, its "that" left out ("said they had detained X" is what was said, and keeps X)
    if (SUBJECT_PRONOUNS.has(w.text) && next && VERB_START.has(next.pos) && !saysWhat(view.words[view.seq[p - 1]!])) return p - 1;
  }
  return Infinity;
}
