// Pairs gold events with system events (or a second annotator's) inside one document and counts
// agreement at the three levels of issue 15: root, root+source, root+source+target.
// Slots are lists of acceptable actor codes; a system slot is a one-code list. Two slots agree when
// they share a code, and a null slot agrees only with a null slot.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An event as the scorer compares it: a gold line, a system event, or another annotator's line. */
export interface ScoredEvent extends Span {
  readonly code: string;
  readonly source: readonly string[] | null;
  readonly target: readonly string[] | null;
}

export const LEVELS = ['root', 'root+source', 'root+source+target'] as const;
export type Level = (typeof LEVELS)[number];

export interface Pair {
  readonly gold: number;
  readonly system: number;
  /** How many levels agree: 0 (roots differ) .. 3 (root, source and target agree). */
  readonly depth: number;
  readonly sameCode: boolean;
}

export const rootOf = (code: string): string => code.slice(0, 2);

export function slotsAgree(gold: readonly string[] | null, system: readonly string[] | null): boolean {
  if (gold === null || system === null) return gold === system;
  return system.some((code) => gold.includes(code));
}

export function agreementDepth(gold: ScoredEvent, system: ScoredEvent): number {
  if (rootOf(gold.code) !== rootOf(system.code)) return 0;
  if (!slotsAgree(gold.source, system.source)) return 1;
  return slotsAgree(gold.target, system.target) ? 3 : 2;
}

const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The sentence that holds a trigger: the first sentence containing its start. */
export function sentenceOf(trigger: Span, sentences: readonly Span[]): Span | null {
  return sentences.find((s) => trigger.start >= s.start && trigger.start < s.end) ?? null;
}

/**
 * One-to-one pairing, best first. A pair is possible when the gold trigger lies inside the sentence
 * that holds the system trigger; among possible pairs, deeper agreement wins, then the same full
 * code, then the nearer triggers.
 */
export function pairEvents(gold: readonly ScoredEvent[], system: readonly ScoredEvent[], sentences: readonly Span[]): Pair[] {
  const candidates: (Pair & { distance: number })[] = [];
  system.forEach((s, si) => {
    const sentence = sentenceOf(s, sentences);
    if (!sentence) return;
    gold.forEach((g, gi) => {
      if (!inside(g, sentence)) return;
      candidates.push({ gold: gi, system: si, depth: agreementDepth(g, s), sameCode: g.code === s.code, distance: Math.abs(g.start - s.start) });
    });
  });
  candidates.sort((a, b) => b.depth - a.depth || Number(b.sameCode) - Number(a.sameCode) || a.distance - b.distance || a.system - b.system || a.gold - b.gold);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedSystem.has(c.system)) continue;
    usedGold.add(c.gold);
    usedSystem.add(c.system);
    pairs.push({ gold: c.gold, system: c.system, depth: c.depth, sameCode: c.sameCode });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Matched counts per level, with the totals they are divided by. */
export interface Tally {
  gold: number;
  system: number;
  matched: Record<Level, number>;
}

export const emptyTally = (): Tally => ({ gold: 0, system: 0, matched: { root: 0, 'root+source': 0, 'root+source+target': 0 } });

export function addPairs(tally: Tally, gold: number, system: number, pairs: readonly Pair[]): void {
  tally.gold += gold;
  tally.system += system;
  LEVELS.forEach((level, i) => {
    tally.matched[level] += pairs.filter((p) => p.depth > i).length;
  });
}

export function precisionRecall(tally: Tally, level: Level): { precision: number; recall: number; f1: number } {
  const m = tally.matched[level];
  const precision = tally.system ? m / tally.system : 0;
  const recall = tally.gold ? m / tally.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Cohen's kappa over labelled items: each item carries the label the two raters gave it. Used on the
 * roots of paired events, and with "none" for an event only one annotator coded.
 */
export function cohenKappa(items: readonly (readonly [string, string])[]): number | null {
  if (!items.length) return null;
  const n = items.length;
  const observed = items.filter(([a, b]) => a === b).length / n;
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  for (const [a, b] of items) {
    countA.set(a, (countA.get(a) ?? 0) + 1);
    countB.set(b, (countB.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [label, k] of countA) expected += (k / n) * ((countB.get(label) ?? 0) / n);
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}
