// Acts whose doer the news leaves unsaid because only one institution does them (kb/institution-acts.tsv):
// "Carlineo was arrested" by the police, "was convicted" by a court, of the country where it happened
// (the news guide's 3.3). The country is the place the sentence puts the act in, else the story's own
// country when the one it was done to belongs to it: a story about Texas tells Texan arrests, but an
// American "detained" in a story from Washington may have been detained anywhere.
import { join } from 'node:path';
import { columns, issue, list, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import type { Issue } from '../types.js';

export interface InstitutionTable {
  /** `code lemma` (a CAMEO code and a trigger's head lemma) -> the agent code of the institution that does it (COP, JUD). */
  readonly agents: ReadonlyMap<string, string>;
  /** Role words of two forces that take the act's institution ("officer"). */
  readonly reads: ReadonlySet<string>;
  /** Agent codes the table names: police and courts, whose country the story may give. */
  readonly institutions: ReadonlySet<string>;
  readonly issues: readonly Issue[];
}

const AGENT = /^[A-Z]{3}$/;

let cached: InstitutionTable | null = null;

export function builtinInstitutions(): InstitutionTable {
  cached ??= loadInstitutions(join(defaultKbDir(), 'institution-acts.tsv'), 'kb/institution-acts.tsv');
  return cached;
}

export function loadInstitutions(path: string, file: string): InstitutionTable {
  const agents = new Map<string, string>();
  const reads = new Set<string>();
  const issues: Issue[] = [];
  for (const line of readLines(path, file)) {
    const [kind, a, b, c, ...rest] = columns(line.text);
    if (kind === 'act' && a && AGENT.test(a) && b && list(b).every((code) => /^\d{2,4}$/.test(code)) && c && rest.length === 0) {
      for (const code of list(b)) for (const lemma of list(c)) agents.set(actKey(code, lemma), a);
    } else if (kind === 'reads' && a && b === undefined) {
      for (const word of list(a)) reads.add(word);
    } else {
      issues.push(issue('kb/institution-acts', `cannot read "${line.text.trim()}": want act AGENT CODES LEMMAS or reads WORDS`, line));
    }
  }
  return { agents, reads, institutions: new Set(agents.values()), issues };
}

/** The key of an act in the table: its CAMEO code and its trigger's head lemma. */
export const actKey = (code: string, lemma: string): string => `${code} ${lemma}`;

/**
 * The country an institution's act happened in: `place`, the country of the place the sentence puts
 * it in, else the story's `home` when one it was done to (`done`, their actor codes) is of that country.
 */
export function actCountry(place: string | null, home: string | null, done: readonly (string | null)[]): string | null {
  if (place) return place;
  return home && done.some((code) => code?.startsWith(home)) ? home : null;
}
