// kb/verbs/NN-<root>.txt event patterns and kb/verbs/sets.txt word sets, in the grammar of
// docs/verb-patterns.md. A line that breaks the grammar becomes an Issue and is skipped.
import type { Issue } from '../types.js';
import { PLOVER_TYPES, type CameoTable } from './cameo.js';
import { issue, readLines, type Line } from './lines.js';
import type { PatternElement, VerbPattern, WordSet } from './types.js';

export const SETS_FILE = 'sets.txt';
/** One file per CAMEO root: 01-make-public-statement.txt ... 20-use-unconventional-mass-violence.txt */
export const VERB_FILE = /^(\d{2})-[a-z0-9-]+\.txt$/;

const CODE = /^\d{2,4}(?::\d{2,4})?$/;
const WORD = /^[a-z0-9][a-z0-9'.-]*$/;
const LEMMA = /^[a-z0-9][a-z0-9'.-]*(?:_[a-z0-9][a-z0-9'.-]*)*$/;
const SET_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

type Parsed = { elements: PatternElement[]; trigger: string } | { error: string };

function alternatives(text: string): string[] | null {
  const words = text.split('|');
  return words.every((w) => WORD.test(w)) ? words : null;
}

/** Parses the PATTERN part of a line into elements; the grammar errors are the ones in the docs. */
export function parsePattern(text: string): Parsed {
  const elements: PatternElement[] = [];
  let trigger: string | null = null;
  let sources = 0;
  let targets = 0;
  for (const token of text.trim().split(/\s+/)) {
    if (token === '$') {
      sources++;
      elements.push({ kind: 'source' });
    } else if (token === '+') {
      targets++;
      elements.push({ kind: 'target' });
    } else if (token === '...') {
      if (elements.at(-1)?.kind === 'gap') return { error: 'two gaps in a row' };
      elements.push({ kind: 'gap' });
    } else if (token.startsWith('*')) {
      if (trigger !== null) return { error: `more than one trigger ("*${trigger}", "${token}")` };
      const lemma = token.slice(1);
      if (!LEMMA.test(lemma)) return { error: `bad trigger "${token}" (lower-case lemma, phrasal words joined by _)` };
      trigger = lemma;
      elements.push({ kind: 'trigger', words: lemma.split('_') });
    } else if (token.startsWith('&')) {
      const name = token.slice(1);
      if (!SET_NAME.test(name)) return { error: `bad set name "${token}"` };
      elements.push({ kind: 'set', name });
    } else if (token.startsWith('(') && token.endsWith(')')) {
      const words = alternatives(token.slice(1, -1));
      if (words === null) return { error: `bad optional word "${token}"` };
      elements.push({ kind: 'word', words, optional: true });
    } else {
      const words = alternatives(token);
      if (words === null) return { error: `bad word "${token}" (lower case; a|b for alternatives)` };
      elements.push({ kind: 'word', words, optional: false });
    }
  }
  if (trigger === null) return { error: 'no trigger (exactly one element must start with *)' };
  if (sources > 1 || targets > 1) return { error: 'the source $ and the target + may each stand once' };
  return { elements, trigger };
}

export function parseVerbFile(path: string, file: string, table: CameoTable, issues: Issue[]): VerbPattern[] {
  const out: VerbPattern[] = [];
  for (const l of readLines(path, file)) {
    const p = parseVerbLine(l, table);
    if ('error' in p) issues.push(issue('kb/pattern', p.error, l));
    else out.push(p);
  }
  return out;
}

function parseVerbLine(l: Line, table: CameoTable): VerbPattern | { error: string } {
  const body = l.text.trim();
  const space = body.search(/\s/);
  if (space < 0) return { error: `expected "CODE PATTERN [| PLOVER]": "${body}"` };
  const codeText = body.slice(0, space);
  if (!CODE.test(codeText)) return { error: `bad code "${codeText}" (CAMEO digits, or a pair like 042:043)` };
  const [patternText = '', ploverText, ...more] = body.slice(space).split(/\s\|\s/);
  if (more.length > 0) return { error: 'more than one " | " (alternatives are written a|b, without spaces)' };
  const override = ploverText?.trim() ?? null;
  if (override !== null && !PLOVER_TYPES.has(override)) return { error: `unknown PLOVER type "${override}"` };
  const parsed = parsePattern(patternText);
  if ('error' in parsed) return parsed;
  const [code = '', reverse] = codeText.split(':');
  return {
    code,
    reverseCode: reverse ?? null,
    text: patternText.trim().split(/\s+/).join(' '),
    elements: parsed.elements,
    trigger: parsed.trigger,
    plover: override ?? table.plover(code),
    ploverOverride: override !== null,
    note: l.comment,
    file: l.file,
    line: l.line,
  };
}

/** `&NAME = word, word, word` */
export function parseSets(path: string, file: string, issues: Issue[]): WordSet[] {
  const out: WordSet[] = [];
  for (const l of readLines(path, file)) {
    const m = /^\s*&([A-Za-z][A-Za-z0-9_]*)\s*=\s*(.+)$/.exec(l.text);
    const words = m?.[2]?.split(',').map((w) => w.trim()) ?? [];
    if (!m || words.some((w) => w === '' || w !== w.toLowerCase())) {
      issues.push(issue('kb/set', `expected "&NAME = word, word" with lower-case words: "${l.text.trim()}"`, l));
    } else {
      out.push({ name: m[1] ?? '', words, file: l.file, line: l.line });
    }
  }
  return out;
}
