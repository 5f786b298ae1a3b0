// Splitting a CAMEO actor code ("USAMILREB", "IGOUNO") into GDELT's actor columns: country, known
// group, ethnic group, two religions and three types. The code lists are data: countries and regions
// from kb/actors, everything else from kb/actor-code-parts.tsv.
import { join } from 'node:path';
import type { Issue } from '../types.js';
import { emptyActorData, parseActorFile, parseIsoCountries, ISO_FILE } from '../kb/actors.js';
import { columns, issue, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';

export const ACTOR_PARTS_FILE = 'actor-code-parts.tsv';

export type ActorPartKind = 'type' | 'religion' | 'ethnic' | 'group';
const KINDS: ReadonlySet<string> = new Set<ActorPartKind>(['type', 'religion', 'ethnic', 'group']);

/** GDELT's actor columns, '' where the code says nothing. */
export interface ActorCodeParts {
  readonly countryCode: string;
  readonly knownGroupCode: string;
  readonly ethnicCode: string;
  readonly religion1Code: string;
  readonly religion2Code: string;
  readonly type1Code: string;
  readonly type2Code: string;
  readonly type3Code: string;
  /** Parts no list knows, or that found their columns full (a fourth type), in code order. */
  readonly unread: readonly string[];
}

export interface ActorCodeLists {
  /** Countries, historic states and regions: what may stand first as the actor's country. */
  readonly countries: ReadonlySet<string>;
  readonly parts: ReadonlyMap<string, ActorPartKind>;
}

export function parseActorParts(path: string, file: string, issues: Issue[]): Map<string, ActorPartKind> {
  const parts = new Map<string, ActorPartKind>();
  for (const l of readLines(path, file)) {
    const [code = '', kind = '', name = '', ...rest] = columns(l.text);
    if (!/^[A-Z]{3}$/.test(code) || !KINDS.has(kind) || name === '' || rest.length > 0) {
      issues.push(issue('kb/actor-part-row', `expected code (three capitals), kind (type, religion, ethnic, group), name: "${l.text.trim()}"`, l));
    } else if (parts.has(code)) {
      issues.push(issue('kb/actor-part-duplicate', `${code} is listed twice; a part has one kind`, l));
    } else {
      parts.set(code, kind as ActorPartKind);
    }
  }
  return parts;
}

/** Countries (ISO and historic states) and regions of the knowledge base, by code. */
export function parseCountryCodes(kbDir: string, issues: Issue[]): Set<string> {
  const data = emptyActorData();
  parseIsoCountries(join(kbDir, 'actors', ISO_FILE), `kb/actors/${ISO_FILE}`, data, issues);
  for (const f of ['countries.tsv', 'regions.tsv']) parseActorFile(join(kbDir, 'actors', f), `kb/actors/${f}`, data, issues);
  const codes = new Set(data.countries.map((c) => c.code));
  for (const o of data.organisations) if (o.kind === 'region') codes.add(o.code);
  return codes;
}

let cached: ActorCodeLists | null = null;

/** The built-in lists, read once. */
export function actorCodeLists(): ActorCodeLists {
  if (cached === null) {
    const issues: Issue[] = [];
    const dir = defaultKbDir();
    const parts = parseActorParts(join(dir, ACTOR_PARTS_FILE), `kb/${ACTOR_PARTS_FILE}`, issues);
    const countries = parseCountryCodes(dir, issues);
    if (issues.length > 0) throw new Error(`built-in actor code lists are broken: ${issues[0]?.message}`);
    cached = { countries, parts };
  }
  return cached;
}

/** The "no country" placeholder of codes such as "---GOV". */
const NO_COUNTRY = '---';

/**
 * The first part is the country when it is one (or `---`); every later part is read by its list, and
 * a country or region code after the first part is the country only when no list knows it
 * (IGOEUREEC: EUR; IGONAM: the Non-Aligned Movement, not Namibia). Of several known groups the last,
 * most specific one is kept (IGOUNODEVWBK: WBK, the World Bank within the UN).
 */
export function splitActorCode(code: string, lists: ActorCodeLists = actorCodeLists()): ActorCodeParts {
  let countryCode = '';
  let knownGroupCode = '';
  let ethnicCode = '';
  const religions: string[] = [];
  const types: string[] = [];
  const unread: string[] = [];
  const chunks = code.match(/.{1,3}/gs) ?? [];
  chunks.forEach((part, i) => {
    if (i === 0 && (part === NO_COUNTRY || lists.countries.has(part))) {
      if (part !== NO_COUNTRY) countryCode = part;
      return;
    }
    const kind = lists.parts.get(part);
    if (kind === 'group') knownGroupCode = part;
    else if (kind === 'ethnic' && ethnicCode === '') ethnicCode = part;
    else if (kind === 'religion' && religions.length < 2) religions.push(part);
    else if (kind === 'type' && types.length < 3) types.push(part);
    else if (kind === undefined && countryCode === '' && lists.countries.has(part)) countryCode = part;
    else unread.push(part);
  });
  return {
    countryCode,
    knownGroupCode,
    ethnicCode,
    religion1Code: religions[0] ?? '',
    religion2Code: religions[1] ?? '',
    type1Code: types[0] ?? '',
    type2Code: types[1] ?? '',
    type3Code: types[2] ?? '',
    unread,
  };
}
