// Turning a pattern written as a list of element specs into a compiled VerbPattern, shared by the
// PETRARCH verb loader and our own kb/verbs loader.
import type { DictionaryRef, Issue } from '../types.js';
import type { Gap, PatternElement, VerbPattern } from './model.js';

export type ElementSpec =
  | { readonly kind: 'verb'; readonly gap: Gap }
  | { readonly kind: 'word'; readonly alts: readonly (readonly string[])[]; readonly gap: Gap; readonly optional: boolean }
  | { readonly kind: 'set'; readonly name: string; readonly gap: Gap; readonly optional: boolean }
  | { readonly kind: 'source' | 'target' | 'compound' | 'skip'; readonly gap: Gap };

/**
 * `gap` on a spec is the distance allowed to the element on its LEFT in text order. Before the verb
 * matching runs right to left, so there an element's gap is taken from its right neighbour.
 */
/** True when the pattern would compile; else its problem is added to `issues`. */
export function patternProblems(specs: readonly ElementSpec[], ref: DictionaryRef, sets: (name: string) => (readonly string[])[] | null, issues: Issue[]): boolean {
  let verbs = 0;
  for (const s of specs) {
    if (s.kind === 'verb') verbs++;
    else if (s.kind === 'set' && !sets(s.name)) {
      issues.push({ code: 'unknown-synset', message: `synonym set &${s.name} is unknown, names itself or has more than ${MAX_SET_MEMBERS} members: ${ref.text}`, file: ref.file, line: ref.line });
      return false;
    }
  }
  if (verbs !== 1) issues.push({ code: 'malformed-pattern', message: `a pattern needs exactly one verb marker: ${ref.text}`, file: ref.file, line: ref.line });
  return verbs === 1;
}

export function compilePattern(
  specs: readonly ElementSpec[],
  codes: { readonly code: string | null; readonly reverse: string | null; readonly plover: string | null },
  ref: DictionaryRef,
  sets: (name: string) => (readonly string[])[] | null,
  issues: Issue[],
): VerbPattern | null {
  const verbAt = specs.findIndex((s) => s.kind === 'verb');
  if (verbAt < 0 || specs.findIndex((s, i) => s.kind === 'verb' && i !== verbAt) >= 0) {
    issues.push({ code: 'malformed-pattern', message: `a pattern needs exactly one verb marker: ${ref.text}`, file: ref.file, line: ref.line });
    return null;
  }
  const resolved: (PatternElement | 'verb')[] = [];
  for (const spec of specs) {
    if (spec.kind === 'verb') resolved.push('verb');
    else if (spec.kind === 'set') {
      const alts = sets(spec.name);
      if (!alts) {
        issues.push({ code: 'unknown-synset', message: `unknown synonym set &${spec.name}: ${ref.text}`, file: ref.file, line: ref.line });
        return null;
      }
      resolved.push({ kind: 'word', alts, gap: spec.gap, optional: spec.optional });
    } else resolved.push(spec);
  }
  const gapLeftOf = (i: number): Gap => specs[i]!.gap;
  const before: PatternElement[] = [];
  for (let i = 0; i < verbAt; i++) before.push(withGap(resolved[i] as PatternElement, gapLeftOf(i + 1)));
  const after: PatternElement[] = [];
  for (let i = verbAt + 1; i < specs.length; i++) after.push(resolved[i] as PatternElement);
  // every pattern has the same fields in the same order: the coder's loops over them see one shape
  return { before, after, code: codes.code, reverse: codes.reverse, plover: codes.plover, required: requiredWords([...before, ...after]), ref };
}

/** The first words of the alternatives of each word element that is not optional. */
function requiredWords(elements: readonly PatternElement[]): (readonly string[])[] {
  return elements.flatMap((el) => (el.kind === 'word' && !el.optional ? [el.alts.map((a) => a[0]!)] : []));
}

function withGap(el: PatternElement, gap: Gap): PatternElement {
  return { ...el, gap };
}

/**
 * A synonym set expands to at most this many members, nested sets included: PETRARCH's largest has a
 * few hundred; a chain of sets that each name the next twice would otherwise double at every step.
 */
export const MAX_SET_MEMBERS = 100_000;

/** Expands a synonym set, following nested `&NAME` members; null when a name is unknown, loops or expands past MAX_SET_MEMBERS. */
export function expandSet(name: string, raw: ReadonlyMap<string, readonly (readonly string[])[]>): (readonly string[])[] | null {
  const budget = { left: MAX_SET_MEMBERS };
  return expandWithin(name, raw, new Set(), budget);
}

function expandWithin(name: string, raw: ReadonlyMap<string, readonly (readonly string[])[]>, seen: ReadonlySet<string>, budget: { left: number }): (readonly string[])[] | null {
  const members = raw.get(name);
  if (!members || seen.has(name)) return null;
  const out: (readonly string[])[] = [];
  for (const m of members) {
    const nested = m.length === 1 && m[0]!.startsWith('&') ? m[0]!.slice(1) : null;
    if (nested === null) {
      if (--budget.left < 0) return null;
      out.push(m);
      continue;
    }
    const inner = expandWithin(nested, raw, new Set([...seen, name]), budget);
    if (!inner) return null;
    for (const x of inner) out.push(x);
  }
  return out;
}
