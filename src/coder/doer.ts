// Who did an act when the knowledge base knows no actor for the doer (issue 15). "Police arrested the
// Kenyan opposition leader" and "Three Iraqi civilians were killed in a car bombing" are events on a
// known actor: they are kept, the doer coded by its role word with no country ("---COP", kb/roles.tsv)
// or, in a passive that names the act that did it and after such an act ("a roadside bomb killed
// ..."), unknown (code null). Acts only police or courts do (kb/institution-acts.tsv) name their
// doer by convention: "was arrested" by the police, "was convicted" by a court, of the country where
// it happened (institutions.ts), and police named without a country are that country's. A passive
// that says no more ("106 protesters have been killed") has no codeable source, and the news guide
// leaves such acts out; so does a subject we cannot code at all ("a New York man"): who it is is for
// the references to say.
import { join } from 'node:path';
import type { VerbIndex } from '../dictionary/model.js';
import { defaultKbDir } from '../kb/paths.js';
import { parseRoles } from '../kb/roles.js';
import type { DictionaryRef, Issue } from '../types.js';
import { actKey, builtinInstitutions } from './institutions.js';
import type { ClauseView } from './match.js';
import type { Member, Unit } from './units.js';
import type { VerbOccurrence } from './verbs.js';

/** Words between a subject and its verb ("police have now arrested", "troops did not"). */
const VERB_GROUP = new Set(['AUX', 'PART', 'ADV']);
/** Heads a doer's noun phrase may have: not a pronoun ("they" stands for someone named elsewhere). */
const HEADS = new Set(['NOUN', 'PROPN']);
/** Auxiliaries that make an act only possible or wished ("aid might be freed"): not done. */
const MODALS = new Set(['might', 'may', 'could', 'would', 'should', 'must', 'can', 'will', 'shall']);
/** The clitic "'s" may be "has" ("he's backed the plan"): no passive to trust. */
const CLITICS = new Set(["'s", '\u2019s']);

/**
 * The first CAMEO root of force (15 posture ... 20 mass violence). Only force done by no one named is
 * coded ("were killed", "were detained"): words need a speaker, and "were accused of" names none.
 */
const FIRST_FORCE_ROOT = 15;
const forceUsed = (code: string | null): boolean => code !== null && Number(code.slice(0, 2)) >= FIRST_FORCE_ROOT;

/** An agent with no country is written with this in the country's place (`---COP`). */
const NO_COUNTRY = '---';
/** Rule of a doer that is not said at all; its event has no span on the source side. */
export const AGENTLESS = 'coder/agentless';
/** Rule of a doer known only by its role word ("police", "gunmen"). */
const SUBJECT_WORDS = 'coder/agent-word';
/** Rule of the institution that alone does an act the text tells without its doer ("was arrested"). */
const INSTITUTION = 'coder/institution';
/** Rule of a role word given the country where its act happened ("police" in a story about Texas). */
const SUBJECT_WORDS_PLACED = 'coder/agent-word+country';

/** Whether an event's source is a doer found here, which a known doer later in the clause does not replace. */
export const isUnknownDoer = (rule: string): boolean => rule === AGENTLESS || rule === SUBJECT_WORDS || isConventionDoer(rule);
/** Whether the doer's code rests on a convention (the act's institution, the story's country), not on the text's words. */
export const isConventionDoer = (rule: string): boolean => rule === INSTITUTION || rule === SUBJECT_WORDS_PLACED;
/** Whether the doer stands nowhere in the text: the passive did not say who did it. */
export const hasNoWords = (rule: string): boolean => rule === AGENTLESS || rule === INSTITUTION;

export interface DoerContext {
  readonly view: ClauseView;
  readonly verb: VerbOccurrence;
  readonly verbs: VerbIndex;
  /** The verb is a passive with no by-phrase: the subject is the one done to. */
  readonly passive: boolean;
  /** The act's CAMEO code. */
  readonly code: string | null;
  /** The country the act happened in, for acts of police and courts (institutions.ts), or null. */
  readonly country: () => string | null;
}

