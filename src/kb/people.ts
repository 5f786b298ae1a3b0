// kb/people/*.txt: a person line (names split by `|`, the first canonical) followed by indented
// role lines `CODE  DATES  title`. See kb/README.md.
import type { Issue } from '../types.js';
import { ACTOR_CODE } from './actors.js';
import { columns, issue, parseRange, readLines } from './lines.js';
import type { Alias, Person, PersonRole } from './types.js';

interface Draft {
  readonly person: Omit<Person, 'roles'>;
  readonly roles: PersonRole[];
}

export function parsePeopleFile(path: string, file: string, people: Person[], aliases: Alias[], issues: Issue[]): void {
  let current: Draft | null = null;
  const finish = (): void => {
    if (current === null) return;
    if (current.roles.length === 0) {
      issues.push(issue('kb/person-no-role', `${current.person.name} has no role line`, current.person));
    } else {
      const { name, aliases: others, file, line } = current.person;
      people.push({ name, aliases: others, file, line, roles: current.roles });
      for (const role of current.roles) {
        aliases.push({ text: name, code: role.code, kind: 'person', canonical: name, from: role.from, to: role.to, file: role.file, line: role.line });
        for (const text of others) {
          aliases.push({ text, code: role.code, kind: 'person', canonical: name, from: role.from, to: role.to, file: role.file, line: role.line });
        }
      }
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
      current = { person: { name: names[0] ?? '', aliases: names.slice(1), file: l.file, line: l.line }, roles: [] };
      continue;
    }
    const [code = '', dates = '', ...title] = columns(l.text);
    const range = parseRange(dates);
    if (current === null) {
      issues.push(issue('kb/person-row', 'role line without a person line above it', l));
    } else if (!ACTOR_CODE.test(code)) {
      issues.push(issue('kb/actor-code', `"${code}" is not an actor code`, l));
    } else if (range === null) {
      issues.push(issue('kb/date', `bad date range "${dates}"`, l));
    } else {
      current.roles.push({ code, from: range.from, to: range.to, title: title.join(' '), file: l.file, line: l.line });
    }
  }
  finish();
}
