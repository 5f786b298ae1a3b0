// Matching a verb pattern around a verb occurrence, TABARI style: elements before the verb are
// found right to left from it, elements after it left to right, each within its allowed gap and
// inside the clause; $ + % take the nearest actor unit, ^ skips the nearest noun phrase.
import type { PatternElement, VerbPattern } from '../dictionary/model.js';
import { RELATIVES } from './clauses.js';
import type { Unit } from './units.js';
import type { Word } from './words.js';

/** A clause seen as the sequence of its kept words, with its units placed on that sequence. */
export interface ClauseView {
  readonly words: readonly Word[];
  /** Word index of each sequence position. */
  readonly seq: readonly number[];
  /** Sequence position -> unit starting / ending there (end = last position of the unit). */
  readonly unitStart: ReadonlyMap<number, Unit>;
  readonly unitEnd: ReadonlyMap<number, Unit>;
  /** Sequence positions of a unit: [first, last]. */
  readonly span: ReadonlyMap<Unit, readonly [number, number]>;
  readonly lemmaMode: boolean;
  /** Every word form of the clause (upper-case forms, or lemmas and lower-case forms), to rule patterns out fast. */
  readonly present: ReadonlySet<string>;
}

export interface PatternMatch {
  readonly source: Unit | null;
  readonly target: Unit | null;
  readonly compound: Unit | null;
  /** Sequence position of the leftmost element matched before the verb (the verb's own start if none). */
  readonly first: number;
  /** Sequence position of the rightmost element matched after the verb (the verb's own last if none). */
  readonly last: number;
  readonly skipped: readonly Unit[];
}

interface State {
  source: Unit | null;
  target: Unit | null;
  compound: Unit | null;
  skipped: Unit[];
}

/** Lemma patterns match a word by lemma or as written; PETRARCH patterns by the upper-case form. */
function wordIs(view: ClauseView, pos: number, want: string): boolean {
  const w = view.words[view.seq[pos]!]!;
  return view.lemmaMode ? w.lemma === want || w.lower === want : w.text === want;
}

function altStartingAt(view: ClauseView, q: number, alt: readonly string[]): boolean {
  if (q < 0 || q + alt.length > view.seq.length) return false;
  for (let k = 0; k < alt.length; k++) if (!wordIs(view, q + k, alt[k]!)) return false;
  return true;
}

function altEndingAt(view: ClauseView, q: number, alt: readonly string[]): boolean {
  return altStartingAt(view, q - alt.length + 1, alt);
}

function unitFits(el: PatternElement, u: Unit | undefined): u is Unit {
  if (!u) return false;
  if (el.kind === 'skip') return true;
  if (el.kind === 'compound') return u.members.length >= 2;
  return u.members.length > 0;
}

function assign(state: State, el: PatternElement, u: Unit): void {
  if (el.kind === 'source') state.source = u;
  else if (el.kind === 'target') state.target = u;
  else if (el.kind === 'compound') state.compound = u;
  else state.skipped.push(u);
}

/** Matches `before` right to left ending at `pos`; returns the new leftmost position - 1, or null. */
function matchBefore(view: ClauseView, els: readonly PatternElement[], pos: number, state: State): number | null {
  for (let k = els.length - 1; k >= 0; k--) {
    const el = els[k]!;
    const limit = el.gap < 0 ? 0 : Math.max(0, pos - el.gap);
    let found = -2;
    for (let q = pos; q >= limit && found === -2; q--) {
      if (el.kind === 'word') {
        for (const alt of el.alts) {
          if (altEndingAt(view, q, alt)) {
            found = q - alt.length;
            break;
          }
        }
      } else {
        const u = view.unitEnd.get(q);
        if (unitFits(el, u)) {
          assign(state, el, u);
          found = view.span.get(u)![0] - 1;
        }
      }
    }
    if (found === -2) {
      if (el.kind === 'word' && el.optional) continue;
      return null;
    }
    pos = found;
  }
  return pos;
}

/**
 * Words a relative clause right after an actor may take ("allow refugees who have lived in Iraq for
 * more than a decade to return"): it belongs to the actor's phrase, so the pattern goes on after it.
 */
