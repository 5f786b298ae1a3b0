// A set of PETRARCH dictionary files (actors, agents, verbs, discards) compiled into rows.
import type { Issue } from '../../types.js';
import type { CompiledDictionaries, DictionaryData } from '../model.js';
import { encodeCodes, FileTable, openDictionaries, sortRows } from '../rows.js';
import { readActors } from './actors.js';
import { readAgents } from './agents.js';
import { readDiscards } from './discards.js';
import { compilePetrarchVerbs, readVerbFile, type RawVerbFile } from './verbs.js';
import type { DictionaryKind } from './files.js';
export { kindOfFile, type DictionaryKind } from './files.js';

export interface DictionaryFile {
  readonly file: string;
  readonly kind: DictionaryKind;
  readonly content: string;
}

export function compilePetrarchData(files: readonly DictionaryFile[]): DictionaryData {
  const issues: Issue[] = [];
  const fileTable = new FileTable();
  const actors: string[] = [];
  const actorBlocks: string[] = [];
  const agents: string[] = [];
  const discards: string[] = [];
  const verbFiles: RawVerbFile[] = [];
  for (const f of files) {
    const fid = fileTable.id(f.file);
    if (f.kind === 'verbs') verbFiles.push(readVerbFile(f.content, f.file, issues));
    else if (f.kind === 'actors') {
      const r = readActors(f.content, f.file);
      issues.push(...r.issues);
      const offset = actorBlocks.length;
      for (const b of r.blocks) actorBlocks.push(`${b.name}\t${encodeCodes(b.codes)}`);
      for (const p of r.phrases) actors.push(`${p.phrase}\t${offset + p.block}\t${fid}\t${p.line}`);
    } else if (f.kind === 'agents') {
      const r = readAgents(f.content, f.file);
      issues.push(...r.issues);
      for (const a of r.entries) agents.push(`${a.words.join(' ')}\t${a.code}\t${a.position === 'prefix' ? 'p' : 's'}\t${fid}\t${a.line}`);
    } else {
      const r = readDiscards(f.content, f.file);
      issues.push(...r.issues);
      for (const d of r.entries) discards.push(`${d.words.join(' ')}\t${d.story ? 1 : 0}\t${fid}\t${d.line}`);
    }
  }
  const verbs = compilePetrarchVerbs(verbFiles, issues);
  return {
    files: fileTable.files,
    actors: sortRows(actors).join('\n'),
    actorBlocks: actorBlocks.join('\n'),
    agents: sortRows(agents).join('\n'),
    discards: sortRows(discards).join('\n'),
    verbs,
    issues,
  };
}

export function compilePetrarchFiles(files: readonly DictionaryFile[]): CompiledDictionaries {
  return openDictionaries(compilePetrarchData(files));
}
