// kb/institutions/templates.tsv expanded over the UN members (institutions/un-members.tsv, for
// `{country}`) and the US states (geo/us-states.tsv, for `{state}`): the generic bodies of every
// member's state ("Ministry of Finance of Kenya", "Supreme Court of Chile") and of every state of
// the union ("Ohio State Police"), each its own actor with the country's code and the template's
// role. Hand-written names (institutions/*.tsv, actors/) take precedence: a generated name that one
// of them already has is left out.
import type { Issue } from '../types.js';
import type { ActorData } from './actors.js';
import { columns, issue, list, readLines } from './lines.js';
import type { Source } from './types.js';

export const TEMPLATE_FILE = 'templates.tsv';
export const MEMBERS_FILE = 'un-members.tsv';
/** In kb/geo/. */
export const STATES_FILE = 'us-states.tsv';

export const PLACEHOLDERS = ['{country}', '{state}'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
const ROLE = /^[A-Z]{3}$/;

export interface Member extends Source {
  /** The country code the body's code begins with (a US state's is USA). */
  readonly code: string;
  /** The country or state as news writes it ("Kenya", "the Philippines", "Ohio"). */
  readonly name: string;
}

export interface Template extends Source {
  /** The role part added to the country's code (GOV, MIL ...). */
  readonly role: string;
  readonly placeholder: Placeholder;
  /** Names with the placeholder; the first is canonical. */
  readonly names: readonly string[];
}

/** `code  name` lines: the UN member states. */
export function parseMembers(path: string, file: string, issues: Issue[]): Member[] {
  const out: Member[] = [];
  for (const l of readLines(path, file)) {
    const cells = columns(l.text);
    const [code = '', name = ''] = cells;
    if (cells.length !== 2 || !/^[A-Z]{3}$/.test(code)) issues.push(issue('kb/member-row', `expected a country code and its name: "${l.text.trim()}"`, l));
    else out.push({ code, name, file: l.file, line: l.line });
  }
  return out;
}

/** `code  name  lat  long` lines of geo/us-states.tsv: each state (and the District) as a member of the USA. */
export function parseStates(path: string, file: string, issues: Issue[]): Member[] {
  const out: Member[] = [];
  for (const l of readLines(path, file)) {
    const [postal = '', name = ''] = columns(l.text);
    if (!/^[A-Z]{2}$/.test(postal) || name === '') issues.push(issue('kb/member-row', `expected a postal code and a state: "${l.text.trim()}"`, l));
    else out.push({ code: 'USA', name, file: l.file, line: l.line });
  }
  return out;
}

/** `role  body  names` lines; every name of a line holds the same placeholder once. */
export function parseTemplates(path: string, file: string, issues: Issue[]): Template[] {
  const out: Template[] = [];
  for (const l of readLines(path, file)) {
    const cells = columns(l.text);
    const [role = '', kind = '', names = ''] = cells;
    const texts = list(names);
    const placeholder = PLACEHOLDERS.find((p) => texts[0]?.includes(p));
    if (cells.length !== 3 || !ROLE.test(role) || kind !== 'body') {
      issues.push(issue('kb/template-row', `expected role, "body", names: "${l.text.trim()}"`, l));
    } else if (placeholder === undefined || texts.some((t) => t.split(placeholder).length !== 2 || PLACEHOLDERS.some((p) => p !== placeholder && t.includes(p)))) {
      issues.push(issue('kb/template-row', `every name needs one of ${PLACEHOLDERS.join(' ')} exactly once, the same on the whole line: "${names}"`, l));
    } else {
      out.push({ role, placeholder, names: texts, file: l.file, line: l.line });
    }
  }
  return out;
}

/**
 * One body per template and member. A name that `taken` holds (normalised) is left out; a body left
 * with no name is not made. Each body points at its template's line.
 */
export function expandTemplates(templates: readonly Template[], members: Readonly<Record<Placeholder, readonly Member[]>>, taken: ReadonlySet<string>, into: ActorData): void {
  for (const t of templates) {
    for (const m of members[t.placeholder]) {
      const code = m.code + t.role;
      const names = t.names.map((n) => n.replace(t.placeholder, m.name)).filter((n) => !taken.has(normalName(n)));
      const name = names[0];
      if (name === undefined) continue;
      const at = { file: t.file, line: t.line };
      into.organisations.push({ code, kind: 'body', name, aliases: names.slice(1), from: null, to: null, origin: 'template', ...at });
      for (const text of names) into.aliases.push({ text, code, kind: 'body', canonical: name, from: null, to: null, origin: 'template', ...at });
    }
  }
}

/** How the checker compares names: case and runs of blanks do not count. */
export function normalName(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
