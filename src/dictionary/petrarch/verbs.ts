// PETRARCH/TABARI verb dictionaries.
//
//   &CURRENCY                        a synonym set; its members follow as +WORD (or +&OTHER_SET)
//   --- BREAK [1717] ---             a verb block and its default code ([a:b] = paired)
//   BREAK {BROKE BROKEN}             a verb with irregular forms (regular ones are generated; {} = none)
//   +BREAK_DOWN {+BROKE_DOWN}        a phrasal verb; '+' marks the inflected word
//   DOWNPLAY [014]                   a verb of the block with its own default code
//   - + * IN $ [075]                 a pattern: * the verb, $ source, + target, % compound actor,
//                                    ^ skip a noun phrase, &SET a synonym set, '_' joins adjacent words
//   ~ a (a b ATTACK) SAY = a b 015   a transformation rule
import type { DictionaryRef, Issue } from '../../types.js';
import type { PatternRow, TransformRule, VerbData } from '../model.js';
import { type ElementSpec, expandSet, patternProblems } from '../pattern-compile.js';
import { encodeCode, FileTable } from '../rows.js';
import { dictionaryLines, lineIssue, refOf } from './lines.js';

const HEADER = /^---\s*(.+?)\s*\[([^\]]*)\](?:\s*\[[^\]]*\])?\s*(?:---\s*)*$/;
const FORM_LINE = /^(\+?[^[{]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$/;
const PATTERN_LINE = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/;
const TRANSFORM = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/;
const CODE_TEXT = /^[A-Za-z0-9?]+$/;
/** Codes the validation dictionaries use to switch a pattern off. */
const DISABLED = new Set(['+++', '###']);

export interface VerbCode {
  readonly code: string | null;
  readonly reverse: string | null;
}

/** `064`, `032:033`, `---`; undefined when unreadable; 'disabled' for +++ / ###. */
export function parseVerbCode(text: string): VerbCode | 'disabled' | undefined {
  const t = text.trim();
  if (DISABLED.has(t)) return 'disabled';
  const [a, b, ...rest] = t.split(':').map((x) => x.trim());
  if (rest.length > 0 || a === undefined) return undefined;
  // '[:173]' (PETRARCH2): only the reverse event, the target doing 173 to the source
  const one = (x: string): string | null | undefined => (x === '---' || (x === '' && b !== undefined) ? null : CODE_TEXT.test(x) ? x.toUpperCase() : undefined);
  const code = one(a);
  const reverse = b === undefined ? null : one(b);
  if (code === undefined || reverse === undefined) return undefined;
  return { code, reverse };
}

/** Regular inflections of an upper-case verb: S, ED, ING with the usual spelling changes. */
export function inflect(base: string): string[] {
  const out = new Set([base]);
  const consonantY = /[^AEIOU]Y$/.test(base);
  const stem = consonantY ? base.slice(0, -1) : base;
  out.add(consonantY ? stem + 'IES' : /(S|X|Z|CH|SH)$/.test(base) ? base + 'ES' : base + 'S');
  out.add(consonantY ? stem + 'IED' : base.endsWith('E') ? base + 'D' : base + 'ED');
  out.add(base.endsWith('E') && !base.endsWith('EE') ? base.slice(0, -1) + 'ING' : base + 'ING');
  if (/[^AEIOU][AEIOU][BDGKLMNPRTV]$/.test(base)) {
    const last = base[base.length - 1]!;
    out.add(base + last + 'ED');
    out.add(base + last + 'ING');
  }
  return [...out];
}

/** Words of a verb phrase and which one inflects (`WIRE_+TAP` -> [WIRE, TAP], 1). */
function verbPhrase(text: string): { words: string[]; head: number } | null {
  const parts = text
    .trim()
    .replace(/^\+/, '+')
    .split(/[_\s]+/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  let head = parts.findIndex((p) => p.startsWith('+'));
  if (head < 0) head = 0;
  const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
  if (words.some((w) => !w)) return null;
  return { words, head };
}

/** Element specs of a PETRARCH pattern text (without the leading '-' and the code). */
export function petrarchSpecs(text: string): ElementSpec[] | null {
  const specs: ElementSpec[] = [];
  for (const group of text
    .replace(/[(){}]/g, ' ')
    .trim()
    .split(/\s+/)) {
    if (!group) continue;
    let joined = false;
    for (const part of group.split('_')) {
      if (part === '') {
        joined = true;
        continue;
      }
      const gap = joined ? 0 : -1;
      joined = true;
      if (part === '*') specs.push({ kind: 'verb', gap });
      else if (part === '$') specs.push({ kind: 'source', gap });
      else if (part === '+') specs.push({ kind: 'target', gap });
      else if (part === '%') specs.push({ kind: 'compound', gap });
      else if (part === '^') specs.push({ kind: 'skip', gap });
      else if (part.startsWith('&')) specs.push({ kind: 'set', name: part.slice(1).toUpperCase().replace(/_+$/, ''), gap, optional: false });
      else specs.push({ kind: 'word', alts: [[part.toUpperCase()]], gap, optional: false });
    }
  }
  return specs.length > 0 ? specs : null;
}

interface RawBlock {
  name: string;
  code: VerbCode;
  forms: { words: string[]; head: number; explicit: string[] | null; own: VerbCode | null; ref: DictionaryRef }[];
  patterns: { specs: ElementSpec[]; code: VerbCode; ref: DictionaryRef }[];
  ref: DictionaryRef;
}

export interface RawVerbFile {
  readonly blocks: RawBlock[];
  readonly sets: Map<string, string[][]>;
  readonly transformations: TransformRule[];
}

export function readVerbFile(content: string, file: string, issues: Issue[]): RawVerbFile {
  const blocks: RawBlock[] = [];
  const sets = new Map<string, string[][]>();
  const transformations: TransformRule[] = [];
  // 'broken': inside a block whose header could not be read; its lines are skipped with the header's issue
  let mode: 'none' | 'set' | 'block' | 'broken' = 'none';
  let set: string[][] | null = null;
  let block: RawBlock | null = null;
  for (const line of dictionaryLines(content, file, issues)) {
    const text = line.text;
    const ref = refOf(file, line);
    if (text.startsWith('---')) {
      const m = HEADER.exec(text);
      const code = m ? parseVerbCode(m[2]!) : undefined;
      if (!m || code === undefined) {
        issues.push(lineIssue('malformed-line', 'unreadable verb block header', file, line));
        mode = 'broken';
        continue;
      }
      block = { name: m[1]!.toUpperCase(), code: code === 'disabled' ? { code: null, reverse: null } : code, forms: [], patterns: [], ref };
      blocks.push(block);
      mode = 'block';
    } else if (text.startsWith('&')) {
      set = [];
      sets.set(text.slice(1).trim().toUpperCase().replace(/_+$/, ''), set);
      mode = 'set';
    } else if (text.startsWith('~')) {
      const m = TRANSFORM.exec(text);
      if (!m) issues.push(lineIssue('malformed-line', 'unreadable transformation', file, line));
      else transformations.push({ outer: m[1]!, innerSource: m[2]!, innerTarget: m[3]!, innerVerb: m[4]!.toUpperCase(), outerVerb: m[5]!.toUpperCase(), result: [m[6]!, m[7]!, m[8]!], ref });
    } else if (mode === 'set' && text.startsWith('+')) {
      const member = text.slice(1).trim();
      const words = member.startsWith('&')
        ? [member.toUpperCase().replace(/_+$/, '')]
        : member
            .toUpperCase()
            .split(/[_\s]+/)
            .filter(Boolean);
      if (words.length === 0) issues.push(lineIssue('malformed-line', 'empty synonym', file, line));
      else set!.push(words);
    } else if (mode === 'block' && text.startsWith('-')) {
      const m = PATTERN_LINE.exec(text);
      const code = m ? parseVerbCode(m[2]!) : undefined;
      const specs = m ? petrarchSpecs(m[1]!) : null;
      if (!m || code === undefined || !specs) issues.push(lineIssue('malformed-pattern', 'unreadable verb pattern', file, line));
      else if (code !== 'disabled') block!.patterns.push({ specs, code, ref });
    } else if (mode === 'block') {
      const m = FORM_LINE.exec(text.replace(/;.*$/, '').trim());
      const phrase = m ? verbPhrase(m[1]!) : null;
      const own = m?.[3] !== undefined ? parseVerbCode(m[3]) : null;
      if (!m || !phrase || own === undefined) {
        issues.push(lineIssue('malformed-line', 'unreadable verb', file, line));
        continue;
      }
      const explicit = m[2] === undefined ? null : m[2].split(/\s+/).filter(Boolean);
      block!.forms.push({ ...phrase, explicit, own: own === 'disabled' ? { code: null, reverse: null } : own, ref });
    } else if (mode !== 'broken') {
      issues.push(lineIssue('malformed-line', 'line outside any verb block or synonym set', file, line));
    }
  }
  return { blocks, sets, transformations };
}

/** Compiles the verb files of one dictionary set (synonym sets are shared across the files) into rows. */
export function compilePetrarchVerbs(files: readonly RawVerbFile[], issues: Issue[]): VerbData {
  const fileTable = new FileTable();
  const rawSets = new Map<string, string[][]>();
  for (const f of files) for (const [k, v] of f.sets) rawSets.set(k, v);
  const cache = new Map<string, (readonly string[])[] | null>();
  const sets = (name: string) => {
    if (!cache.has(name)) cache.set(name, expandSet(name, rawSets));
    return cache.get(name)!;
  };
  const blocks: string[] = [];
  const patterns: PatternRow[][] = [];
  const forms: string[] = [];
  const seen = new Set<string>();
  const lemmas = new Map<string, number[]>();
  for (const f of files) {
    for (const raw of f.blocks) {
      const id = blocks.length;
      const fid = fileTable.id(raw.ref.file);
      blocks.push([raw.name, encodeCode(raw.code.code), encodeCode(raw.code.reverse), fid, raw.ref.line, raw.ref.text].join('\t'));
      // checked here for the issues; the coder compiles a block when it first meets one of its verbs
      patterns.push(raw.patterns.filter((p) => patternProblems(p.specs, p.ref, sets, issues)).map((p) => ({ specs: p.specs, code: p.code.code, reverse: p.code.reverse, plover: null, ref: p.ref })));
      for (const form of raw.forms) {
        const own = form.own ?? { code: undefined, reverse: undefined };
        const add = (words: readonly string[], head: number): number => {
          const phrase = words.join(' ');
          const key = `${phrase}|${head}|${id}`;
          if (!seen.has(key)) {
            seen.add(key);
            forms.push([phrase, head, id, encodeCode(own.code), encodeCode(own.reverse), fileTable.id(form.ref.file), form.ref.line, form.ref.text].join('\t'));
          }
          return forms.length - 1;
        };
        const heads = form.explicit === null ? inflect(form.words[form.head]!) : [form.words[form.head]!];
        let baseId = -1;
        for (const h of heads) {
          const at = add(
            form.words.map((w, i) => (i === form.head ? h : w)),
            form.head,
          );
          if (h === form.words[form.head]) baseId = at;
        }
        for (const x of form.explicit ?? []) {
          const phrase = verbPhrase(x);
          if (phrase) add(phrase.words, phrase.head);
        }
        if (form.words.length === 1 && baseId >= 0) {
          const ids = lemmas.get(form.words[0]!) ?? [];
          if (!ids.includes(baseId)) ids.push(baseId);
          lemmas.set(form.words[0]!, ids);
        }
      }
    }
  }
  const setRecord: Record<string, string[][]> = {};
  for (const [k, v] of rawSets) setRecord[k] = v;
  return {
    mode: 'surface',
    files: fileTable.files,
    blocks: blocks.join('\n'),
    patterns: patterns.map((p) => JSON.stringify(p)),
    forms: forms.join('\n'),
    lemmas: [...lemmas].map(([base, ids]) => `${base}\t${ids.join(' ')}`).join('\n'),
    sets: setRecord,
    transformations: files.flatMap((f) => f.transformations),
  };
}
