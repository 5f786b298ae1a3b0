// Misspelt names of known people: "Vladmir Putin" is Vladimir Putin when the first or last word is
// exact and the whole name is within two edits of one of his names, and no other known person fits
// as well.
import type { Person } from '../kb/types.js';
import { edgeWords, type EntityKnowledge } from './knowledge.js';

/** Two edits only in a long name: in a short one they make another real name ("Ben Carson", "Ben Cardin"). */
const LONG_NAME = 12;
/** A misspelt word is at least this long: "Kim Jong" is not "Kim Song", one letter apart. */
const MIN_MISSPELT_WORD = 5;

export function misspeltPerson(written: string, knowledge: EntityKnowledge): Person | null {
  if (!written.includes(' ')) return null;
  const candidates = new Set(edgeWords(written).flatMap((w) => knowledge.byNameWord.get(w) ?? []));
  const lower = written.toLowerCase();
  const words = lower.split(/\s+/);
  const maxEdits = lower.length >= LONG_NAME ? 2 : 1;
  let best: Person | null = null;
  let bestDistance = maxEdits + 1;
  let tie = false;
  for (const person of candidates) {
    let d = Infinity;
    for (const known of lowerNames(person)) {
      // further apart in length than the best so far: its distance could decide nothing
      if (Math.abs(known.name.length - lower.length) > bestDistance || !misspeltWordsLongEnough(words, known)) continue;
      d = Math.min(d, editDistance(lower, known.name, bestDistance));
    }
    if (d < bestDistance) [best, bestDistance, tie] = [person, d, false];
    else if (d === bestDistance && person !== best) tie = true;
  }
  return tie ? null : best;
}

interface LowerName {
  readonly name: string;
  readonly list: readonly string[];
  readonly words: ReadonlySet<string>;
}

/** A person's names in lower case with their words, made once: a common first name has hundreds of people. */
const lowered = new WeakMap<Person, readonly LowerName[]>();

function lowerNames(person: Person): readonly LowerName[] {
  let names = lowered.get(person);
  if (!names) {
    names = [person.name, ...person.aliases]
      .map((n) => n.toLowerCase())
      .map((name) => {
        const list = name.split(/\s+/);
        return { name, list, words: new Set(list) };
      });
    lowered.set(person, names);
  }
  return names;
}

/**
 * Every written word that is not a word of the known name is long enough to be a misspelling of one,
 * and keeps its first letter: a slip of the keyboard spares the initial, another name does not ("John
 * Dickey" is not John Hickey, "Peter Morgan" not Peter Norman).
 */
function misspeltWordsLongEnough(written: readonly string[], known: LowerName): boolean {
  const sameInitials = written.length !== known.list.length || written.every((w, i) => w[0] === known.list[i]![0]);
  return sameInitials && written.every((w) => known.words.has(w) || w.length >= MIN_MISSPELT_WORD);
}

/** Two rows of the distance table, kept between calls: the entity stage asks for thousands a document. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(2 * (b.length + 1)), new Int32Array(2 * (b.length + 1))];
  let row = rowA;
  let next = rowB;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    next[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      next[j] = v;
      if (v < smallest) smallest = v;
    }
    if (smallest > limit) return limit + 1;
    const done = row;
    row = next;
    next = done;
  }
  return row[b.length]!;
}
