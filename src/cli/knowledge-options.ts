// The options that say what knowledge codes the news, shared by `code` and `ingest`: the user's
// knowledge-base folders on top of the built-in one, PETRARCH dictionaries instead of it or beside it.
import { type Command, Option } from 'commander';
import { checkKnowledgeFolders } from '../knowledge-folders.js';
import type { PipelineOptions } from '../pipeline.js';

export interface KnowledgeFlags {
  readonly kb: string[];
  readonly dictionaries?: string;
  readonly dictionariesMode: 'add' | 'replace';
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function addKnowledgeOptions(command: Command): Command {
  return command
    .option('--kb <dir>', 'your own knowledge-base folder (kb/ layout: people, verb patterns, actors), read on top of the built-in one; repeatable', collect, [])
    .option('--dictionaries <dir>', 'PETRARCH dictionaries (replacing the built-in knowledge base unless --dictionaries-mode add)')
    .addOption(new Option('--dictionaries-mode <mode>', 'replace the built-in knowledge base with the dictionaries, or add them to it').choices(['replace', 'add']).default('replace'));
}

/** The pipeline options for the flags, or the problem with the folders they name. */
export function knowledgePipeline(flags: KnowledgeFlags): PipelineOptions | { problem: string } {
  const options: PipelineOptions = {
    ...(flags.kb.length ? { kb: flags.kb } : {}),
    ...(flags.dictionaries ? { dictionaries: flags.dictionaries, dictionariesMode: flags.dictionariesMode } : {}),
  };
  const problem = checkKnowledgeFolders(options);
  return problem ? { problem } : options;
}
