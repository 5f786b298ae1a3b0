// A set of PETRARCH dictionary files (actors, agents, verbs, discards) compiled into one model.
import type { Issue } from '../../types.js';
import { type ActorEntry, type AgentEntry, type CompiledDictionaries, type DiscardEntry, emptyVerbIndex, indexPhrases } from '../model.js';
import { readActors } from './actors.js';
import { readAgents } from './agents.js';
import { readDiscards } from './discards.js';
import { compilePetrarchVerbs, readVerbFile, type RawVerbFile } from './verbs.js';

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards';

export interface DictionaryFile {
  readonly file: string;
  readonly kind: DictionaryKind;
  readonly content: string;
}

/** What a file holds, from its name as PETRARCH names them (`*.actors.txt`, `CAMEO.*.txt` ...). */
const KIND_BY_NAME: readonly [RegExp, DictionaryKind][] = [
  [/agent/i, 'agents'],
  [/discard/i, 'discards'],
  [/actor/i, 'actors'],
  [/verb|cameo/i, 'verbs'],
];

export function kindOfFile(name: string): DictionaryKind | null {
  for (const [re, kind] of KIND_BY_NAME) if (re.test(name)) return kind;
  return null;
}

export function compilePetrarchFiles(files: readonly DictionaryFile[]): CompiledDictionaries {
  const issues: Issue[] = [];
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const discards: DiscardEntry[] = [];
  const verbFiles: RawVerbFile[] = [];
  for (const f of files) {
    if (f.kind === 'verbs') {
      verbFiles.push(readVerbFile(f.content, f.file, issues));
      continue;
    }
    const read = f.kind === 'actors' ? readActors : f.kind === 'agents' ? readAgents : readDiscards;
    const result = read(f.content, f.file);
    issues.push(...result.issues);
    if (f.kind === 'actors') actors.push(...(result.entries as ActorEntry[]));
    else if (f.kind === 'agents') agents.push(...(result.entries as AgentEntry[]));
    else discards.push(...(result.entries as DiscardEntry[]));
  }
  const verbs = verbFiles.length > 0 ? compilePetrarchVerbs(verbFiles, issues) : emptyVerbIndex('surface');
  return {
    actors,
    actorIndex: indexPhrases(actors),
    agents,
    agentIndex: indexPhrases(agents),
    verbs,
    discards,
    discardIndex: indexPhrases(discards),
    issues,
  };
}
