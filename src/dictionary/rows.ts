// Entries to rows (when compiling) and rows to entries (when the coder first needs one).
import type { Issue } from '../types.js';
import {
  type ActorEntry,
  type AgentEntry,
  type CompiledDictionaries,
  type DatedCode,
  type DictionaryData,
  type DiscardEntry,
  LazyTable,
  type PatternRow,
  type PhraseIndex,
  RUN,
  type RunIndex,
  type VerbBlock,
  type VerbData,
  type VerbForm,
  type VerbIndex,
  type VerbPattern,
} from './model.js';
import { compilePattern, expandSet } from './pattern-compile.js';

const TAB = '\t';

const wordCount = (row: string) => {
  const tab = row.indexOf(TAB);
  let n = 1;
  for (let i = row.indexOf(' '); i >= 0 && (tab < 0 || i < tab); i = row.indexOf(' ', i + 1)) n++;
  return n;
};

const firstWord = (row: string) => {
  let end = row.indexOf(TAB);
  if (end < 0) end = row.length;
  const space = row.indexOf(' ');
  return row.slice(0, space >= 0 && space < end ? space : end);
};

/** Rows sorted the way the index wants them: by first word, then longest phrase first. */
export function sortRows(rows: readonly string[]): string[] {
  // sort keys "FIRST \u0001 (99 - words) row-number" compare as plain strings, with no comparator calls
  const keys = rows.map((row, i) => `${firstWord(row)}\u0001${String(99 - Math.min(wordCount(row), 99)).padStart(2, '0')}${String(i).padStart(8, '0')}`);
  keys.sort();
  return keys.map((k) => rows[Number(k.slice(-8))]!);
}

/** Index rows by the first word of their first field; rows must come sorted (sortRows) unless `sort`. */
export function indexRows(rows: readonly string[], sort = false): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (let id = 0; id < rows.length; id++) {
    const first = firstWord(rows[id]!);
    const ids = index.get(first);
    if (ids) ids.push(id);
    else index.set(first, [id]);
  }
  if (sort) for (const ids of index.values()) if (ids.length > 1) ids.sort((a, b) => wordCount(rows[b]!) - wordCount(rows[a]!) || a - b);
  return index;
}

/** Index of rows sorted by sortRows: one entry per first word, no per-word arrays. */
export function indexRuns(rows: readonly string[]): RunIndex {
  const index: RunIndex = new Map();
  let current = '';
  let start = 0;
  for (let id = 0; id <= rows.length; id++) {
    const first = id < rows.length ? firstWord(rows[id]!) : '\u0000';
    if (first === current) continue;
    if (id > start) index.set(current, start * RUN + (id - start));
    current = first;
    start = id;
  }
  return index;
}

export const splitRows = (table: string): string[] => (table ? table.split('\n') : []);

export function encodeCodes(codes: readonly DatedCode[]): string {
  return codes.map((c) => `${c.code}:${c.from ?? ''}:${c.to ?? ''}`).join('|');
}

function decodeCodes(text: string): DatedCode[] {
  if (!text) return [];
  return text.split('|').map((c) => {
    const [code = '', from = '', to = ''] = c.split(':');
    return { code, from: from ? Number(from) : null, to: to ? Number(to) : null };
  });
}

/** '' = undefined (inherit), '-' = null (no event). */
export function encodeCode(code: string | null | undefined): string {
  return code === undefined ? '' : code === null ? '-' : code;
}

function decodeCode(text: string): string | null | undefined {
  return text === '' ? undefined : text === '-' ? null : text;
}

