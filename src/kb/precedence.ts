// Curated entries take precedence over imported ones (kb/imported/*). An imported person whose name
// a curated entry already has is left out, and `dyad kb check` lists it when the imported offices
// say something the curated ones do not; an imported alias that a curated entry has is dropped from
// the imported person, who keeps their other names.
import type { Issue } from '../types.js';
import { normalName } from './templates.js';
import type { Alias, Person } from './types.js';

export interface Admitted {
  readonly people: Person[];
  /** Imported people left out because a curated entry has their name. */
  readonly shadowed: number;
  /** Aliases dropped from imported people who were kept. */
  readonly droppedAliases: number;
}

export function admitImported(imported: readonly Person[], curated: readonly Alias[], curatedPeople: readonly Person[], warnings: Issue[]): Admitted {
  const taken = new Map<string, Alias>();
  for (const a of curated) if (!taken.has(normalName(a.text))) taken.set(normalName(a.text), a);
  const byName = new Map(curatedPeople.map((p) => [p.name, p]));
  const people: Person[] = [];
  let shadowed = 0;
  let droppedAliases = 0;
  for (const p of imported) {
    const clash = taken.get(normalName(p.name));
    if (clash !== undefined) {
      shadowed++;
      const conflict = describeConflict(p, clash, byName.get(clash.canonical));
      if (conflict !== null) warnings.push({ code: 'kb/imported-conflict', message: conflict, file: p.file, line: p.line });
      continue;
    }
    const aliases = p.aliases.filter((a) => !taken.has(normalName(a)));
    droppedAliases += p.aliases.length - aliases.length;
    people.push(aliases.length === p.aliases.length ? p : { ...p, aliases });
  }
  return { people, shadowed, droppedAliases };
}

/** Offices as written; a former elite (ELI) is what our loader derives between offices, so it does not count. */
const written = (p: Person): Set<string> => new Set(p.roles.filter((r) => !r.derived && !r.code.endsWith('ELI')).map((r) => r.code));

/** Null when the curated person holds every code the imported one does; else what differs. */
function describeConflict(p: Person, clash: Alias, curated: Person | undefined): string | null {
  const own = [...written(p)].sort();
  const where = `${clash.file}:${clash.line}`;
  if (curated === undefined) return `imported person "${p.name}" (${own.join(' ')}) is the ${clash.kind} ${clash.code} (${clash.canonical}) at ${where}; left out`;
  const theirs = written(curated);
  const missing = own.filter((c) => !theirs.has(c));
  if (missing.length === 0) return null;
  return `imported "${p.name}" holds ${missing.join(' ')}, which the curated ${curated.name} at ${where} (${[...theirs].sort().join(' ')}) does not; the curated entry is used`;
}
