// kb/people/*.txt: a person line (names split by `|`, the first canonical) followed by indented
// role lines `CODE  DATES  title` and at most one `died  DATE` line. See kb/README.md.
import type { Issue } from '../types.js';
import { ACTOR_CODE } from './actors.js';
import { columns, issue, parseDay, parseRange, readLines } from './lines.js';
import { outOfOffice } from './out-of-office.js';
import type { Alias, KbOrigin, Person, PersonRole } from './types.js';

interface Draft {
  readonly person: Omit<Person, 'roles' | 'died' | 'origin'>;
  readonly roles: PersonRole[];
  died: string | null;
  horizon: string | null;
}

const DIED = 'died';
const HORIZON = 'horizon';
const FORMER_ELITE = 'ELI';
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every name of a person once per role, written or derived: what the name means on each day. */
export function personAliases(person: Person): Alias[] {
  const out: Alias[] = [];
  for (const role of person.roles) {
    for (const text of [person.name, ...person.aliases]) {
      const alias: Alias = { text, code: role.code, kind: 'person', canonical: person.name, from: role.from, to: role.to, origin: person.origin, file: role.file, line: role.line };
      out.push(role.horizon ? { ...alias, horizon: true } : alias);
    }
  }
  return out;
}

/**
 * Offices left open under a `horizon` line run to that day and no further: the source said "in
 * office" when it was last updated, which says nothing of the days after (kb/README.md). A former
 * elite (ELI) stays one: leaving office does not end.
 */
function untilHorizon(roles: readonly PersonRole[], horizon: string | null, issues: Issue[]): PersonRole[] {
  if (horizon === null) return [...roles];
  return roles.map((r) => {
    if (r.to !== null || r.code.endsWith(FORMER_ELITE)) return r;
    if (r.from !== null && r.from > horizon) {
      issues.push(issue('kb/date', `an open office from ${r.from} begins after the horizon ${horizon}`, r));
      return r;
    }
    return { ...r, to: horizon, horizon: true };
  });
}

export function parsePeopleFile(path: string, file: string, people: Person[], aliases: Alias[], issues: Issue[], origin: KbOrigin = 'core'): void {
  let current: Draft | null = null;
  const finish = (): void => {
    if (current === null) return;
    if (current.roles.length === 0) {
      issues.push(issue('kb/person-no-role', `${current.person.name} has no role line`, current.person));
    } else {
      const { name, aliases: others, file, line } = current.person;
      const written = untilHorizon(current.roles, current.horizon, issues);
      const roles = [...written, ...outOfOffice(written, current.died)];
      const person: Person = { name, aliases: others, file, line, roles, died: current.died, origin };
      people.push(person);
      aliases.push(...personAliases(person));
    }
    current = null;
  };
  for (const l of readLines(path, file)) {
    const indented = l.text.charCodeAt(0) === 32 || l.text.charCodeAt(0) === 9;
    if (!indented) {
      finish();
      const names = l.text.split('|').map((s) => s.trim());
      if (names.some((n) => n === '' || /\t| {2}/.test(n))) {
        // a run of blanks inside a name is a role line that lost its indentation
        issues.push(issue('kb/person-row', `empty name, or columns in a name, in "${l.text.trim()}"`, l));
        continue;
      }
      current = { person: { name: names[0] ?? '', aliases: names.slice(1), file: l.file, line: l.line }, roles: [], died: null, horizon: null };
      continue;
    }
    const [code = '', dates = '', ...title] = columns(l.text);
    const range = parseRange(dates);
    if (current === null) {
      issues.push(issue('kb/person-row', 'role line without a person line above it', l));
    } else if (code === DIED) {
      // a whole day: whether a death fell inside an office decides how the person is remembered
      const day = FULL_DAY.test(dates) && title.length === 0 ? parseDay(dates, false) : null;
      if (day === null) issues.push(issue('kb/date', `"died" takes one day YYYY-MM-DD, not "${l.text.trim().slice(DIED.length).trim()}"`, l));
      else if (current.died !== null) issues.push(issue('kb/person-row', `${current.person.name} has two "died" lines`, l));
      else current.died = day;
    } else if (code === HORIZON) {
      const day = FULL_DAY.test(dates) && title.length === 0 ? parseDay(dates, true) : null;
      if (day === null) issues.push(issue('kb/date', `"horizon" takes one day YYYY-MM-DD, not "${l.text.trim().slice(HORIZON.length).trim()}"`, l));
      else if (current.horizon !== null) issues.push(issue('kb/person-row', `${current.person.name} has two "horizon" lines`, l));
      else current.horizon = day;
    } else if (!ACTOR_CODE.test(code)) {
      issues.push(issue('kb/actor-code', `"${code}" is not an actor code`, l));
    } else if (range === null) {
      issues.push(issue('kb/date', `bad date range "${dates}"`, l));
    } else {
      current.roles.push({ code, from: range.from, to: range.to, title: title.join(' '), file: l.file, line: l.line, derived: false, horizon: false });
    }
  }
  finish();
}