export function openDictionaries(data: DictionaryData): CompiledDictionaries {
  const file = (i: string) => data.files[Number(i)] ?? '';
  const actorRows = splitRows(data.actors);
  const agentRows = splitRows(data.agents);
  const discardRows = splitRows(data.discards);
  const blockCodes = new LazyTable(splitRows(data.actorBlocks), (row) => {
    const [name = '', codes = ''] = row.split(TAB);
    return { name, codes: decodeCodes(codes) };
  });
  const actors = new LazyTable<ActorEntry>(actorRows, (row) => {
    const [phrase = '', block = '0', f = '0', line = '0'] = row.split(TAB);
    const b = blockCodes.get(Number(block));
    return { words: phrase.split(' '), codes: b.codes, name: b.name, ref: { text: phrase.replace(/ /g, '_'), file: file(f), line: Number(line) } };
  });
  const agents = new LazyTable<AgentEntry>(agentRows, (row) => {
    const [phrase = '', code = '', position = 's', f = '0', line = '0'] = row.split(TAB);
    return { words: phrase.split(' '), code, position: position === 'p' ? 'prefix' : 'suffix', ref: { text: `${phrase.replace(/ /g, '_')} [${position === 'p' ? `${code}~` : `~${code}`}]`, file: file(f), line: Number(line) } };
  });
  const discards = new LazyTable<DiscardEntry>(discardRows, (row) => {
    const [phrase = '', story = '0', f = '0', line = '0'] = row.split(TAB);
    return { words: phrase.split(' '), story: story === '1', ref: { text: `${story === '1' ? '+' : ''}${phrase.replace(/ /g, '_')}`, file: file(f), line: Number(line) } };
  });
  return {
    data,
    actors,
    actorIndex: indexRuns(actorRows),
    agents,
    agentIndex: indexRuns(agentRows),
    discards,
    discardIndex: indexRuns(discardRows),
    verbs: openVerbs(data.verbs),
    issues: data.issues,
  };
}

export function openVerbs(data: VerbData): VerbIndex {
  const file = (i: string) => data.files[Number(i)] ?? '';
  const setCache = new Map<string, (readonly string[])[] | null>();
  const sets = new Map(Object.entries(data.sets));
  const setOf = (name: string) => {
    if (!setCache.has(name)) setCache.set(name, expandSet(name, sets));
    return setCache.get(name)!;
  };
  const blocks = new LazyTable<VerbBlock>(splitRows(data.blocks), (row, id) => {
    const [name = '', code = '-', reverse = '-', f = '0', line = '0', text = ''] = row.split(TAB);
    const patterns: VerbPattern[] = [];
    const ignored: Issue[] = []; // reported when the data was compiled
    for (const p of JSON.parse(data.patterns[id] ?? '[]') as PatternRow[]) {
      const compiled = compilePattern(p.specs, { code: p.code, reverse: p.reverse, plover: p.plover || null }, p.ref, setOf, ignored);
      if (compiled) patterns.push(compiled);
    }
    return { name, code: decodeCode(code) ?? null, reverse: decodeCode(reverse) ?? null, patterns, ref: { text, file: file(f), line: Number(line) } };
  });
  const formRows = splitRows(data.forms);
  const forms = new LazyTable<VerbForm>(formRows, (row) => {
    const [phrase = '', head = '0', block = '0', code = '', reverse = '', f = '0', line = '0', text = ''] = row.split(TAB);
    return { words: phrase.split(' '), head: Number(head), block: Number(block), code: decodeCode(code), reverse: decodeCode(reverse), ref: { text, file: file(f), line: Number(line) } };
  });
  const lemmaIndex: PhraseIndex = new Map();
  for (const row of splitRows(data.lemmas)) {
    const [base = '', ids = ''] = row.split(TAB);
    lemmaIndex.set(base, ids.split(' ').map(Number));
  }
  return { mode: data.mode, blocks, forms, formIndex: indexRows(formRows, true), lemmaIndex, transformations: data.transformations };
}

/** Interns file names: the index to put in a row. */
export class FileTable {
  readonly files: string[] = [];
  private readonly ids = new Map<string, number>();
  id(file: string): number {
    let i = this.ids.get(file);
    if (i === undefined) {
      i = this.files.length;
      this.files.push(file);
      this.ids.set(file, i);
    }
    return i;
  }
}

export interface DiscardSpec {
  readonly words: readonly string[];
  readonly story: boolean;
  readonly file: string;
  readonly line: number;
}

/** A dictionary set from verbs alone (and discards): actors then come from the mentions the actor stage resolved. */
export function verbOnlyDictionaries(verbs: VerbData, issues: readonly Issue[] = [], discardSpecs: readonly DiscardSpec[] = []): CompiledDictionaries {
  return openDictionaries(verbOnlyData(verbs, issues, discardSpecs));
}

/** The data of verbOnlyDictionaries, as the cache keeps it. */
export function verbOnlyData(verbs: VerbData, issues: readonly Issue[] = [], discardSpecs: readonly DiscardSpec[] = []): DictionaryData {
  const files = new FileTable();
  const discards = sortRows(discardSpecs.map((d) => `${d.words.join(' ')}\t${d.story ? 1 : 0}\t${files.id(d.file)}\t${d.line}`)).join('\n');
  return { files: files.files, actors: '', actorBlocks: '', agents: '', discards, verbs, issues };
}
