// US news tags a member of Congress or of a state legislature with party and state after the name:
// "Sen. David Perdue (R-Ga.)", "Mitch McConnell, R-Ky., said". The tag marks a legislator (USALEG)
// and is itself no name, though the recogniser may read "R-Ky" or "Ore" in it as one.
import type { Span } from '../types.js';

/** "(R-Ga.)", "(D-N.Y.)", "(I-Vt.)", ", R-Ky.," and ", D-New York,": a party letter, a dash, a state. */
const TAG = /\(\s*[RDI]-\s?[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*\)|,\s[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?(?=,)/g;
/** How far after a name its tag may start: the blank and bracket or comma between them. */
const GAP = 3;

/** Party tags are a US convention. */
export const TAGGED_COUNTRY = 'USA';
export const LEGISLATOR = `${TAGGED_COUNTRY}LEG`;

export function partyTags(text: string): Span[] {
  return [...text.matchAll(TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** True when a party tag starts right after `end`, the end of a person's name. */
export function taggedLegislator(tags: readonly Span[], text: string, end: number): boolean {
  return tags.some((t) => t.start >= end && t.start <= end + GAP && text.slice(end, t.start).trim() === '');
}
