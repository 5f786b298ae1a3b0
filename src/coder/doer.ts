// Who did an act when the knowledge base knows no actor for the doer (issue 15). "Police arrested the
// Kenyan opposition leader" and "Three Iraqi civilians were killed in Baghdad" are events on a known
// actor: they are kept, the doer coded by its role word with no country ("---COP", kb/roles.tsv) or,
// in a passive that does not say by whom and after an act that did it ("a roadside bomb killed ..."),
// unknown (code null). A subject we cannot code at all ("a New York man") gives no event: who it is
// is for the references to say.
import { join } from 'node:path';
import type { VerbIndex } from '../dictionary/model.js';
import { defaultKbDir } from '../kb/paths.js';
import { parseRoles } from '../kb/roles.js';
import type { DictionaryRef, Issue } from '../types.js';
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

/** Whether an event's source is a doer found here, which a known doer later in the clause does not replace. */
export const isUnknownDoer = (rule: string): boolean => rule === AGENTLESS || rule === SUBJECT_WORDS;

export interface DoerContext {
  readonly view: ClauseView;
  readonly verb: VerbOccurrence;
  readonly verbs: VerbIndex;
  /** The verb is a passive with no by-phrase: the subject is the one done to. */
  readonly passive: boolean;
  /** The act's CAMEO code. */
  readonly code: string | null;
}

/** The doer of an act with no known source: the subject's words, or unknown; [] when the clause has no subject. */
export function unknownDoer(c: DoerContext): Member[] {
  const { view, verb } = c;
  const at = view.seq[verb.head]!;
  const unknown: Member = { code: null, text: '', start: at, end: at, ref: null, rule: AGENTLESS };
  if (c.passive) return forceUsed(c.code) && saidAsDone(view, verb.start) ? [unknown] : [];
  // "showed a crowd accusing Israel": a participle after a noun tells what that noun was seen doing;
  // "pushed the senators to reject it": the object of another verb is not the infinitive's doer
  const before = view.words[view.seq[verb.start - 1]!];
  if ((view.words[at]!.lower.endsWith('ing') && before?.pos !== 'AUX') || infinitive(view, verb.start)) return [];
  const subject = subjectBefore(view, verb.start);
  if (!subject || subject.members.length > 0) return [];
  const head = view.words[subject.end - 1]!;
  if (!HEADS.has(head.pos)) return [];
  // "a roadside bombing killed two soldiers": an act, not an actor, did it
  if (c.verbs.formIndex.has(head.lemma)) return forceUsed(c.code) ? [unknown] : [];
  const role = roleAt(view, subject);
  if (!role) return [];
  const text = view.words
    .slice(subject.start, subject.end)
    .map((w) => w.surface)
    .join(' ');
  return [{ code: role.code, text, start: subject.start, end: subject.end, ref: role.ref, rule: SUBJECT_WORDS }];
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