/** The doer of an act with no known source: the subject's words, or unknown; [] when the clause has no subject. */
export function unknownDoer(c: DoerContext): Member[] {
  const { view, verb } = c;
  const at = view.seq[verb.head]!;
  const agent = c.code ? (builtinInstitutions().agents.get(actKey(c.code, view.words[at]!.lemma)) ?? null) : null;
  if (c.passive) return saidAsDone(view, verb.start) ? passiveDoer(c, agent) : [];
  // "showed a crowd accusing Israel": a participle after a noun tells what that noun was seen doing;
  // "pushed the senators to reject it": the object of another verb is not the infinitive's doer
  const before = view.words[view.seq[verb.start - 1]!];
  if ((view.words[at]!.lower.endsWith('ing') && before?.pos !== 'AUX') || infinitive(view, verb.start)) return [];
  const subject = subjectBefore(view, verb.start);
  if (!subject || subject.members.length > 0) return [];
  const head = view.words[subject.end - 1]!;
  if (!HEADS.has(head.pos)) return [];
  // "a roadside bombing killed two soldiers": an act, not an actor, did it
  if (c.verbs.formIndex.has(head.lemma)) return forceUsed(c.code) ? [unknownAt(view, verb)] : [];
  const role = roleAt(view, subject);
  if (!role) return [];
  const text = view.words
    .slice(subject.start, subject.end)
    .map((w) => w.surface)
    .join(' ');
  const code = institutionRole(role, agent, c.country);
  return [{ code, text, start: subject.start, end: subject.end, ref: role.ref, rule: code.startsWith(NO_COUNTRY) || code === role.code ? SUBJECT_WORDS : SUBJECT_WORDS_PLACED }];
}

/** The doer no one is named for, standing at the verb. */
function unknownAt(view: ClauseView, verb: VerbOccurrence): Member {
  const at = view.seq[verb.head]!;
  return { code: null, text: '', start: at, end: at, ref: null, rule: AGENTLESS };
}

/**
 * The doer of a passive that says by no one: the institution that alone does the act, of the
 * country where it happened (none when no country is clear), or unknown when the clause names the
 * act that did it ("were killed in a car bombing").
 */
function passiveDoer(c: DoerContext, agent: string | null): Member[] {
  const at = c.view.seq[c.verb.head]!;
  if (agent) {
    const country = c.country();
    return country ? [{ code: country + agent, text: '', start: at, end: at, ref: null, rule: INSTITUTION }] : [];
  }
  return forceUsed(c.code) && namesCause(c.view, c.verbs, c.verb.end) ? [unknownAt(c.view, c.verb)] : [];
}

/**
 * The code of a role word with no country: police or a court take the country their act happened
 * in ("police" in a story about Texas is USACOP), and a word of two forces doing an act of one
 * institution is that institution ("officers arrested him" are police).
 */
function institutionRole(role: RoleCode, agent: string | null, country: () => string | null): string {
  if (!role.code.startsWith(NO_COUNTRY)) return role.code;
  const table = builtinInstitutions();
  const own = agent && table.reads.has(role.ref.text) ? agent : role.code.slice(NO_COUNTRY.length);
  if (!table.institutions.has(own)) return role.code;
  return (country() ?? NO_COUNTRY) + own;
}

/** Prepositions that put an act as the cause of a passive's outcome ("killed in a bombing", "by a mine"). */
const CAUSE_PREPOSITIONS = new Set(['in', 'by', 'during']);
/** How far after the passive its cause may be named. */
const CAUSE_REACH = 8;

/**
 * The words after a passive name the act that did it: an act noun after "in", "by" or "during"
 * ("were killed in a suicide car bombing"), before a comma or another verb. "Were killed in an area
 * held by rebels" names a place, not an act.
 */
function namesCause(view: ClauseView, verbs: VerbIndex, from: number): boolean {
  let cause = false;
  for (let p = from; p < Math.min(view.seq.length, from + CAUSE_REACH); p++) {
    const w = view.words[view.seq[p]!]!;
    if (w.text === ',' || w.pos === 'VERB') return false;
    if (w.pos === 'ADP') cause = CAUSE_PREPOSITIONS.has(w.lower);
    else if (cause && w.pos === 'NOUN' && verbs.formIndex.has(w.lemma)) return true;
  }
  return false;
}

