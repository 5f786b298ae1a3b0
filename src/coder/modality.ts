// Modality as CAMEO codes it (kb/modality.tsv): "agreed to send aid" is an intent to give aid (033),
// "said it would raise tariffs" a threat of sanctions (1312), "refused to release them" a refusal to
// yield (1243), "failed to attack" nothing. The act keeps its trigger, roles and span; only its code
// changes. Applied to our own lemma patterns only: PETRARCH dictionaries carry their own modality.
import { join } from 'node:path';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import type { Issue } from '../types.js';
import type { ClauseView } from './match.js';

export interface Cue {
  readonly cls: string;
  readonly words: readonly string[];
  /** Whether the cue's words hold a negation ("will not"): it then stands for the negation. */
  readonly negated: boolean;
  readonly ref: { readonly file: string; readonly line: number };
}

interface Condition {
  readonly word: string;
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
  const issues: Issue[] = [];
  for (const line of readLines(path, file)) {
    const [kind, a, b, c, ...rest] = columns(line.text);
    const at = { file: line.file, line: line.line };
    if ((kind === 'cue' || kind === 'defer') && a && b && c === undefined) {
      const words = b.split(/\s+/);
      (kind === 'cue' ? cues : defers).push({ cls: a, words, negated: words.some((w) => NEGATION_LEMMAS.has(w)), ref: at });
    } else if (kind === 'sayer' && a && b && /^\d{2,4}$/.test(b) && c === undefined) {
      sayers.set(a, b);
    } else if (kind === 'condition' && a && b && c && rest.length === 0) {
      conditions.push({ word: a, from: b, to: c });
    } else if (kind === 'act' && a && b && c && rest.length === 0 && /^\d{2,4}$/.test(b) && (c === '=' || c === '---' || /^\d{2,4}$/.test(c))) {
      let table = acts.get(a);
      if (!table) acts.set(a, (table = new Map()));
      table.set(b, c);
    } else {
      issues.push(issue('kb/modality', `cannot read "${line.text.trim()}": want cue|defer CLASS WORDS, sayer CLASS CODE, condition WORD FROM TO, or act CLASS CODE RESULT`, at));
    }
  }
  for (const cue of [...cues, ...defers]) {
    if (!acts.has(cue.cls)) issues.push(issue('kb/modality', `class "${cue.cls}" has no act lines`, cue.ref));
  }
  cues.sort((x, y) => y.words.length - x.words.length);
  return { cues, defers, conditions, acts, sayers, issues };
}

function wordIs(view: ClauseView, pos: number, want: string): boolean {
  const w = view.words[view.seq[pos]!];
  return w !== undefined && (w.lemma === want || w.lower === want);
}

/**
 * The cue standing right before sequence position `at` (the act's trigger), and the position where
 * it starts; adverbs and a day between the cue's words are skipped, negations never are.
 */
export function cueBefore(table: ModalityTable, view: ClauseView, at: number): { cue: Cue; start: number } | null {
  for (const cue of table.cues) {
    let p = at - 1;
    let ok = true;
    for (let k = cue.words.length - 1; k >= 0 && ok; k--) {
      while (p >= 0 && !wordIs(view, p, cue.words[k]!) && skippable(view, p)) p--;
      ok = p >= 0 && wordIs(view, p, cue.words[k]!);
      p--;
    }
    if (!ok) continue;
    // "must be ready to mediate": what must be is demanded, whatever the nearer cue says
    const outer = p + 1 > 0 && cue.words.length > 0 ? cueBefore(table, view, p + 1) : null;
    return outer && table.sayers.has(outer.cue.cls) ? outer : { cue, start: p + 1 };
  }
  return null;
}

/** The deferring cue that starts at sequence position `at` (a trigger such as "agreed to"). */
export function deferAt(table: ModalityTable, view: ClauseView, at: number): Cue | null {
  return table.defers.find((cue) => cue.words.every((w, k) => wordIs(view, at + k, w))) ?? null;
}

/** The class after the sentence's conditions: "unless" after the trigger turns a promise into a threat. */
export function conditioned(table: ModalityTable, view: ClauseView, after: number, cls: string | null): string | null {
  for (const c of table.conditions) {
    if (c.from !== (cls ?? 'none')) continue;
    for (let p = after; p < view.seq.length; p++) if (wordIs(view, p, c.word)) return c.to;
  }
  return cls;
}

/** The act's code under a class: the new code, the same code, or null for no event. */
export function recode(table: ModalityTable, cls: string, code: string): string | null {
  const acts = table.acts.get(cls);
  if (!acts) return code;
  for (let n = code.length; n >= 2; n--) {
    const result = acts.get(code.slice(0, n));
    if (result === undefined) continue;
    return result === '=' ? code : result === '---' ? null : result;
  }
  return code;
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
    if (found && code) return { code, subject: found.start - 1 };
  }
  return null;
}
