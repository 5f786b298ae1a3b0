// `dyad code`: read inputs, run the pipeline on each document, write one record per document in
// input order. A bad document is an error record and the run goes on.
import { once } from 'node:events';
import { readSources } from '../input/sources.js';
import { toReadable } from '../output/readable.js';
import { toRecord } from '../output/record.js';
import { createPipeline } from '../pipeline.js';

export type OutputFormat = 'jsonl' | 'json' | 'text';

export interface CodeOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly date?: string;
  readonly dictionaries?: string;
}

export async function runCode(options: CodeOptions): Promise<{ documents: number; failed: number }> {
  const out = process.stdout;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const pipeline = createPipeline(options.dictionaries ? { dictionaries: options.dictionaries } : {});
  if (pipeline.issues.length) {
    process.stderr.write(`dyad: ${pipeline.issues.length} problems in the knowledge base or dictionaries (first: ${pipeline.issues[0]!.message})\n`);
  }
  let documents = 0;
  let failed = 0;
  if (options.format === 'json') await write('[');
  const sources = readSources(options.inputs, {
    ...(options.date ? { date: options.date } : {}),
    onSkip: (path, reason) => process.stderr.write(`dyad: skipped ${path}: ${reason}\n`),
  });
  for await (const raw of sources) {
    const doc = await pipeline.process(raw);
    if (doc.error) failed += 1;
    if (options.format === 'jsonl') await write(`${JSON.stringify(toRecord(doc))}\n`);
    else if (options.format === 'json') await write(`${documents ? ',' : ''}\n${JSON.stringify(toRecord(doc), null, 2)}`);
    else await write(`${toReadable(doc)}\n\n`);
    documents += 1;
  }
  if (options.format === 'json') await write('\n]\n');
  return { documents, failed };
}
