// `dyad code`: read inputs, run the pipeline on each document (in --threads worker threads), write one
// record per document in input order. A bad document is an error record and the run goes on.
import { readSources } from '../input/sources.js';
import { createCoders } from '../pool/pool.js';
import { forTerminal } from '../output/readable.js';
import { writeLine } from '../output/write-line.js';
import { processIo, stdoutWasClosed, type Io } from './io.js';

export type OutputFormat = 'jsonl' | 'json' | 'text';

export interface CodeOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly date?: string;
  readonly dictionaries?: string;
  readonly threads: number;
  /** Milliseconds one document may take (0: no limit); the pool's default when absent. */
  readonly docTimeoutMs?: number;
}

export interface CodeResult {
  readonly documents: number;
  readonly failed: number;
  /** Standard output was closed or failed: records were lost and the run must not look successful. */
  readonly outputLost: boolean;
}

export async function runCode(options: CodeOptions, io: Io): Promise<CodeResult> {
  if (io.stdout === processIo.stdout && stdoutWasClosed()) {
    io.stderr.write('dyad: standard output is closed; nothing was coded\n');
    return { documents: 0, failed: 0, outputLost: true };
  }
  // a failing output (a closed pipe, a full disk) is told once, here; the loop stops at the next record
  let lost: Error | null = null;
  const onError = (err: Error) => {
    lost ??= err;
  };
  io.stdout.on('error', onError);
  const write = async (chunk: string) => {
    if (lost) throw lost;
    await writeLine(io.stdout, chunk);
  };
  const coders = createCoders({
    threads: options.threads,
    shape: options.format,
    pipeline: options.dictionaries ? { dictionaries: options.dictionaries } : {},
    ...(options.docTimeoutMs !== undefined ? { docTimeoutMs: options.docTimeoutMs } : {}),
  });
  const issues = await coders.issues();
  if (issues.length) {
    const first = issues[0]!;
    const where = first.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
    io.stderr.write(forTerminal(`dyad: ${issues.length} problems in the knowledge base or dictionaries (first: ${where}${first.message})\n`));
  }
  let documents = 0;
  let failed = 0;
  if (options.format === 'json') await write('[');
  const sources = readSources(options.inputs, {
    ...(options.date ? { date: options.date } : {}),
    onSkip: (path, reason) => io.stderr.write(forTerminal(`dyad: skipped ${path}: ${reason}\n`)),
  });
  try {
    // each record goes out in one write, so a run killed mid-way leaves whole records behind it
    for await (const coded of coders.code(sources)) {
      if (coded.failed) failed += 1;
      if (options.format === 'jsonl') await write(`${coded.output}\n`);
      else if (options.format === 'json') await write(`${documents ? ',' : ''}\n${coded.output}`);
      else await write(`${coded.output}\n\n`);
      documents += 1;
    }
    if (options.format === 'json') await write('\n]\n');
  } catch (err) {
    if (!lost && !io.stdout.destroyed) throw err;
    lost ??= err as Error;
  } finally {
    await coders.close();
    io.stdout.off('error', onError);
  }
  if (lost) io.stderr.write(`dyad: standard output failed after ${documents} records (${(lost as Error).message}); the rest is lost\n`);
  return { documents, failed, outputLost: lost !== null };
}
