// A compact form of the built knowledge base for the on-disk cache. Tens of thousands of aliases,
// people and roles are flat records whose strings repeat (a file name, a code, a date): written as
// columns of indexes into one string table they take a tenth of the room and read back fast, since
// the serialiser then handles a few typed arrays instead of a hundred thousand small objects.
// The rest of the base (patterns, CAMEO table ...) is small and kept as it is.
import type { Alias, KnowledgeBase, LoadResult, Organisation, Person, PersonRole } from './types.js';

/** Strings by first use; index 0 is null. */
class Strings {
  readonly list: (string | null)[] = [null];
  private readonly index = new Map<string, number>();
  id(s: string | null): number {
    if (s === null) return 0;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

type Column = Uint32Array;

/** Flat records of string/null fields and one integer field (`line`) as columns. */
interface Table {
  readonly size: number;
  readonly columns: Record<string, Column>;
}

function encodeTable<T extends object>(rows: readonly T[], fields: readonly (keyof T & string)[], strings: Strings): Table {
  const columns: Record<string, Column> = {};
  for (const f of fields) {
    const col = new Uint32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = rows[i]![f] as unknown;
      col[i] = f === 'line' ? (v as number) : strings.id(v as string | null);
    }
    columns[f] = col;
  }
  return { size: rows.length, columns };
}

const ALIAS_FIELDS = ['text', 'code', 'kind', 'canonical', 'from', 'to', 'origin', 'file', 'line'] as const;
const ROLE_FIELDS = ['code', 'from', 'to', 'title', 'file', 'line'] as const;
const PERSON_FIELDS = ['name', 'died', 'origin', 'file', 'line'] as const;
const ORG_FIELDS = ['code', 'kind', 'name', 'from', 'to', 'origin', 'file', 'line'] as const;

export interface CompactResult {
  readonly strings: readonly (string | null)[];
  readonly aliases: Table;
  readonly organisations: Table;
  /** Organisations' and people's own alias lists: offsets into `names` (n + 1 entries each). */
  readonly organisationNames: Uint32Array;
  readonly people: Table;
  readonly personNames: Uint32Array;
  readonly names: Uint32Array;
  readonly roles: Table;
  readonly roleDerived: Uint8Array;
  /** 1 where a role's or person alias's end is its source's horizon. */
  readonly roleHorizon: Uint8Array;
  readonly aliasHorizon: Uint8Array;
  /** Offsets into `roles` per person (people + 1 entries). */
  readonly personRoles: Uint32Array;
  /** Everything else as it is. */
  readonly rest: Omit<KnowledgeBase, 'aliases' | 'organisations' | 'people'>;
  readonly issues: LoadResult['issues'];
  readonly warnings: LoadResult['warnings'];
}

function offsets<T>(groups: readonly T[], size: (g: T) => number): Uint32Array {
  const out = new Uint32Array(groups.length + 1);
  for (let i = 0; i < groups.length; i++) out[i + 1] = out[i]! + size(groups[i]!);
  return out;
}

export function compact(result: LoadResult): CompactResult {
  const strings = new Strings();
  const { aliases, organisations, people, ...rest } = result.kb;
  const lists = [...organisations.map((o) => o.aliases), ...people.map((p) => p.aliases)];
  const names = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let k = 0;
  for (const l of lists) for (const s of l) names[k++] = strings.id(s);
  const allRoles = people.flatMap((p) => p.roles);
  return {
    aliases: encodeTable(aliases, ALIAS_FIELDS, strings),
    organisations: encodeTable(organisations, ORG_FIELDS, strings),
    organisationNames: offsets(organisations, (o) => o.aliases.length),
    people: encodeTable(people, PERSON_FIELDS, strings),
    personNames: offsets(people, (p) => p.aliases.length),
    names,
    roles: encodeTable(allRoles, ROLE_FIELDS, strings),
    roleDerived: Uint8Array.from(allRoles, (r) => (r.derived ? 1 : 0)),
    roleHorizon: Uint8Array.from(allRoles, (r) => (r.horizon ? 1 : 0)),
    aliasHorizon: Uint8Array.from(aliases, (a) => (a.horizon ? 1 : 0)),
    personRoles: offsets(people, (p) => p.roles.length),
    strings: strings.list,
    rest,
    issues: result.issues,
    warnings: result.warnings,
  };
}

/** Column `f` of a table as strings, or as the integers it holds for `line`. */
function reader(table: Table, strings: readonly (string | null)[]) {
  return {
    str: (f: string) => {
      const col = table.columns[f]!;
      return (i: number) => strings[col[i]!] as string;
    },
    opt: (f: string) => {
      const col = table.columns[f]!;
      return (i: number) => strings[col[i]!] ?? null;
    },
    num: (f: string) => {
      const col = table.columns[f]!;
      return (i: number) => col[i]!;
    },
  };
}

// one object literal per record type: objects of one shape, built without spreading or lookups by key
export function expand(c: CompactResult): LoadResult {
  const s = c.strings;
  const names = (first: number, end: number): string[] => {
    const out = new Array<string>(end - first);
    for (let k = first; k < end; k++) out[k - first] = s[c.names[k]!] as string;
    return out;
  };

  const a = reader(c.aliases, s);
  const [aText, aCode, aKind, aCanon, aFrom, aTo, aOrigin, aFile, aLine] = [a.str('text'), a.str('code'), a.str('kind'), a.str('canonical'), a.opt('from'), a.opt('to'), a.str('origin'), a.str('file'), a.num('line')];
  const aliases = new Array<Alias>(c.aliases.size);
  for (let i = 0; i < aliases.length; i++) {
    const alias: Alias = { text: aText(i), code: aCode(i), kind: aKind(i) as Alias['kind'], canonical: aCanon(i), from: aFrom(i), to: aTo(i), origin: aOrigin(i) as Alias['origin'], file: aFile(i), line: aLine(i) };
    // only the few aliases of offices known to a horizon carry the flag, as built
    aliases[i] = c.aliasHorizon[i] === 1 ? { ...alias, horizon: true } : alias;
  }

  const o = reader(c.organisations, s);
  const [oCode, oKind, oName, oFrom, oTo, oOrigin, oFile, oLine] = [o.str('code'), o.str('kind'), o.str('name'), o.opt('from'), o.opt('to'), o.str('origin'), o.str('file'), o.num('line')];
  const organisations = new Array<Organisation>(c.organisations.size);
  for (let i = 0; i < organisations.length; i++) {
    const on = c.organisationNames;
    organisations[i] = { code: oCode(i), kind: oKind(i) as Organisation['kind'], name: oName(i), aliases: names(on[i]!, on[i + 1]!), from: oFrom(i), to: oTo(i), origin: oOrigin(i) as Organisation['origin'], file: oFile(i), line: oLine(i) };
  }

  const r = reader(c.roles, s);
  const [rCode, rFrom, rTo, rTitle, rFile, rLine] = [r.str('code'), r.opt('from'), r.opt('to'), r.str('title'), r.str('file'), r.num('line')];
  const roles = new Array<PersonRole>(c.roles.size);
  for (let i = 0; i < roles.length; i++) {
    roles[i] = { code: rCode(i), from: rFrom(i), to: rTo(i), title: rTitle(i), derived: c.roleDerived[i] === 1, horizon: c.roleHorizon[i] === 1, file: rFile(i), line: rLine(i) };
  }

  const p = reader(c.people, s);
  const [pName, pDied, pOrigin, pFile, pLine] = [p.str('name'), p.opt('died'), p.str('origin'), p.str('file'), p.num('line')];
  const base = c.organisationNames[c.organisationNames.length - 1]!;
  const people = new Array<Person>(c.people.size);
  for (let i = 0; i < people.length; i++) {
    const pn = c.personNames;
    const pr = c.personRoles;
    people[i] = { name: pName(i), aliases: names(base + pn[i]!, base + pn[i + 1]!), roles: roles.slice(pr[i]!, pr[i + 1]!), died: pDied(i), origin: pOrigin(i) as Person['origin'], file: pFile(i), line: pLine(i) };
  }
  return { kb: { ...c.rest, aliases, organisations, people }, issues: c.issues, warnings: c.warnings };
}
