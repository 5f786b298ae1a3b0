// Phoenix entries -> people with dated offices in the format of kb/people (kb/README.md). Only
// entries with dated codes are taken (the dictionaries date the codes of people; bodies and
// countries carry none), and only names that can stand alone in text: two words or more, no title
// ("PRESIDENT_PUTIN"), no country word ("RUSSIAN_PRESIDENT_..."), no ordinary phrase and no place.
import type { PhoenixEntry } from './phoenix.js';

export interface Role {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ImportedPerson {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  /** Source file name and line of the (first) entry. */
  readonly file: string;
  readonly line: number;
}

export interface ConvertOptions {
  /** Null when every part of the code is a known country, region, role or group; else the problem. */
  readonly checkCode: (code: string) => string | null;
  /** Lower-case words that make a name no person's: titles, country names and adjectives. */
  readonly stopWords: ReadonlySet<string>;
  /** Lower-case words common in ordinary text: a name made only of these is no person's. */
  readonly ordinaryWords: ReadonlySet<string>;
  /** True for a lower-case name that is a place (a city): left out. */
  readonly isPlace: (name: string) => boolean;
  /**
   * The last day the dictionaries speak for (YYYY-MM-DD), after every date they hold. An open end
   * (`>YYMMDD`) says "in office when the dictionary was last updated", not "still in office today"
   * nor "left that day": it runs to this day while roles are sorted out, and is written open under a
   * `horizon` line, after which the loader codes the person with nothing (kb/README.md). Curated
   * entries carry on the offices that went on.
   */
  readonly horizon: string;
}

export interface ConvertCounts {
  entries: number;
  undated: number;
  notPeople: number;
  noName: number;
  droppedCodes: number;
  overlapsResolved: number;
  namesakes: number;
  ambiguousAliases: number;
  people: number;
}

/** Words of bodies, not people: an entry whose name holds one is no person. */
const BODY_WORDS = new Set(
  (
    'army forces force ministry party council committee government police bank association union front movement organization organisation ' +
    'agency department office court assembly parliament senate house congress commission authority service guard brigade brigades republic ' +
    'kingdom state states islands university company corporation group network center centre institute foundation society church times news ' +
    'radio television alliance coalition league bloc regime administration cabinet navy militia rebels tribe clan armed national federal ' +
    'people peoples revolutionary liberation islamic democratic socialist communist council embassy consulate fund program programme'
  ).split(' '),
);

/** Particles written in lower case inside a name ("Bashar al-Assad", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'ul', 'ud', 'y']);

const WORD = /^[A-Z][A-Z.'-]*$/;

/** "VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin"; null when it holds digits or other signs. */
export function nameOf(phrase: string): string | null {
  const words = phrase
    .replace(/_/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || !words.every((w) => WORD.test(w))) return null;
  return words.map((w, i) => casedWord(w, i === 0)).join(' ');
}

/**
 * Capitals only where a name surely has them: the first letter of a word and of the part after a
 * particle (and Mc, O'), so that the
 * matcher, which asks the text for the name's capitals only, finds "Moon Jae-in" and "al-Assad" too.
 */
function casedWord(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  const [head = '', ...rest] = lower.split('-');
  const particle = PARTICLES.has(head) && (rest.length > 0 || !first);
  let out = particle ? head : head.charAt(0).toUpperCase() + head.slice(1);
  if (/^mc[a-z]/.test(head)) out = `Mc${head.charAt(2).toUpperCase()}${head.slice(3)}`;
  if (/^o'[a-z]/.test(head)) out = `O'${head.charAt(2).toUpperCase()}${head.slice(3)}`;
  // after a particle the name proper begins: "al-Farouk"; after a given name's first part, not: "Jong-un"
  const tail = particle ? rest.map((r, i) => (i === 0 ? r.charAt(0).toUpperCase() + r.slice(1) : r)) : rest;
  return [out, ...tail].join('-');
}

/** Why a name cannot stand for a person on its own, or null when it can. */
function unfit(name: string, options: ConvertOptions): string | null {
  const words = name.toLowerCase().split(' ');
  const letters = words.filter((w) => /[a-z]{2}/.test(w));
  if (letters.length < 2) return 'fewer than two words';
  if (words.includes('a.k.a.') || words.includes('aka')) return 'a note, not a name';
  if (words.some((w) => options.stopWords.has(w.replace(/\.$/, '')))) return 'title or country word';
  if (words.some((w) => BODY_WORDS.has(w))) return 'body word';
  if (letters.every((w) => options.ordinaryWords.has(w))) return 'ordinary words';
  if (options.isPlace(name.toLowerCase())) return 'place';
  return null;
}

const ELI = 'ELI';
/** Roles after which a compound code's further parts only refine it (USAGOVLEG -> USAGOV). */
const ROLES = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP', 'OPP', 'PTY', 'REB', 'INS', 'ELI', 'BUS', 'MED', 'CVL', 'LAB', 'EDU', 'REL', 'NGO', 'HRI', 'HLH', 'ENV', 'AGR', 'DEV', 'CRM', 'UAF', 'SEP', 'RAD', 'MOD', 'REF', 'IGO']);

/**
 * A government code refined by the legislature or intelligence is that branch, as in kb/people:
 * USAGOVLEG (a senator) is USALEG, USAGOVSPY (a CIA director) USASPY. Refined by the military,
 * the courts or the police it is a minister of that portfolio (a defence or justice minister),
 * whom kb/people writes GOV: USAGOVMIL is USAGOV.
 */
const BRANCHES = new Set(['LEG', 'SPY']);

function shortCode(code: string): string {
  if (code.length === 9 && code.slice(3, 6) === 'GOV' && BRANCHES.has(code.slice(6))) return code.slice(0, 3) + code.slice(6);
  return code.length > 6 && ROLES.has(code.slice(3, 6)) && /^[A-Z]{3}$/.test(code.slice(0, 3)) && code.slice(0, 3) !== 'IGO' ? code.slice(0, 6) : code;
}

const after = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** True when the ranges share more than a boundary day, as kb/README.md defines an overlap. */
export function overlapping(a: Role, b: Role): boolean {
  return (a.from ?? '0000') < (b.to ?? '9999') && (b.from ?? '0000') < (a.to ?? '9999');
}

/**
 * One code at a time: the same code's ranges joined; where two offices overlap the later one takes
 * over on the day it begins; a former-elite range (ELI) is kept only outside every office, since the
 * loader derives the times out of office itself. Returns the roles and how many overlaps were cut.
 */
export function normaliseRoles(roles: readonly Role[]): { roles: Role[]; cut: number } {
  const byStart = (a: Role, b: Role) => (a.from ?? '0000').localeCompare(b.from ?? '0000') || (a.to ?? '9999').localeCompare(b.to ?? '9999');
  const offices: Role[] = [];
  let cut = 0;
  for (const r of roles.filter((r) => !r.code.endsWith(ELI)).sort(byStart)) {
    const prev = offices.at(-1);
    if (prev && prev.code === r.code && (prev.to === null || (r.from !== null && r.from <= after(prev.to)))) {
      offices[offices.length - 1] = { ...prev, to: prev.to === null || r.to === null ? null : prev.to > r.to ? prev.to : r.to };
    } else if (prev && overlapping(prev, r)) {
      cut++;
      if (r.from === null) continue;
      const trimmed = { ...prev, to: r.from };
      if (trimmed.from === null || trimmed.from < trimmed.to) offices[offices.length - 1] = trimmed;
      else offices.pop();
      offices.push(r);
    } else {
      offices.push(r);
    }
  }
  const elites: Role[] = [];
  for (const r of roles.filter((r) => r.code.endsWith(ELI)).sort(byStart)) {
    if (offices.some((o) => overlapping(o, r)) || elites.some((e) => overlapping(e, r))) continue;
    elites.push(r);
  }
  const all = [...offices, ...elites].sort(byStart);
  // what the cuts above cannot untangle (an office inside a longer one that began earlier) is left out
  const clean = all.filter((r, i) => !all.some((o, j) => j !== i && o.code !== r.code && overlapping(o, r)));
  return { roles: clean, cut: cut + all.length - clean.length };
}

interface Draft {
  name: string;
  aliases: string[];
  roles: Role[];
  file: string;
  line: number;
}

export function convertEntries(files: ReadonlyArray<{ file: string; entries: readonly PhoenixEntry[] }>, options: ConvertOptions): { people: ImportedPerson[]; counts: ConvertCounts } {
  const counts: ConvertCounts = { entries: 0, undated: 0, notPeople: 0, noName: 0, droppedCodes: 0, overlapsResolved: 0, namesakes: 0, ambiguousAliases: 0, people: 0 };
  const drafts: Draft[] = [];
  for (const { file, entries } of files) {
    for (const e of entries) {
      counts.entries++;
      const dated = e.codes.filter((c) => !c.undated);
      if (dated.length === 0) {
        counts.undated++;
        continue;
      }
      const names = e.phrases.map(nameOf).filter((n): n is string => n !== null);
      if (
        (nameOf(e.phrases[0] ?? '') ?? '')
          .toLowerCase()
          .split(' ')
          .some((w) => BODY_WORDS.has(w))
      ) {
        counts.notPeople++;
        continue;
      }
      const fit = [...new Set(names.filter((n) => unfit(n, options) === null))];
      if (fit.length === 0) {
        counts.noName++;
        continue;
      }
      const roles: Role[] = [];
      for (const c of dated) {
        const code = shortCode(c.code);
        const to = c.to === null && (c.from === null || c.from <= options.horizon) ? options.horizon : c.to;
        if (options.checkCode(code) === null) roles.push({ code, from: c.from, to });
        else counts.droppedCodes++;
      }
      if (roles.length === 0) continue;
      drafts.push({ name: fit[0]!, aliases: fit.slice(1), roles, file, line: e.line });
    }
  }
  // one name in several entries: the same person when the entries share a country, else namesakes left out
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) byName.set(d.name.toLowerCase(), [...(byName.get(d.name.toLowerCase()) ?? []), d]);
  const merged: Draft[] = [];
  for (const group of byName.values()) {
    const countries = group.map((d) => new Set(d.roles.map((r) => r.code.slice(0, 3))));
    const shared = [...countries[0]!].some((c) => countries.every((s) => s.has(c)));
    if (group.length > 1 && !shared) {
      counts.namesakes += group.length;
      continue;
    }
    const first = group[0]!;
    merged.push({ ...first, aliases: [...new Set(group.flatMap((d) => d.aliases))], roles: group.flatMap((d) => d.roles) });
  }
  // a name that two people have is neither's
  const holders = new Map<string, number>();
  for (const d of merged) for (const n of new Set([d.name, ...d.aliases].map((n) => n.toLowerCase()))) holders.set(n, (holders.get(n) ?? 0) + 1);
  const people: ImportedPerson[] = [];
  for (const d of merged) {
    if ((holders.get(d.name.toLowerCase()) ?? 0) > 1) {
      counts.ambiguousAliases++;
      continue;
    }
    const aliases = d.aliases.filter((a) => a.toLowerCase() !== d.name.toLowerCase() && (holders.get(a.toLowerCase()) ?? 0) === 1);
    counts.ambiguousAliases += d.aliases.length - aliases.length;
    const { roles, cut } = normaliseRoles(d.roles);
    counts.overlapsResolved += cut;
    if (roles.length === 0) continue;
    people.push({ name: d.name, aliases: [...new Set(aliases)], roles, file: d.file, line: d.line });
  }
  counts.people = people.length;
  return { people: people.sort((a, b) => a.name.localeCompare(b.name)), counts };
}

const TITLES: Record<string, string> = {
  GOV: 'government office',
  MIL: 'military office',
  LEG: 'legislator',
  JUD: 'judiciary',
  SPY: 'intelligence',
  COP: 'police',
  OPP: 'opposition',
  PTY: 'party',
  REB: 'rebel leader',
  ELI: 'elite',
  BUS: 'business',
  MED: 'media',
};

/**
 * The people as a kb/people file: a person line with the source line as a comment, then the roles.
 * A role ending on the horizon (only an open one can: the horizon is after every date of the
 * dictionaries) is written open, with the person's `horizon` line saying how far the source knows it.
 */
export function formatPeople(people: readonly ImportedPerson[], horizon: string): string {
  const out: string[] = [];
  for (const p of people) {
    out.push(`${[p.name, ...p.aliases].join(' | ')}  # ${p.file}:${p.line}`);
    for (const r of p.roles) out.push(`    ${r.code}  ${r.from ?? ''}..${r.to === horizon ? '' : (r.to ?? '')}  ${TITLES[r.code.slice(3, 6)] ?? 'role'} (Phoenix)`);
    if (p.roles.some((r) => r.to === horizon)) out.push(`    horizon  ${horizon}`);
  }
  return `${out.join('\n')}\n`;
}