const RELATIVE_CLAUSE_GAP = 12;
/** Tags of a word whose complement the next word is ("who wanted to return", "afraid to return"): still inside the relative clause. */
const GOVERNING = new Set(['VERB', 'AUX', 'ADJ']);

/** A word after a relative pronoun continues the pattern only where no word of that clause governs it. */
function closesRelative(view: ClauseView, q: number): boolean {
  let before = view.words[view.seq[q - 1]!]!;
  if (before.text === 'TO' && q >= 2) before = view.words[view.seq[q - 2]!]!;
  return !GOVERNING.has(before.pos);
}

/**
 * A gerund the gap before an actor would cross ("attacked Christie by accusing him"): the actor after
 * it is the gerund's own object, not the one the pattern's word ("by") introduces.
 */
function opensGerund(view: ClauseView, q: number): boolean {
  const w = view.words[view.seq[q]!]!;
  return view.lemmaMode && w.pos === 'VERB' && w.lower.endsWith('ing');
}

/**
 * The unit whose words a pattern's words have entered, when an actor element is wanted at `q`, a
 * chunk of that unit, and all the unit's actors stand from there on: in "raided the homes of
 * activists" ("raid home of +") the words "homes of" open the unit whose actors are the activists.
 */
function unitEntered(view: ClauseView, q: number, from: number): Unit | undefined {
  const at = view.seq[q]!;
  for (const [u, [a, b]] of view.span) {
    if (a >= from || q <= a || q > b) continue;
    if (u.members.length === 0 || !u.chunks.some((c) => c.start === at)) return undefined;
    return u.members.every((m) => m.start >= at) ? u : undefined;
  }
  return undefined;
}

/** Matches `after` left to right from `pos`; returns the last position matched, or null. */
function matchAfter(view: ClauseView, els: readonly PatternElement[], pos: number, state: State): number | null {
  const last = view.seq.length - 1;
  let afterActor = false;
  /** Whether pattern words matched since the last actor: an actor may then stand inside a unit they entered. */
  let afterWords = false;
  for (const el of els) {
    const relative = afterActor && el.kind === 'word' && pos <= last && RELATIVES.has(view.words[view.seq[pos]!]!.text);
    const gap = relative ? Math.max(el.gap, RELATIVE_CLAUSE_GAP) : el.gap;
    const limit = gap < 0 ? last : Math.min(last, pos + gap);
    let found = -1;
    for (let q = pos; q <= limit && found < 0; q++) {
      if (relative && !closesRelative(view, q)) continue;
      if (el.kind === 'word') {
        for (const alt of el.alts) {
          if (altStartingAt(view, q, alt)) {
            found = q + alt.length;
            break;
          }
        }
      } else {
        const u = view.unitStart.get(q) ?? (afterWords ? unitEntered(view, q, pos) : undefined);
        if (unitFits(el, u)) {
          assign(state, el, u);
          found = view.span.get(u)![1] + 1;
        } else if (opensGerund(view, q)) break;
      }
    }
    if (found < 0) {
      if (el.kind === 'word' && el.optional) continue;
      return null;
    }
    afterWords = el.kind === 'word';
    pos = found;
    afterActor = el.kind !== 'word';
  }
  return pos - 1;
}

/** One of the words is in the clause (a loop: this runs for every pattern of every verb). */
function anyPresent(present: ReadonlySet<string>, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (present.has(words[k]!)) return true;
  return false;
}

/** Matches `pattern` around the verb at sequence positions [verbStart, verbEnd). */
export function matchPattern(view: ClauseView, pattern: VerbPattern, verbStart: number, verbEnd: number): PatternMatch | null {
  const wanted = pattern.required;
  for (let r = 0; r < wanted.length; r++) if (!anyPresent(view.present, wanted[r]!)) return null;
  const state: State = { source: null, target: null, compound: null, skipped: [] };
  const left = matchBefore(view, pattern.before, verbStart - 1, state);
  if (left === null) return null;
  const right = matchAfter(view, pattern.after, verbEnd, state);
  if (right === null) return null;
  return { ...state, first: left + 1, last: right };
}
