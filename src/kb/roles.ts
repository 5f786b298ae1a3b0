// kb/roles.tsv: agent nouns with their CAMEO role code. See kb/README.md.
import type { Issue } from '../types.js';
import { columns, issue, readLines } from './lines.js';
import type { RoleWord } from './types.js';

const ROLE_CODE = /^(?:[A-Z]{3})+$/;

export function parseRoles(path: string, file: string, issues: Issue[]): RoleWord[] {
  const out: RoleWord[] = [];
  for (const l of readLines(path, file)) {
    const cells = columns(l.text);
    const [code = '', combine = '', word = '', plural = ''] = cells;
    if (cells.length !== 4 || word === '') {
      issues.push(issue('kb/role-row', `expected code, combine, word, plural: "${l.text.trim()}"`, l));
    } else if (!ROLE_CODE.test(code)) {
      issues.push(issue('kb/actor-code', `"${code}" is not a role code`, l));
    } else if (combine !== 'suffix' && combine !== 'alone') {
      issues.push(issue('kb/role-row', `combine must be suffix or alone, not "${combine}"`, l));
    } else {
      out.push({ code, word, plural: plural === '-' ? null : plural, suffix: combine === 'suffix', file: l.file, line: l.line });
    }
  }
  return out;
}
