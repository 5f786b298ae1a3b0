// kb/actors/*.tsv: countries (ISO, generated), historic states, names, adjectives, capitals and seats,
// regions, organisations, armed groups and news agencies. See kb/README.md for the formats.
import type { Issue } from '../types.js';
import { columns, issue, list, parseRange, readLines } from './lines.js';
import type { Alias, AliasKind, Country, KbOrigin, Organisation } from './types.js';

export const ISO_FILE = 'iso-countries.tsv';

/** Kinds whose line defines an actor of its own; the other kinds add names to an existing code. */
const ENTITY_KINDS: ReadonlySet<string> = new Set(['state', 'region', 'igo', 'ngo', 'body', 'armed', 'agency', 'party', 'company']);
const ALIAS_KINDS: ReadonlySet<string> = new Set(['name', 'adj', 'capital', 'seat', 'place']);
/** Kinds that stand for a part of a country (the code carries a role: RUSGOV, USAMIL). */
const PART_KINDS: ReadonlySet<string> = new Set(['capital', 'seat']);

export const ACTOR_CODE = /^(?:[A-Z]{3})+$/;

export interface ActorData {
  countries: Country[];
  organisations: Organisation[];
  /** Aliases whose `canonical` is still the line's own first name; see `canonicalise`. */
  aliases: Alias[];
}

export function emptyActorData(): ActorData {
  return { countries: [], organisations: [], aliases: [] };
}

export function parseIsoCountries(path: string, file: string, into: ActorData, issues: Issue[]): void {
  const origin: KbOrigin = 'core';
  for (const l of readLines(path, file)) {
    const [code = '', iso2 = '', iso3 = '', name = '', others, ...rest] = l.text.split('\t');
    if (!/^[A-Z]{3}$/.test(code) || !/^[A-Z]{2}$/.test(iso2) || !/^[A-Z]{3}$/.test(iso3) || name === '' || rest.length > 0) {
      issues.push(issue('kb/iso-row', `expected cameo, iso2, iso3, name, other names: "${l.text.trim()}"`, l));
      continue;
    }
    const at = { file: l.file, line: l.line };
    into.countries.push({ code, iso2, iso3, name, historic: false, from: null, to: null, ...at });
    for (const text of [name, ...list(others)]) {
      into.aliases.push({ text, code, kind: 'country', canonical: name, from: null, to: null, origin, ...at });
    }
  }
}

/** One `code  kind  dates  names` file. */
export function parseActorFile(path: string, file: string, into: ActorData, issues: Issue[], origin: KbOrigin = 'core'): void {
  for (const l of readLines(path, file)) {
    const cells = columns(l.text);
    const [code = '', kind = '', dates = '', names = ''] = cells;
    const range = parseRange(dates);
    const texts = list(names);
    if (cells.length !== 4) {
      issues.push(issue('kb/actor-row', `expected 4 columns (code, kind, dates, names), got ${cells.length}`, l));
    } else if (!ACTOR_CODE.test(code)) {
      issues.push(issue('kb/actor-code', `"${code}" is not an actor code (groups of three capitals)`, l));
    } else if (!ENTITY_KINDS.has(kind) && !ALIAS_KINDS.has(kind)) {
      issues.push(issue('kb/actor-kind', `unknown kind "${kind}"`, l));
    } else if (range === null) {
      issues.push(issue('kb/date', `bad date range "${dates}" (want -, FROM.., ..TO or FROM..TO)`, l));
    } else if (texts.length === 0) {
      issues.push(issue('kb/actor-row', 'no names', l));
    } else if (PART_KINDS.has(kind) && code.length < 6) {
      issues.push(issue('kb/actor-code', `a ${kind} stands for part of a country: "${code}" needs a role (e.g. ${code}GOV)`, l));
    } else {
      const at = { file: l.file, line: l.line };
      const name = texts[0] ?? '';
      if (kind === 'state') {
        into.countries.push({ code, iso2: null, iso3: null, name, historic: true, ...range, ...at });
      } else if (ENTITY_KINDS.has(kind)) {
        into.organisations.push({ code, kind: kind as AliasKind, name, aliases: texts.slice(1), origin, ...range, ...at });
      }
      const aliasKind: AliasKind = kind === 'state' ? 'country' : (kind as AliasKind);
      for (const text of texts) {
        into.aliases.push({ text, code, kind: aliasKind, canonical: name, from: range.from, to: range.to, origin, file: l.file, line: l.line });
      }
    }
  }
}

/** Names and adjectives take the canonical name of the country or organisation their code names. */
export function canonicalise(data: ActorData): Alias[] {
  const names = new Map<string, string>();
  for (const c of data.countries) if (!names.has(c.code)) names.set(c.code, c.name);
  for (const o of data.organisations) if (!names.has(o.code)) names.set(o.code, o.name);
  return data.aliases.map((a) => {
    if (a.kind !== 'name' && a.kind !== 'adj') return a;
    const canonical = names.get(a.code);
    return canonical === undefined ? a : { ...a, canonical };
  });
}
