// `dyad kb check`: counts and the problems a loaded knowledge base can hide (conflicting aliases,
// overlapping roles, unknown codes, broken or duplicate patterns).
import type { Issue } from '../types.js';
import { parseBareNames } from './bare-names.js';
import { overlaps } from './lines.js';
import { normalName } from './templates.js';
import type { Alias, KnowledgeBase } from './types.js';
import { NO_EVENT, VERB_FILE } from './verbs.js';

export interface KbCounts {
  readonly cameoCodes: number;
  readonly countries: number;
  readonly historicStates: number;
  readonly regions: number;
  readonly organisations: number;
  readonly bodies: number;
  readonly armedGroups: number;
  readonly agencies: number;
  readonly parties: number;
  /** Bodies generated from institutions/templates.tsv. */
  readonly templateBodies: number;
  readonly people: number;
  /** People converted from outside data (imported/) and kept after the curated ones. */
  readonly importedPeople: number;
  /** People with at least one office that has a start or an end date. */
  readonly datedPeople: number;
  readonly personRoles: number;
  /** People with a `died` line. */
  readonly deaths: number;
  /** Derived times out of office (former elite, or remembered after death). */
  readonly outOfOffice: number;
  /** Offices that end only on their source's horizon, after which the holder is not coded. */
  readonly horizonOffices: number;
  readonly roles: number;
  readonly aliases: number;
  readonly patterns: number;
  readonly sets: number;
  readonly discards: number;
  /** CAMEO codes of the table that at least one pattern produces. */
  readonly codesCovered: number;
  readonly rootsCovered: number;
}

export interface KbReport {
  readonly counts: KbCounts;
  /** Problems met while loading (malformed lines), passed in from loadKnowledgeBase. */
  readonly load: readonly Issue[];
  /** One alias naming two different actors at overlapping dates; one role word with two codes. */
  readonly duplicates: readonly Issue[];
  /** One person holding roles with different codes at overlapping dates. */
  readonly overlaps: readonly Issue[];
  /** Offices that begin after, or go on past, the holder's death. */
  readonly deaths: readonly Issue[];
  /** Actor codes with an unknown country or role part; pattern codes not in the CAMEO table. */
  readonly unknownCodes: readonly Issue[];
  /** Grammar errors (from loading), unknown word sets, codes filed under another root. */
  readonly patternErrors: readonly Issue[];
  /** The same pattern written twice, with the same or with different codes. */
  readonly duplicatePatterns: readonly Issue[];
  /** Table codes that no pattern produces. */
  readonly uncoveredCodes: readonly string[];
  /** Imported entries set aside for curated ones that say otherwise: listed, not problems. */
  readonly warnings: readonly Issue[];
}

const at = (code: string, message: string, src: { file: string; line: number }): Issue => ({ code, message, file: src.file, line: src.line });


/** Every 3-letter part of an actor code must be a known country, region, sector, role or group. */
export function codeChecker(kb: KnowledgeBase): (code: string) => string | null {
  const first = new Set<string>();
  const rest = new Set<string>();
  for (const c of kb.countries) first.add(c.code);
  for (const r of kb.roles) (r.suffix ? rest : first).add(r.code);
  for (const o of kb.organisations) {
    const parts = o.code.match(/.{3}/g) ?? [];
    if (o.kind === 'region') first.add(o.code);
    // An organisation's own tags (UNO in IGOUNO, HMS in PSEREBHMS) become known parts.
    for (const p of parts.slice(1)) rest.add(p);
  }
  return (code) => {
    const parts = code.match(/.{3}/g) ?? [];
    const [head = '', ...tail] = parts;
    if (!first.has(head)) return `"${head}" in ${code} is not a known country, region or sector`;
    const bad = tail.find((p) => !rest.has(p) && !first.has(p));
    return bad === undefined ? null : `"${bad}" in ${code} is not a known role or group`;
  };
}

/**
 * Aliases of the times out of office that the loader derives: consequences of the written lines,
 * which the checks judge instead (two namesakes, one of them retired, are no error in the data).
 */
function derivedAliases(kb: KnowledgeBase): (a: Alias) => boolean {
  const keys = new Set<string>();
  for (const p of kb.people) for (const r of p.roles) if (r.derived) keys.add(`${r.file}:${r.line}:${r.code}:${r.from}`);
  return (a) => a.kind === 'person' && keys.has(`${a.file}:${a.line}:${a.code}:${a.from}`);
}

