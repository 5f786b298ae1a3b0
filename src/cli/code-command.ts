// `dyad code`: read inputs, run the pipeline on each document (in --threads worker threads), write one
// record per document in input order. A bad document is an error record and the run goes on.
import { readSources } from '../input/sources.js';
import { createCoders } from '../pool/pool.js';
import { writeLine } from '../output/write-line.js';
import type { Io } from './io.js';

export type OutputFormat = 'jsonl' | 'json' | 'text';

export interface CodeOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly date?: string;
  readonly dictionaries?: string;
  readonly threads: number;
  /** Leave out events below this confidence (0..1). */
  readonly minConfidence?: number;
}

export async function runCode(options: CodeOptions, io: Io): Promise<{ documents: number; failed: number }> {
  const write = (chunk: string) => writeLine(io.stdout, chunk);
  const coders = createCoders({ threads: options.threads, shape: options.format, pipeline: { ...(options.dictionaries ? { dictionaries: options.dictionaries } : {}), ...(options.minConfidence ? { minConfidence: options.minConfidence } : {}) } });
  const issues = await coders.issues();
  if (issues.length) {
    io.stderr.write(`dyad: ${issues.length} problems in the knowledge base or dictionaries (first: ${issues[0]!.message})\n`);
  }
  let documents = 0;
  let failed = 0;
  if (options.format === 'json') await write('[');
  const sources = readSources(options.inputs, {
    ...(options.date ? { date: options.date } : {}),
    onSkip: (path, reason) => io.stderr.write(`dyad: skipped ${path}: ${reason}\n`),
  });
  try {
    for await (const coded of coders.code(sources)) {
      if (coded.failed) failed += 1;
      if (options.format === 'jsonl') await write(`${coded.output}\n`);
      else if (options.format === 'json') await write(`${documents ? ',' : ''}\n${coded.output}`);
      else await write(`${coded.output}\n\n`);
      documents += 1;
    }
  } finally {
    await coders.close();
  }
  if (options.format === 'json') await write('\n]\n');
  return { documents, failed };
}
