// Modality as CAMEO codes it (kb/modality.tsv): "agreed to send aid" is an intent to give aid (033),
// "said it would raise tariffs" a threat of sanctions (1312), "refused to release them" a refusal to
// yield (1243), "failed to attack" nothing. The act keeps its trigger, roles and span; only its code
// changes. Applied to our own lemma patterns only: PETRARCH dictionaries carry their own modality.
import { join } from 'node:path';
import { columns, issue, list, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import type { Issue } from '../types.js';
import type { ClauseView } from './match.js';
import type { Unit } from './units.js';
import type { Word } from './words.js';

export interface Cue {
  readonly cls: string;
  readonly words: readonly string[];
  /** Whether the cue's words hold a negation ("will not"): it then stands for the negation. */
  readonly negated: boolean;
  readonly ref: { readonly file: string; readonly line: number };
}

interface Condition {
  /** The condition's words (lemmas): "unless", "out of the question". */
  readonly words: readonly string[];
  readonly from: string;
  readonly to: string;
}

export interface ModalityTable {
  /** Cues, longest first, so that "be not ready to" is tried before "to"-less ones. */
  readonly cues: readonly Cue[];
  readonly defers: readonly Cue[];
  readonly conditions: readonly Condition[];
  /** class -> code prefix -> result (`=` keep, `---` nothing). */
  readonly acts: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Classes whose act is the target's, demanded by whoever said it, with the code when the act codes nothing. */
  readonly sayers: ReadonlyMap<string, string>;
  /** Classes whose act is an event only when its doer tells it of itself ("said it could attack"). */
  readonly owns: ReadonlySet<string>;
  /** class -> the class whose act lines it falls back on. */
  readonly fallbacks: ReadonlyMap<string, string>;
  /** Verbs (lemmas) whose subject carries out the event noun they govern: a cue before them is the noun's ("will provide food aid"). */
  readonly governors: ReadonlySet<string>;
  /** Verbs (lemmas) a cue reaches over to the act after them ("prepared to resume shelling"). */
  readonly phases: ReadonlySet<string>;
  /** Verb phrases (lemmas) whose object is the doer of the infinitive after it ("urged Iran to free"), longest first. */
  readonly controls: readonly (readonly string[])[];
  /** Verbs (lemmas) after "to" whose object's bare infinitive is only hoped for ("would like to see China agree"). */
  readonly wishes: ReadonlySet<string>;
  readonly issues: readonly Issue[];
}

const NEGATION_LEMMAS = new Set(['not', 'never', "n't"]);
/** Tags a cue may skip between its own words and the act ("will soon send"). */
const SKIPPABLE = new Set(['ADV']);
/** Words a cue may skip too: "agreed in principle on Saturday to provide". */
const SKIPPABLE_WORDS = new Set(['in', 'on', 'principle', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

function skippable(view: ClauseView, p: number): boolean {
  const w = view.words[view.seq[p]!]!;
  return !NEGATION_LEMMAS.has(w.lemma) && (SKIPPABLE.has(w.pos) || SKIPPABLE_WORDS.has(w.lower));
}

let cached: ModalityTable | null = null;

/** The built-in table (read once per process). */
export function builtinModality(): ModalityTable {
  cached ??= loadModality(join(defaultKbDir(), 'modality.tsv'), 'kb/modality.tsv');
  return cached;
}

export function loadModality(path: string, file: string): ModalityTable {
  const cues: Cue[] = [];
  const defers: Cue[] = [];
  const conditions: Condition[] = [];
  const acts = new Map<string, Map<string, string>>();
  const sayers = new Map<string, string>();
  const fallbacks = new Map<string, string>();
  const owns = new Set<string>();
  const governors = new Set<string>();
  const phases = new Set<string>();
  const controls: string[][] = [];
  const wishes = new Set<string>();
  const issues: Issue[] = [];
  for (const line of readLines(path, file)) {
    const [kind, a, b, c, ...rest] = columns(line.text);
    const at = { file: line.file, line: line.line };
    if ((kind === 'cue' || kind === 'defer') && a && b && c === undefined) {
      const words = b.split(/\s+/);
      (kind === 'cue' ? cues : defers).push({ cls: a, words, negated: words.some((w) => NEGATION_LEMMAS.has(w)), ref: at });
    } else if (kind === 'sayer' && a && b && /^\d{2,4}$/.test(b) && c === undefined) {
      sayers.set(a, b);
    } else if (kind === 'own' && a && b === undefined) {
      owns.add(a);
    } else if (kind === 'fallback' && a && b && c === undefined) {
      fallbacks.set(a, b);
    } else if ((kind === 'govern' || kind === 'phase' || kind === 'wish') && a && b === undefined) {
      for (const lemma of list(a)) (kind === 'govern' ? governors : kind === 'phase' ? phases : wishes).add(lemma);
    } else if (kind === 'control' && a && b === undefined) {
      for (const phrase of list(a)) controls.push(phrase.split(/\s+/));
    } else if (kind === 'condition' && a && b && c && rest.length === 0) {
      conditions.push({ words: a.split(/\s+/), from: b, to: c });
    } else if (kind === 'act' && a && b && c && rest.length === 0 && /^\d{2,4}$/.test(b) && (c === '=' || c === '---' || /^\d{2,4}$/.test(c))) {
      let table = acts.get(a);
      if (!table) acts.set(a, (table = new Map()));
      table.set(b, c);
    } else {
      issues.push(
        issue('kb/modality', `cannot read "${line.text.trim()}": want cue|defer CLASS WORDS, sayer CLASS CODE, own CLASS, condition WORD FROM TO, act CLASS CODE RESULT, fallback CLASS PARENT, govern VERBS, phase VERBS, control VERBS, or wish VERBS`, at),
      );
    }
  }
  for (const cue of [...cues, ...defers]) {
    if (!acts.has(cue.cls) && !fallbacks.has(cue.cls)) issues.push(issue('kb/modality', `class "${cue.cls}" has no act lines and falls back on none`, cue.ref));
  }
  for (const [cls, parent] of fallbacks) {
    if (!acts.has(parent) || fallbacks.has(parent)) issues.push(issue('kb/modality', `class "${cls}" falls back on "${parent}", which has no act lines of its own or falls back itself`, { file, line: 0 }));
  }
  cues.sort((x, y) => y.words.length - x.words.length);
  controls.sort((x, y) => y.length - x.length);
  return { cues, defers, conditions, acts, sayers, owns, fallbacks, governors, phases, controls, wishes, issues };
}

function wordIs(view: ClauseView, pos: number, want: string): boolean {
  const w = view.words[view.seq[pos]!];
  return w !== undefined && (w.lemma === want || w.lower === want);
}

/**
 * A cue's word is never a name: "in May attacked", "Will Smith said" hold no modal. A modal is
 * capitalised only where a sentence or quote opens, so a capital after a word is a name.
 */
function cueWordIs(view: ClauseView, pos: number, want: string): boolean {
  if (!wordIs(view, pos, want)) return false;
  const i = view.seq[pos]!;
  const w = view.words[i]!;
  const before = view.words[i - 1];
  return w.pos !== 'PROPN' && !(/^\p{Lu}/u.test(w.surface) && before !== undefined && before.pos !== 'PUNCT');
}

/**
 * The cue standing right before sequence position `at` (the act's trigger), and the position where
 * it starts; adverbs and a day between the cue's words are skipped, negations never are. A phase
 * verb between the cue and the act is reached over ("prepared to resume shelling"), and so is the
 * verb that governs an event noun ("will provide nearly 25,000 tons of food aid").
 */
export function cueBefore(table: ModalityTable, view: ClauseView, at: number): { cue: Cue; start: number } | null {
  const direct = cueEndingAt(table, view, at);
  if (direct) return direct;
  const purpose = purposeOf(view, at);
  const governing = purpose === null ? null : cueEndingAt(table, view, purpose);
  if (governing) return governing;
  const phase = phaseBefore(table, view, at);
  if (phase !== null) return cueEndingAt(table, view, phase);
  const governor = governorOf(table, view, at);
  if (governor !== null) {
    const governorPhase = phaseBefore(table, view, governor);
    const found = cueEndingAt(table, view, governor) ?? (governorPhase === null ? null : cueEndingAt(table, view, governorPhase));
    if (found) return found;
  }
  const first = coordinatedWith(view, at);
  return first === null ? null : cueBefore(table, view, first);
}

/**
 * "is going to protect and defend X", "will send troops and attack": the verb the one at `at` is
 * joined to by "and" or "or", with no subject of its own between, whose cue both share; null if none.
 */
function coordinatedWith(view: ClauseView, at: number): number | null {
  let p = at - 1;
  while (p >= 0 && skippable(view, p)) p--;
  if (!wordIs(view, p, 'and') && !wordIs(view, p, 'or')) return null;
  for (let q = p - 1; q >= 0 && q >= p - 1 - NOUN_PHRASE_REACH; q--) {
    const w = view.words[view.seq[q]!]!;
    if (w.pos === 'VERB') return q;
    if (!NOUN_PHRASE.has(w.pos) || w.pos === 'SYM') return null;
  }
  return null;
}

function cueEndingAt(table: ModalityTable, view: ClauseView, at: number): { cue: Cue; start: number } | null {
  for (const cue of table.cues) {
    let p = at - 1;
    let ok = true;
    for (let k = cue.words.length - 1; k >= 0 && ok; k--) {
      while (p >= 0 && !cueWordIs(view, p, cue.words[k]!) && skippable(view, p)) p--;
      ok = p >= 0 && cueWordIs(view, p, cue.words[k]!);
      p--;
    }
    if (!ok) continue;
    // "must be ready to mediate": what must be is demanded, whatever the nearer cue says
    const outer = p + 1 > 0 && cue.words.length > 0 ? cueEndingAt(table, view, p + 1) : null;
    return outer && table.sayers.has(outer.cue.cls) ? outer : { cue, start: p + 1 };
  }
  return null;
}

/** Where a phase verb ("resume", "continue to") stands right before `at`, adverbs aside; null if none. */
function phaseBefore(table: ModalityTable, view: ClauseView, at: number): number | null {
  let p = at - 1;
  if (wordIs(view, p, 'to')) p--;
  while (p >= 0 && skippable(view, p)) p--;
  const w = view.words[view.seq[p]!];
  return w && w.pos === 'VERB' && table.phases.has(w.lemma) ? p : null;
}

/**
 * "is ready to ship equipment to help protect X": the verb whose purpose the act at `at` is (an
 * infinitive after its object), which a cue before that verb governs too.
 */
function purposeOf(view: ClauseView, at: number): number | null {
  if (!wordIs(view, at - 1, 'to') || view.words[view.seq[at - 1]!]!.pos !== 'PART') return null;
  for (let p = at - 2; p >= 0 && p >= at - 2 - NOUN_PHRASE_REACH; p--) {
    const w = view.words[view.seq[p]!]!;
    if (w.pos === 'VERB') return p;
    if (!NOUN_PHRASE.has(w.pos) && !NOUN_PHRASE_WORDS.has(w.lower)) return null;
  }
  return null;
}

/** Words an event noun's phrase may hold between it and the verb that governs it: "nearly 25,000 tons of emergency food". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'SYM']);
const NOUN_PHRASE_WORDS = new Set(['of', 'and', ',']);
const NOUN_PHRASE_REACH = 8;

/** The position of the verb that governs the event noun at `at`, when it is one whose subject carries the noun out. */
function governorOf(table: ModalityTable, view: ClauseView, at: number): number | null {
  const head = view.words[view.seq[at]!];
  if (!head || head.pos !== 'NOUN') return null;
  for (let p = at - 1; p >= 0 && p >= at - NOUN_PHRASE_REACH; p--) {
    const w = view.words[view.seq[p]!]!;
    if (w.pos === 'VERB') return table.governors.has(w.lemma) ? p : null;
    if (!NOUN_PHRASE.has(w.pos) && !NOUN_PHRASE_WORDS.has(w.lower)) return null;
  }
  return null;
}

/** The deferring cue that starts at sequence position `at` (a trigger such as "agreed to", "agreed in principle to"). */
export function deferAt(table: ModalityTable, view: ClauseView, at: number): Cue | null {
  return table.defers.find((cue) => startsAt(view, at, cue.words)) ?? null;
}

function startsAt(view: ClauseView, at: number, words: readonly string[]): boolean {
  let p = at;
  for (const [k, want] of words.entries()) {
    while (k > 0 && p < view.seq.length && !wordIs(view, p, want) && skippable(view, p)) p++;
    if (!wordIs(view, p, want)) return false;
    p++;
  }
  return true;
}

/** Tags of the words of the object a control verb's infinitive follows ("pushed fellow Senate Democrats to"). */
const OBJECT_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);
const OBJECT_REACH = 8;

/**
 * "pushed Senate Democrats to reject the deal", "expect Iran to retaliate": the infinitive at `at`
 * is its object's act, asked or expected of it, not done; it is no event of its own (the control
 * verb's own patterns code the appeal). Only where the object is a plain noun phrase right between
 * the control verb and "to".
 */
export function controlled(table: ModalityTable, view: ClauseView, trigger: number): boolean {
  // an event noun is asked through the verb that governs it ("expect China to impose sanctions")
  const at = governorOf(table, view, trigger) ?? trigger;
  if (!wordIs(view, at - 1, 'to') || view.words[view.seq[at - 1]!]!.pos !== 'PART') return wished(table, view, at);
  let p = at - 2;
  const stop = Math.max(0, at - 2 - OBJECT_REACH);
  while (p >= stop && OBJECT_WORDS.has(view.words[view.seq[p]!]!.pos) && !wordIs(view, p, 'to')) p--;
  if (p === at - 2 || p < 0) return false;
  return table.controls.some((phrase) => phrase.every((w, k) => wordIs(view, p - phrase.length + 1 + k, w)));
}

/**
 * "would like to see China agree to purchases": the bare infinitive after the object of a wish verb
 * that is itself an infinitive is only hoped for, by someone other than its doer (the guide's wishes).
 */
function wished(table: ModalityTable, view: ClauseView, at: number): boolean {
  let p = at - 1;
  const stop = Math.max(0, at - 1 - OBJECT_REACH);
  while (p >= stop && OBJECT_WORDS.has(view.words[view.seq[p]!]!.pos) && !wordIs(view, p, 'to')) p--;
  if (p === at - 1 || p < 1) return false;
  const verb = view.words[view.seq[p]!]!;
  return verb.pos === 'VERB' && table.wishes.has(verb.lemma) && wordIs(view, p - 1, 'to');
}

/**
 * The class after the sentence's conditions: "unless" after the trigger turns a promise into a
 * threat, "is out of the question" after it makes the act refused.
 */
export function conditioned(table: ModalityTable, view: ClauseView, after: number, cls: string | null): string | null {
  for (const c of table.conditions) {
    if (c.from !== (cls ?? 'none')) continue;
    for (let p = after; p < view.seq.length; p++) if (c.words.every((w, k) => wordIs(view, p + k, w))) return c.to;
  }
  return cls;
}

/** The class whose act lines say what a plainly negated act stands for ("does not support X": 110). */
export const NEGATED = 'negated';

/**
 * What a plainly negated act ("does not support", "did not back") is as CAMEO codes it: the code its
 * `negated` line gives, or null when it has none, for a negated act is no event (the guide's "did not
 * attend"). Only a stance whose denial is itself one has a line.
 */
export function negatedAct(table: ModalityTable, code: string): string | null {
  if (!table.acts.has(NEGATED)) return null;
  const result = recode(table, NEGATED, code);
  return result === code ? null : result;
}

/** The act's code under a class: the new code, the same code, or null for no event. */
export function recode(table: ModalityTable, cls: string, code: string): string | null {
  const acts = table.acts.get(cls);
  const parent = table.fallbacks.get(cls);
  if (!acts) return parent ? recode(table, parent, code) : code;
  for (let n = code.length; n >= 2; n--) {
    const result = acts.get(code.slice(0, n));
    if (result === undefined) continue;
    return result === '=' ? code : result === '---' ? null : result;
  }
  return parent ? recode(table, parent, code) : code;
}

/**
 * "Britain said Libya must hand over the suspects", where the act codes nothing ("must drop
 * barriers"): the sayer class's cue after the statement, with the actor right before it, the one
 * the demand is made of.
 */
export function sayerCueAfter(table: ModalityTable, view: ClauseView, said: number): { code: string; subject: number } | null {
  for (let p = said + 2; p < view.seq.length; p++) {
    const found = cueBefore(table, view, p);
    const code = found && found.start > said + 1 ? table.sayers.get(found.cue.cls) : undefined;
    if (found && code) return { code, subject: subjectBefore(view, found.start, said) };
  }
  return null;
}

/** Marks that open or close a quote: "said that China “must stop ...”" quotes the demand, not its subject. */
const QUOTING = new Set(['"', '\u201c', '\u201d', "''", '``']);

/** Where the actor the cue at `cue` is said of ends: right before it, past a quotation mark. */
function subjectBefore(view: ClauseView, cue: number, said: number): number {
  let p = cue - 1;
  while (p > said + 1 && QUOTING.has(view.words[view.seq[p]!]!.text)) p--;
  return p;
}

/** Verbs that name a sayer after the words said ("..., the opposition said", "..., said the minister"). */
const REPORTING = new Set(['say', 'add', 'tell', 'state', 'declare', 'insist', 'argue', 'write', 'warn', 'tweet']);
const ADVERB = 'ADV';

/**
 * The one who said a clause, named after it past a comma: "Erdogan must resign, the opposition said"
 * or "..., said the minister". `from` is the sentence's word index the clause's act ends at. Only an
 * actor we know: the demand is theirs.
 */
export function sayerAfter(words: readonly Word[], units: readonly Unit[], from: number): Unit | null {
  let comma = from + 1;
  while (comma < words.length && words[comma]!.text !== ',') comma++;
  const unitAt = (i: number) => units.find((u) => u.start === i && u.members.length > 0) ?? null;
  const reports = (i: number) => REPORTING.has(words[i]?.lemma ?? '');
  const after = unitAt(comma + 1);
  if (after) {
    let v = after.end;
    while (words[v]?.pos === ADVERB) v++;
    return reports(v) ? after : null;
  }
  return reports(comma + 1) ? unitAt(comma + 2) : null;
}