function findDuplicates(kb: KnowledgeBase): Issue[] {
  // A person's names repeat once per role; two roles of one person are the overlap check's business.
  const personOf = new Map<string, string>();
  for (const p of kb.people) for (const r of p.roles) personOf.set(`${r.file}:${r.line}`, `${p.file}:${p.line}`);
  const owner = (a: Alias): string => personOf.get(`${a.file}:${a.line}`) ?? `${a.file}:${a.line}`;
  const derived = derivedAliases(kb);
  const byText = new Map<string, Alias[]>();
  for (const a of kb.aliases) {
    if (derived(a)) continue;
    const key = normalName(a.text);
    const group = byText.get(key);
    if (group) group.push(a);
    else byText.set(key, [a]);
  }
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const group of byText.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        // the same code under two canonical names is two actors too ("State Department" as its own
        // body and as a name of the White House would merge them into one entity)
        if ((a.code === b.code && a.canonical === b.canonical) || (a.kind === 'person' && b.kind === 'person' && owner(a) === owner(b))) continue;
        // a place that is no actor may share its name with one (Georgia): the entity layer reads which from context
        if (a.kind === 'place' || b.kind === 'place') continue;
        if (!overlaps(a, b)) continue;
        const key = `${normalName(a.text)}|${a.code}|${a.canonical}|${b.code}|${b.canonical}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(at('kb/duplicate-alias', `"${a.text}" is ${a.code} (${a.canonical}) here and ${b.code} (${b.canonical}) at ${b.file}:${b.line}`, a));
      }
    }
  }
  return out;
}

/** A role word naming two codes ("agent" as SPY and as GOV) leaves the resolver guessing. */
function findRoleWordClashes(kb: KnowledgeBase): Issue[] {
  const first = new Map<string, (typeof kb.roles)[number]>();
  const out: Issue[] = [];
  for (const r of kb.roles) {
    for (const word of r.plural === null ? [r.word] : [r.word, r.plural]) {
      const prior = first.get(word);
      if (prior === undefined) first.set(word, r);
      else if (prior.code !== r.code) out.push(at('kb/duplicate-role', `"${word}" is ${r.code} here and ${prior.code} at ${prior.file}:${prior.line}`, r));
    }
  }
  return out;
}

function findRoleOverlaps(kb: KnowledgeBase): Issue[] {
  const out: Issue[] = [];
  for (const p of kb.people) {
    for (let i = 0; i < p.roles.length; i++) {
      for (let j = i + 1; j < p.roles.length; j++) {
        const a = p.roles[i]!;
        const b = p.roles[j]!;
        if (a.code !== b.code && overlaps(a, b)) {
          out.push(at('kb/role-overlap', `${p.name}: ${a.code} (${a.from ?? '…'}..${a.to ?? '…'}) overlaps ${b.code} at line ${b.line}`, a));
        }
      }
    }
  }
  return out;
}

/**
 * An office held at death ends on the day of death (or within its month, for an office whose end is
 * written to the month): the loader takes an office still running at death as the one they died in.
 */
function findDeathProblems(kb: KnowledgeBase): Issue[] {
  const out: Issue[] = [];
  for (const p of kb.people) {
    if (p.died === null) continue;
    for (const r of p.roles) {
      if (r.derived) continue;
      if (r.from !== null && r.from > p.died) out.push(at('kb/office-after-death', `${p.name} died ${p.died} but holds ${r.code} from ${r.from}`, r));
      else if (r.to === null) out.push(at('kb/office-after-death', `${p.name} died ${p.died} but ${r.code} has no end`, r));
      else if (r.to > p.died && r.to.slice(0, 7) !== p.died.slice(0, 7)) out.push(at('kb/office-after-death', `${p.name} died ${p.died} but ${r.code} ends ${r.to}`, r));
    }
  }
  return out;
}

function findUnknownCodes(kb: KnowledgeBase): Issue[] {
  const check = codeChecker(kb);
  const out: Issue[] = [];
  const reported = new Set<string>();
  const actor = (code: string, src: { file: string; line: number }): void => {
    const problem = check(code);
    const key = `${src.file}:${src.line}:${code}`;
    if (problem !== null && !reported.has(key)) {
      reported.add(key);
      out.push(at('kb/unknown-actor-code', problem, src));
    }
  };
  for (const a of kb.aliases) if (a.kind !== 'person') actor(a.code, a);
  // bodies named without their country (institutions/bare-names.tsv), read by the entity layer
  const bare = parseBareNames(kb.dir);
  out.push(...bare.issues);
  for (const b of bare.names.values()) for (const code of b.codes) actor(code, b);
  for (const p of kb.people) for (const r of p.roles) if (!r.derived) actor(r.code, r);
  const table = new Set(kb.cameo.map((c) => c.code));
  for (const p of kb.patterns) {
    for (const code of [p.code, p.reverseCode]) {
      if (code !== null && !table.has(code)) out.push(at('kb/unknown-event-code', `${code} is not in the CAMEO table`, p));
    }
  }
  return out;
}

function findPatternProblems(kb: KnowledgeBase, load: readonly Issue[]): Issue[] {
  const out = load.filter((i) => i.code === 'kb/pattern' || i.code === 'kb/set' || i.code === 'kb/verb-file');
  const sets = new Set(kb.sets.map((s) => s.name));
  for (const p of kb.patterns) {
    for (const e of p.elements) {
      if (e.kind === 'set' && !sets.has(e.name)) out.push(at('kb/unknown-set', `&${e.name} is not defined in verbs/sets.txt`, p));
    }
    const root = VERB_FILE.exec(p.file.split('/').at(-1) ?? '')?.[1];
    // a no-event pattern stands beside the patterns it stops, under whatever root
    if (root !== undefined && p.code !== null && p.code.slice(0, 2) !== root) out.push(at('kb/pattern-root', `${p.code} is filed under root ${root}`, p));
  }
  return out;
}

function findDuplicatePatterns(kb: KnowledgeBase): Issue[] {
  const first = new Map<string, (typeof kb.patterns)[number]>();
  const out: Issue[] = [];
  for (const p of kb.patterns) {
    const prior = first.get(p.text);
    if (prior === undefined) {
      first.set(p.text, p);
    } else if (prior.code === p.code && prior.reverseCode === p.reverseCode) {
      out.push(at('kb/duplicate-pattern', `"${p.text}" repeats ${prior.file}:${prior.line}`, p));
    } else {
      out.push(at('kb/conflicting-pattern', `"${p.text}" is ${p.code ?? NO_EVENT} here but ${prior.code ?? NO_EVENT} at ${prior.file}:${prior.line}`, p));
    }
  }
  return out;
}

export function checkKnowledgeBase(kb: KnowledgeBase, load: readonly Issue[] = [], warnings: readonly Issue[] = []): KbReport {
  const covered = new Set<string>();
  for (const p of kb.patterns) {
    if (p.code !== null) covered.add(p.code);
    if (p.reverseCode !== null) covered.add(p.reverseCode);
  }
  const inTable = kb.cameo.filter((c) => covered.has(c.code));
  const kinds = (kind: string): number => kb.organisations.filter((o) => o.kind === kind).length;
  return {
    counts: {
      cameoCodes: kb.cameo.length,
      countries: kb.countries.filter((c) => !c.historic).length,
      historicStates: kb.countries.filter((c) => c.historic).length,
      regions: kinds('region'),
      organisations: kinds('igo') + kinds('ngo'),
      bodies: kb.organisations.filter((o) => o.kind === 'body' && o.origin !== 'template').length,
      templateBodies: kb.organisations.filter((o) => o.origin === 'template').length,
      armedGroups: kinds('armed'),
      agencies: kinds('agency'),
      parties: kinds('party'),
      people: kb.people.length,
      importedPeople: kb.people.filter((p) => p.origin === 'imported').length,
      datedPeople: kb.people.filter((p) => p.roles.some((r) => !r.derived && (r.from !== null || r.to !== null))).length,
      personRoles: kb.people.reduce((n, p) => n + p.roles.filter((r) => !r.derived).length, 0),
      deaths: kb.people.filter((p) => p.died !== null).length,
      outOfOffice: kb.people.reduce((n, p) => n + p.roles.filter((r) => r.derived).length, 0),
      horizonOffices: kb.people.reduce((n, p) => n + p.roles.filter((r) => r.horizon).length, 0),
      roles: kb.roles.length,
      aliases: kb.aliases.length,
      patterns: kb.patterns.length,
      sets: kb.sets.length,
      discards: kb.discards.length,
      codesCovered: inTable.length,
      rootsCovered: new Set(inTable.map((c) => c.root)).size,
    },
    load,
    duplicates: [...findDuplicates(kb), ...findRoleWordClashes(kb)],
    overlaps: findRoleOverlaps(kb),
    deaths: findDeathProblems(kb),
    unknownCodes: findUnknownCodes(kb),
    patternErrors: findPatternProblems(kb, load),
    duplicatePatterns: findDuplicatePatterns(kb),
    uncoveredCodes: kb.cameo.filter((c) => !covered.has(c.code)).map((c) => c.code),
    warnings,
  };
}
