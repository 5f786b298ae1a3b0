// kb/institutions/bare-names.tsv: bodies the news names without their country ("Congress", "the
// Senate", "the Navy"), each with the bodies of the countries it can mean. The knowledge-base loader
// leaves the file out of the actors, since such a name is no one body; the entity layer picks the
// body of the country the document is about (src/entities/home-country.ts).
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ACTOR_CODE } from './actors.js';
import { columns, list, readLines } from './lines.js';
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

/** Name -> its readings. Throws on a malformed line, naming the file and line. */
export function readBareNames(kbDir: string): Map<string, BareName> {
  const path = join(kbDir, 'institutions', BARE_NAMES_FILE);
  const out = new Map<string, BareName>();
  if (!existsSync(path)) return out;
  for (const l of readLines(path, `${basename(kbDir)}/institutions/${BARE_NAMES_FILE}`)) {
    const [codeCell, nameCell, ...rest] = columns(l.text);
    const where = `${l.file}:${l.line}`;
    const codes = list(codeCell);
    const names = list(nameCell);
    if (rest.length || !codes.length || !names.length) throw new Error(`${where}: expected two columns, codes and names, in "${l.text.trim()}"`);
    const bad = codes.find((c) => !(c.startsWith('*') ? ROLE.test(c.slice(1)) : ACTOR_CODE.test(c) && c.length > 3));
    if (bad) throw new Error(`${where}: "${bad}" is neither a country's body (USALEG) nor a role of any country (*MIL)`);
    for (const text of names) {
      if (out.has(text)) throw new Error(`${where}: "${text}" is already listed at line ${out.get(text)!.line}`);
      out.set(text, { text, codes: codes.filter((c) => !c.startsWith('*')), anyCountry: codes.filter((c) => c.startsWith('*')).map((c) => c.slice(1)), file: l.file, line: l.line });
    }
  }
  return out;
}
