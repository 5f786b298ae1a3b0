// Our own verb-pattern format (docs/verb-patterns.md, kb/verbs/*.txt) compiled into the same verb
// index the PETRARCH loader builds, so one coder runs on either. Patterns are in lemmas; one block per
// trigger, its patterns most specific first.
import type { Issue } from '../types.js';
import { NO_EVENT, parsePattern } from '../kb/verbs.js';
import type { PatternElement } from '../kb/types.js';
import type { PatternRow, VerbData, VerbPattern } from './model.js';
import { compilePattern, type ElementSpec } from './pattern-compile.js';
import { FileTable } from './rows.js';

export interface KbPatternLine {
  readonly code: string;
  readonly pattern: string;
  readonly plover?: string | null;
  readonly file: string;
  readonly line: number;
  /** The pattern already parsed (the knowledge-base loader parses every line once). */
  readonly parsed?: { readonly elements: readonly PatternElement[]; readonly trigger: string };
}

/** Words a plain pattern word may stand from its neighbour ("held a meeting with"), and after `...`. */
const WORD_GAP = 2;
/** Words between an element and the actor phrase after it ("accused on Tuesday the US of ..."). */
const ACTOR_GAP = 3;
const ELLIPSIS_GAP = 4;
/**
 * A compound stands right before what follows it ("X and Y have restored ties"): with more room it
 * would take the subject of a governing verb ("X and Y agreed to restore ties" is an agreement).
 */
const COMPOUND_GAP = 1;
const CODE = /^(\d{2,4})(?::(\d{2,4}))?$/;

/** `051`, `042:043`, or `---` (no event: both null); null when malformed. */
function codesOf(text: string): { code: string | null; reverse: string | null } | null {
  if (text.trim() === NO_EVENT) return { code: null, reverse: null };
  const m = CODE.exec(text.trim());
  return m ? { code: m[1]!, reverse: m[2] ?? null } : null;
}

function specsOf(line: KbPatternLine, sets: ReadonlyMap<string, readonly string[]>, issues: Issue[]): { specs: ElementSpec[]; trigger: string } | null {
  const parsed = line.parsed ?? parsePattern(line.pattern);
  if ('error' in parsed) {
    issues.push({ code: 'malformed-pattern', message: `${parsed.error}: ${line.pattern}`, file: line.file, line: line.line });
    return null;
  }
  const specs: ElementSpec[] = [];
  let gap = WORD_GAP;
  let afterTrigger = false;
  for (const el of parsed.elements) {
    if (el.kind === 'gap') {
      gap = ELLIPSIS_GAP;
      continue;
    }
    if (el.kind === 'trigger') {
      specs.push({ kind: 'verb', gap });
      afterTrigger = true;
    } else if (el.kind === 'source' || el.kind === 'target' || el.kind === 'compound') {
      // an actor after the trigger stands next to the word before it ("support for Sanders"), not
      // anywhere further on in the clause; before it, the subject may stand well away
      specs.push({ kind: el.kind, gap: afterTrigger ? Math.max(gap, ACTOR_GAP) : -1 });
    } else if (el.kind === 'word') specs.push({ kind: 'word', alts: el.words.map((w) => [w]), gap, optional: el.optional });
    else {
      const members = sets.get(el.name);
      if (!members) {
        issues.push({ code: 'unknown-synset', message: `unknown word set &${el.name}: ${line.pattern}`, file: line.file, line: line.line });
        return null;
      }
      specs.push({ kind: 'word', alts: members.map((m) => m.split(/[_\s]+/)), gap, optional: false });
    }
    gap = el.kind === 'compound' ? COMPOUND_GAP : WORD_GAP;
  }
  // "$ *verb" and "*verb +" say what the coder does anyway (subject, object, passive): leave them to it;
  // a % never goes, the coder would not look for a compound
  const verbAt = specs.findIndex((s) => s.kind === 'verb');
  if (verbAt === 1 && specs[0]!.kind === 'source') specs.shift();
  const v = specs.findIndex((s) => s.kind === 'verb');
  if (v === specs.length - 2 && specs[v + 1]!.kind === 'target') specs.pop();
  return { specs, trigger: parsed.trigger };
}

/**
 * No-event patterns first (they name the construction they stop), then the ones with more words;
 * among as many words, one with a compound (it asks for two actors where `$` asks for one).
 */
function specificity(p: VerbPattern): number {
  const elements = [...p.before, ...p.after];
  const words = elements.filter((e) => e.kind === 'word').length + (elements.some((e) => e.kind === 'compound') ? 0.5 : 0);
  return p.code === null && p.reverse === null ? NO_EVENT_FIRST + words : words;
}

/** Above any word count a pattern can have. */
const NO_EVENT_FIRST = 1000;

export function compileKbVerbPatterns(lines: readonly KbPatternLine[], sets: ReadonlyMap<string, readonly string[]>): { verbs: VerbData; issues: Issue[] } {
  const issues: Issue[] = [];
  const byTrigger = new Map<string, { row: PatternRow; weight: number }[]>();
  for (const line of lines) {
    const code = codesOf(line.code);
    if (!code) {
      issues.push({ code: 'malformed-code', message: `bad event code "${line.code}"`, file: line.file, line: line.line });
      continue;
    }
    const s = specsOf(line, sets, issues);
    if (!s) continue;
    const ref = { text: `${line.code} ${line.pattern}`, file: line.file, line: line.line };
    const plover = code.code === null ? null : (line.plover ?? null);
    const compiled = compilePattern(s.specs, { code: code.code, reverse: code.reverse, plover }, ref, () => null, issues);
    if (!compiled) continue;
    const row: PatternRow = { specs: s.specs, code: code.code, reverse: code.reverse, plover, ref };
    const list = byTrigger.get(s.trigger) ?? [];
    list.push({ row, weight: specificity(compiled) });
    byTrigger.set(s.trigger, list);
  }
  const files = new FileTable();
  const blocks: string[] = [];
  const patterns: PatternRow[][] = [];
  const forms: string[] = [];
  for (const [trigger, list] of byTrigger) {
    const first = list[0]!.row.ref;
    const id = blocks.length;
    const fid = files.id(first.file);
    blocks.push([trigger, '-', '-', fid, first.line, first.text].join('\t'));
    patterns.push([...list].sort((a, b) => b.weight - a.weight).map((x) => x.row));
    forms.push([trigger.split('_').join(' '), 0, id, '', '', fid, first.line, first.text].join('\t'));
  }
  return {
    verbs: { mode: 'lemma', files: files.files, blocks: blocks.join('\n'), patterns: patterns.map((p) => JSON.stringify(p)), forms: forms.join('\n'), lemmas: '', sets: {}, transformations: [] },
    issues,
  };
}
