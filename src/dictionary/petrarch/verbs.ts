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
import type { TransformRule, VerbBlock, VerbForm, VerbIndex, VerbPattern } from '../model.js';
import { indexPhrases } from '../model.js';
import { compilePattern, type ElementSpec, expandSet } from '../pattern-compile.js';
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
  const one = (x: string): string | null | undefined =>
    x === '---' || (x === '' && b !== undefined) ? null : CODE_TEXT.test(x) ? x.toUpperCase() : undefined;
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
  const parts = text.trim().replace(/^\+/, '+').split(/[_\s]+/).filter(Boolean);
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
  for (const group of text.replace(/[(){}]/g, ' ').trim().split(/\s+/)) {
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
  for (const line of dictionaryLines(content)) {
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
      const words = member.startsWith('&') ? [member.toUpperCase().replace(/_+$/, '')] : member.toUpperCase().split(/[_\s]+/).filter(Boolean);
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

/** Compiles the verb files of one dictionary set (synonym sets are shared across the files). */
export function compilePetrarchVerbs(files: readonly RawVerbFile[], issues: Issue[]): VerbIndex {
  const rawSets = new Map<string, string[][]>();
  for (const f of files) for (const [k, v] of f.sets) rawSets.set(k, v);
  const cache = new Map<string, (readonly string[])[] | null>();
  const sets = (name: string) => {
    if (!cache.has(name)) cache.set(name, expandSet(name, rawSets));
    return cache.get(name)!;
  };
  const blocks: VerbBlock[] = [];
  const forms: VerbForm[] = [];
  const bases: VerbForm[] = [];
  for (const f of files) {
    for (const raw of f.blocks) {
      const id = blocks.length;
      const patterns: VerbPattern[] = [];
      for (const p of raw.patterns) {
        const compiled = compilePattern(p.specs, p.code.code, p.code.reverse, p.ref, sets, issues);
        if (compiled) patterns.push(compiled);
      }
      blocks.push({ name: raw.name, code: raw.code.code, reverse: raw.code.reverse, patterns, ref: raw.ref });
      for (const form of raw.forms) {
        const own = form.own ?? { code: undefined, reverse: undefined };
        const entry = (words: string[], head: number): VerbForm => ({ words, head, block: id, code: own.code, reverse: own.reverse, ref: form.ref });
        bases.push(entry(form.words, form.head));
        const heads = form.explicit === null ? inflect(form.words[form.head]!) : [form.words[form.head]!];
        for (const h of heads) forms.push(entry(form.words.map((w, i) => (i === form.head ? h : w)), form.head));
        for (const x of form.explicit ?? []) {
          const phrase = verbPhrase(x);
          if (phrase) forms.push(entry(phrase.words, phrase.head));
        }
      }
    }
  }
  const unique = dedupeForms(forms);
  return {
    mode: 'surface',
    blocks,
    forms: unique,
    formIndex: indexPhrases(unique),
    lemmaIndex: indexPhrasesByHeadBase(unique, bases),
    transformations: files.flatMap((f) => f.transformations),
  };
}

function dedupeForms(forms: VerbForm[]): VerbForm[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.words.join(' ')}|${f.head}|${f.block}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Base forms indexed for lemma look-up: a token whose lemma is a block's base verb matches even when
 * the dictionary lists no such inflection (irregular forms the file forgot). The index points at
 * base forms stored after the surface forms.
 */
function indexPhrasesByHeadBase(forms: VerbForm[], bases: VerbForm[]): Map<string, number[]> {
  const single = new Map<string, number>();
  forms.forEach((f, id) => {
    if (f.words.length === 1) single.set(`${f.block}|${f.words[0]}`, id);
  });
  const index = new Map<string, number[]>();
  for (const base of bases) {
    if (base.words.length !== 1) continue;
    const id = single.get(`${base.block}|${base.words[0]}`);
    if (id === undefined) continue;
    const ids = index.get(base.words[0]!);
    if (ids) {
      if (!ids.includes(id)) ids.push(id);
    } else index.set(base.words[0]!, [id]);
  }
  return index;
}