interface RoleCode {
  readonly code: string;
  readonly ref: DictionaryRef;
}

let roles: { readonly byWords: ReadonlyMap<string, RoleCode>; readonly longest: number; readonly issues: readonly Issue[] } | undefined;

/** The built-in role words (kb/roles.tsv), singular and plural, lower case, with the code each gives alone. */
function roleWords(): NonNullable<typeof roles> {
  if (roles) return roles;
  const issues: Issue[] = [];
  const byWords = new Map<string, RoleCode>();
  for (const r of parseRoles(join(defaultKbDir(), 'roles.tsv'), 'kb/roles.tsv', issues)) {
    const role = { code: r.suffix ? NO_COUNTRY + r.code : r.code, ref: { text: r.word, file: r.file, line: r.line } };
    for (const form of [r.word, r.plural]) if (form && !byWords.has(form.toLowerCase())) byWords.set(form.toLowerCase(), role);
  }
  roles = { byWords, longest: Math.max(...[...byWords.keys()].map((k) => k.split(' ').length)), issues };
  return roles;
}

/** The phrase names people by a role word ("a crowd", "protesters"): someone who may do an act. */
export function namesRole(view: ClauseView, unit: Unit): boolean {
  return roleAt(view, unit) !== null;
}

/**
 * The role word that heads the subject phrase ("riot police", "the gunmen"), or the title before a
 * name we do not know ("President Dos Santos"), longest first.
 */
function roleAt(view: ClauseView, subject: Unit): RoleCode | null {
  const { byWords, longest } = roleWords();
  const words = view.words.slice(subject.start, subject.end);
  const phrase = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((w) => w.lower)
      .join(' ');
  for (let n = Math.min(longest, words.length); n >= 1; n--) {
    const head = byWords.get(phrase(words.length - n, words.length));
    if (head) return head;
    const title = n < words.length && words.slice(n).every((w) => w.pos === 'PROPN') ? byWords.get(phrase(0, n)) : undefined;
    if (title) return title;
  }
  return null;
}

/**
 * The noun phrase that heads the subject standing right before the verb group: back over the
 * phrases hung on it ("members of the banned movement", "a roadside bomb near the town on Sunday").
 */
function subjectBefore(view: ClauseView, start: number): Unit | null {
  let p = start - 1;
  while (p >= 0 && VERB_GROUP.has(view.words[view.seq[p]!]!.pos)) p--;
  // "The rebel group, a small faction, insisted": the comma that closes a dropped aside
  if (p > 0 && view.words[view.seq[p]!]!.text === ',' && view.seq[p - 1]! < view.seq[p]! - 1) p--;
  let unit = view.unitEnd.get(p);
  while (unit) {
    const first = view.span.get(unit)![0];
    const before = view.words[view.seq[first - 1]!];
    if (before?.pos !== 'ADP') return unit;
    unit = view.unitEnd.get(first - 2);
  }
  return null;
}

/** A passive told as done: no modal in its verb group ("might be freed") and no clitic "'s" for "is". */
function saidAsDone(view: ClauseView, start: number): boolean {
  for (let p = start - 1; p >= 0; p--) {
    const w = view.words[view.seq[p]!]!;
    if (!VERB_GROUP.has(w.pos) && !CLITICS.has(w.lower)) return true;
    if (MODALS.has(w.lower) || CLITICS.has(w.lower)) return false;
  }
  return true;
}

/** The verb is an infinitive: "to" stands in its verb group ("to reject", "to swiftly reject"). */
function infinitive(view: ClauseView, start: number): boolean {
  for (let p = start - 1; p >= 0; p--) {
    const w = view.words[view.seq[p]!]!;
    if (w.lower === 'to' && w.pos === 'PART') return true;
    if (!VERB_GROUP.has(w.pos)) return false;
  }
  return false;
}
