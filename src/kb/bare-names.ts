// kb/institutions/bare-names.tsv: bodies the news names without their country ("Congress", "the
// Senate", "the Navy"), each with the bodies of the countries it can mean. The knowledge-base loader
// leaves the file out of the actors, since such a name is no one body; the entity layer picks the
// body of the country the document is about (src/entities/home-country.ts).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ACTOR_CODE } from './actors.js';
import { columns, issue, list, readLines } from './lines.js';
import type { Issue } from '../types.js';
import type { Source } from './types.js';

export const BARE_NAMES_FILE = 'bare-names.tsv';

export interface BareName extends Source {
  readonly text: string;
  /** Full codes ("USALEG") of the bodies the name can mean. */
  readonly codes: readonly string[];
  /** Roles ("MIL") whose body of any country the name can mean. */
  readonly anyCountry: readonly string[];
}

const ROLE = /^[A-Z]{3}$/;

/** Name -> its readings, and the file's malformed lines as issues. */
export function parseBareNames(kbDir: string): { readonly names: Map<string, BareName>; readonly issues: Issue[] } {
  const path = join(kbDir, 'institutions', BARE_NAMES_FILE);
  const names = new Map<string, BareName>();
  const issues: Issue[] = [];
  if (!existsSync(path)) return { names, issues };
  for (const l of readLines(path, `${basename(kbDir)}/institutions/${BARE_NAMES_FILE}`)) {
    const [codeCell, nameCell, ...rest] = columns(l.text);
    const codes = list(codeCell);
    const texts = list(nameCell);
    if (rest.length || !codes.length || !texts.length) {
      issues.push(issue('kb/bare-name-row', `expected two columns, codes and names, in "${l.text.trim()}"`, l));
      continue;
    }
    const bad = codes.find((c) => !(c.startsWith('*') ? ROLE.test(c.slice(1)) : ACTOR_CODE.test(c) && c.length > 3));
    if (bad) {
      issues.push(issue('kb/bare-name-row', `"${bad}" is neither a country's body (USALEG) nor a role of any country (*MIL)`, l));
      continue;
    }
    for (const text of texts) {
      const prior = names.get(text);
      if (prior) issues.push(issue('kb/bare-name-row', `"${text}" is already listed at line ${prior.line}`, l));
      else names.set(text, { text, codes: codes.filter((c) => !c.startsWith('*')), anyCountry: codes.filter((c) => c.startsWith('*')).map((c) => c.slice(1)), file: l.file, line: l.line });
    }
  }
  return { names, issues };
}

/** Name -> its readings, for the entity layer. Throws on a malformed line, naming the file and line. */
export function readBareNames(kbDir: string): Map<string, BareName> {
  const { names, issues } = parseBareNames(kbDir);
  const first = issues[0];
  if (first) throw new Error(`${first.file}:${first.line}: ${first.message}`);
  return names;
}
