// Misspelt names of known people: "Vladmir Putin" is Vladimir Putin when the first or last word is
// exact and the whole name is within two edits of one of his names, and no other known person fits
// as well.
import type { Person } from '../kb/types.js';
import { edgeWords, type EntityKnowledge } from './knowledge.js';

const MAX_EDITS = 2;

export function misspeltPerson(written: string, knowledge: EntityKnowledge): Person | null {
  if (!written.includes(' ')) return null;
  const candidates = new Set(edgeWords(written).flatMap((w) => knowledge.byNameWord.get(w) ?? []));
  const lower = written.toLowerCase();
  let best: Person | null = null;
  let bestDistance = MAX_EDITS + 1;
  let tie = false;
  for (const person of candidates) {
    const d = Math.min(...[person.name, ...person.aliases].map((n) => editDistance(lower, n.toLowerCase(), bestDistance)));
    if (d < bestDistance) [best, bestDistance, tie] = [person, d, false];
    else if (d === bestDistance && person !== best) tie = true;
  }
  return tie ? null : best;
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      next.push(v);
      smallest = Math.min(smallest, v);
    }
    if (smallest > limit) return limit + 1;
    row = next;
  }
  return row[b.length]!;
}
