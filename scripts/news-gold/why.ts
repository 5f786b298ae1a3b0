// Why dyad coded nothing for a gold event (score:news --why): the documents go through the pipeline
// in this process, and each missed gold event gets the first cause that holds, in the order the coder
// would need them: a trigger of the gold root in the sentence, then the gold source and target among
// the sentence's actors, then an event. Orthogonal tags say whether the sentence is reported speech.
import type { KnowledgeBase } from '../../src/kb/types.js';
import type { Document } from '../../src/types.js';
import { rootOf, type Span } from './match.js';
import type { GoldEvent } from './documents.js';

export const CAUSES = [
  'sentence discarded by a discard phrase',
  'no trigger of the gold root; the sentence reports speech',
  'no trigger of the gold root; no speech in the sentence',
  'trigger of the gold root; gold source coded nowhere in the document (actor knowledge)',
  'trigger of the gold root; gold source coded in the document, not in the sentence',
  'trigger of the gold root; gold target coded nowhere in the document (actor knowledge)',
  'trigger of the gold root; gold target coded in the document, not in the sentence',
  'trigger and actors present; coder coded nothing in the sentence',
  'trigger and actors present; coder coded only a statement (010)',
  'trigger and actors present; coder coded another root elsewhere in the sentence',
] as const;
export type Cause = (typeof CAUSES)[number];

export interface Why {
  readonly cause: Cause;
  /** The sentence lies (at least partly) inside a quote, or a quote's cue stands in it. */
  readonly quoted: boolean;
  readonly sentence: Span;
}

/** Trigger lemma (a phrasal one with underscores) -> the roots its patterns code. */
export function triggerRoots(kb: KnowledgeBase): Map<string, Set<string>> {
  const roots = new Map<string, Set<string>>();
  for (const p of kb.patterns) {
    if (!p.code) continue;
    const set = roots.get(p.trigger) ?? roots.set(p.trigger, new Set()).get(p.trigger)!;
    set.add(rootOf(p.code));
  }
  return roots;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The roots some trigger of the sentence can code: single lemmas and two-word phrasal triggers. */
function sentenceRoots(doc: Document, sentence: Document['sentences'][number], roots: Map<string, Set<string>>): Set<string> {
  const found = new Set<string>();
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    for (const key of [t.lemma, t.normal, next && `${t.lemma}_${next.lemma}`, next && `${t.lemma}_${next.normal}`]) {
      if (key) for (const r of roots.get(key) ?? []) found.add(r);
    }
  });
  return found;
}

export function explain(doc: Document, missed: readonly GoldEvent[], roots: Map<string, Set<string>>): Why[] {
  const discarded = doc.issues.filter((i) => i.code === 'discard' && i.span).map((i) => i.span!);
  const quoteSpans = doc.quotes.flatMap((q) => [...q.parts, ...(q.cueSpan ? [q.cueSpan] : [])]);
  return missed.map((g) => {
    const sentence = doc.sentences.find((s) => g.start >= s.start && g.start < s.end) ?? doc.sentences[doc.sentences.length - 1]!;
    const quoted = quoteSpans.some((q) => overlaps(q, sentence));
    const why = (cause: Cause): Why => ({ cause, quoted, sentence });
    if (discarded.some((d) => overlaps(d, sentence))) return why('sentence discarded by a discard phrase');
    const possible = sentenceRoots(doc, sentence, roots);
    if (!possible.has(rootOf(g.code))) {
      return why(possible.has('01') || quoted ? 'no trigger of the gold root; the sentence reports speech' : 'no trigger of the gold root; no speech in the sentence');
    }
    const actors = new Set(doc.mentions.filter((m) => m.actor && overlaps(m, sentence)).map((m) => m.actor!));
    const anywhere = new Set(doc.mentions.map((m) => m.actor));
    if (!g.source.some((c) => actors.has(c))) {
      return why(g.source.some((c) => anywhere.has(c)) ? 'trigger of the gold root; gold source coded in the document, not in the sentence' : 'trigger of the gold root; gold source coded nowhere in the document (actor knowledge)');
    }
    if (g.target && !g.target.some((c) => actors.has(c))) {
      return why(g.target.some((c) => anywhere.has(c)) ? 'trigger of the gold root; gold target coded in the document, not in the sentence' : 'trigger of the gold root; gold target coded nowhere in the document (actor knowledge)');
    }
    const events = doc.events.filter((e) => e.sentence === sentence.index);
    if (events.length === 0) return why('trigger and actors present; coder coded nothing in the sentence');
    if (events.every((e) => e.code === '010')) return why('trigger and actors present; coder coded only a statement (010)');
    return why('trigger and actors present; coder coded another root elsewhere in the sentence');
  });
}
