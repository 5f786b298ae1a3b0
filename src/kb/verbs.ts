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
/** The CODE of a no-event pattern: the construction matches and nothing is coded (PETRARCH's `---`). */
export const NO_EVENT = '---';
const WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'.-]*$/u;
const LEMMA = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'.-]*(?:_[\p{Ll}\p{N}][\p{Ll}\p{N}'.-]*)*$/u;
const SET_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

type Parsed = { elements: PatternElement[]; trigger: string; text: string } | { error: string };

function alternatives(text: string): string[] | null {
  const words = text.split('|');
  return words.every((w) => WORD.test(w)) ? words : null;
}

type Token = PatternElement | { readonly error: string };

/** Tokens repeat across thousands of patterns ("$", "+", "to", "&ARMS"): parse each spelling once. */
const tokenCache = new Map<string, Token>();

function parseToken(token: string): Token {
  const cached = tokenCache.get(token);
  if (cached !== undefined) return cached;
  let parsed: Token;
  if (token === '$') parsed = { kind: 'source' };
  else if (token === '+') parsed = { kind: 'target' };
  else if (token === '%') parsed = { kind: 'compound' };
  else if (token === '...') parsed = { kind: 'gap' };
  else if (token.startsWith('*')) {
    const lemma = token.slice(1);
    parsed = LEMMA.test(lemma)
      ? { kind: 'trigger', words: lemma.split('_') }
      : { error: `bad trigger "${token}" (lower-case lemma, phrasal words joined by _)` };
  } else if (token.startsWith('&')) {
    const name = token.slice(1);
    parsed = SET_NAME.test(name) ? { kind: 'set', name } : { error: `bad set name "${token}"` };
  } else if (token.startsWith('(') && token.endsWith(')')) {
    const words = alternatives(token.slice(1, -1));
    parsed = words === null ? { error: `bad optional word "${token}"` } : { kind: 'word', words, optional: true };
  } else {
    const words = alternatives(token);
    parsed = words === null ? { error: `bad word "${token}" (lower case; a|b for alternatives)` } : { kind: 'word', words, optional: false };
  }
  tokenCache.set(token, parsed);
  return parsed;
}

/** Parses the PATTERN part of a line into elements; the grammar errors are the ones in the docs. */
export function parsePattern(text: string): Parsed {
  const elements: PatternElement[] = [];
  let trigger: string | null = null;
  let sources = 0;
  let targets = 0;
  let compounds = 0;
  let compoundFirst = false;
  const tokens = text.trim().split(/\s+/);
  for (const token of tokens) {
    const element = parseToken(token);
    if ('error' in element) return element;
    if (element.kind === 'source') sources++;
    else if (element.kind === 'target') targets++;
    else if (element.kind === 'compound') {
      compounds++;
      compoundFirst = trigger === null;
    }
    else if (element.kind === 'gap' && elements.at(-1)?.kind === 'gap') return { error: 'two gaps in a row' };
    else if (element.kind === 'trigger') {
      if (trigger !== null) return { error: `more than one trigger ("*${trigger}", "${token}")` };
      trigger = token.slice(1);
    }
    elements.push(element);
  }
  if (trigger === null) return { error: 'no trigger (exactly one element must start with *)' };
  if (sources > 1 || targets > 1 || compounds > 1) return { error: 'the source $, the target + and the compound % may each stand once' };
  // a compound is one side of the act: before the trigger both sides, after it the targets
  if (compounds > 0 && targets > 0) return { error: 'a compound % names the other side itself: no + beside it' };
  if (compoundFirst && sources > 0) return { error: 'a compound % before the trigger acts among its members: no $ beside it' };
  return { elements, trigger, text: tokens.join(' ') };
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

/** One `CODE PATTERN [| PLOVER]` line. */
export function parseVerbLine(l: Line, table: CameoTable): VerbPattern | { error: string } {
  const body = l.text.trimStart();
  const space = body.search(/\s/);
  if (space < 0) return { error: `expected "CODE PATTERN [| PLOVER]": "${body}"` };
  const codeText = body.slice(0, space);
  const noEvent = codeText === NO_EVENT;
  if (!noEvent && !CODE.test(codeText)) return { error: `bad code "${codeText}" (CAMEO digits, a pair like 042:043, or --- for no event)` };
  const [patternText = '', ploverText, ...more] = body.slice(space).split(/\s\|\s/);
  if (more.length > 0) return { error: 'more than one " | " (alternatives are written a|b, without spaces)' };
  const override = ploverText?.trim() ?? null;
  if (override !== null && noEvent) return { error: 'a no-event pattern (---) takes no PLOVER type' };
  if (override !== null && !PLOVER_TYPES.has(override)) return { error: `unknown PLOVER type "${override}"` };
  const parsed = parsePattern(patternText);
  if ('error' in parsed) return parsed;
  const [code = '', reverse] = noEvent ? [] : codeText.split(':');
  return {
    code: noEvent ? null : code,
    reverseCode: reverse ?? null,
    text: parsed.text,
    elements: parsed.elements,
    trigger: parsed.trigger,
    plover: override ?? (noEvent ? null : table.plover(code)),
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
