// `dyad code`: read inputs, run the pipeline on each document (in --threads worker threads), write one
// record per document in input order. A bad document is an error record and the run goes on. On a
// terminal a progress line runs on standard error; the run ends with a summary there.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { NO_DATE } from '../article/no-date.js';
import { readSources } from '../input/sources.js';
import type { StdinFormat } from '../input/stdin.js';
import { NOT_ENGLISH } from '../language/not-english.js';
import type { PipelineOptions } from '../pipeline.js';
import { createCoders } from '../pool/pool.js';
import type { Printed } from '../pool/shapes.js';
import { forTerminal } from '../output/readable.js';
import { writeLine } from '../output/write-line.js';
import { processIo, stdoutWasClosed, type Io } from './io.js';
import { styleFor } from './style.js';
import { undatedLine } from './summary.js';

export type OutputFormat = 'jsonl' | 'json' | 'text';

export interface CodeOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly date?: string;
  readonly dateFromFilename?: boolean;
  readonly pipeline: PipelineOptions;
  readonly threads: number;
  /** Milliseconds one document may take (0: no limit); the pool's default when absent. */
  readonly docTimeoutMs?: number;
  /** Write the records to this file instead of standard output. */
  readonly out?: string;
  readonly stdinFormat?: StdinFormat;
  /** Nothing on standard error but what changes the exit status. */
  readonly quiet?: boolean;
}

export interface CodeSummary {
  documents: number;
  failed: number;
  /** Documents coded with no date known. */
  undated: number;
  /** Documents not coded because they are not in English. */
  foreign: number;
  events: number;
  /** Inputs named on the command line that do not exist. */
  missing: string[];
}

/**
 * Runs `dyad code` and returns its exit status: 1 when an input named does not exist or the output
 * failed (records were lost), else 0.
 */
export async function runCode(options: CodeOptions, io: Io): Promise<number> {
  const style = styleFor(io.stderr);
  const note = (line: string) => {
    if (!options.quiet) io.stderr.write(`${line}\n`);
  };
  if (!options.out && io.stdout === processIo.stdout && stdoutWasClosed()) {
    io.stderr.write('dyad: standard output is closed; nothing was coded\n');
    return 1;
  }
  const coders = createCoders({
    threads: options.threads,
    shape: options.format,
    pipeline: options.pipeline,
    ...(options.docTimeoutMs !== undefined ? { docTimeoutMs: options.docTimeoutMs } : {}),
  });
  const issues = await coders.issues();
  if (issues.length) {
    const first = issues[0]!;
    const where = first.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
    note(style.warn(forTerminal(`dyad: ${issues.length} problems in the knowledge base or dictionaries (first: ${where}${first.message}; dyad kb check lists them all)`)));
  }
  const out: Writable = options.out ? createWriteStream(options.out) : io.stdout;
  if (options.out) await Promise.race([once(out, 'open'), once(out, 'error').then(([err]) => Promise.reject(err as Error))]);
  // a failing output (a closed pipe, a full disk) is told once, here; the loop stops at the next record
  let lost: Error | null = null;
  const onError = (err: Error) => {
    lost ??= err;
  };
  out.on('error', onError);
  const write = async (chunk: string) => {
    if (lost) throw lost;
    await writeLine(out, chunk);
  };
  const summary: CodeSummary = { documents: 0, failed: 0, undated: 0, foreign: 0, events: 0, missing: [] };
  const progress = progressLine(io, options.quiet === true);
  const started = Date.now();
  if (options.format === 'json') await write('[');
  const sources = readSources(options.inputs, {
    ...(options.date ? { date: options.date } : {}),
    ...(options.stdinFormat ? { stdinFormat: options.stdinFormat } : {}),
    dateFromFilename: options.dateFromFilename === true,
    onSkip: (path, reason) => note(forTerminal(`dyad: skipped ${path}: ${reason}`)),
  });
  try {
    // each record goes out in one write, so a run killed mid-way leaves whole records behind it
    for await (const coded of coders.code(sources)) {
      if (options.format === 'jsonl') await write(`${coded.output}\n`);
      else if (options.format === 'json') await write(`${summary.documents ? ',' : ''}\n${coded.output}`);
      else await write(`${coded.output}\n\n`);
      tally(summary, coded);
      progress.update(summary, Date.now() - started);
    }
    if (options.format === 'json') await write('\n]\n');
    if (options.out) {
      out.end();
      await once(out, 'finish');
    }
  } catch (err) {
    // a write may fail before the stream's error event has told `lost` (a pipe closed mid-write)
    if (!lost && !out.destroyed && (err as NodeJS.ErrnoException).code !== 'EPIPE') throw err;
    lost ??= err as Error;
  } finally {
    progress.finish();
    await coders.close();
    out.off('error', onError);
  }
  // the reader went away (`| head -1`): it has what it wanted, which is no failure
  if (lost && (lost as NodeJS.ErrnoException).code === 'EPIPE') return 0;
  if (lost) {
    io.stderr.write(`dyad: ${options.out ?? 'standard output'} failed after ${summary.documents} records (${(lost as Error).message}); the rest is lost\n`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  note(`dyad: ${summary.documents} documents coded in ${seconds} s: ${summary.events} events, ${summary.failed} failed, ${summary.undated} undated, ${summary.foreign} not in English${options.out ? `; records in ${options.out}` : ''}`);
  if (summary.failed) note(style.warn(`dyad: ${summary.failed} of ${summary.documents} documents failed (see their "error")`));
  const undated = undatedLine(summary.undated, summary.documents);
  if (undated) note(style.warn(undated));
  // a missing input is a mistake in the command, not in the news: said even when --quiet, and the status says it
  for (const path of summary.missing) io.stderr.write(`${style.bad(forTerminal(`dyad: ${path}: no such file or directory`))}\n`);
  return summary.missing.length ? 1 : 0;
}

function tally(summary: CodeSummary, coded: Printed): void {
  summary.documents += 1;
  summary.events += coded.events;
  if (coded.failed) summary.failed += 1;
  if (coded.issues.includes(NO_DATE)) summary.undated += 1;
  if (coded.issues.includes(NOT_ENGLISH)) summary.foreign += 1;
  if (coded.error === 'not-found') summary.missing.push(coded.id);
}

/** A live line on a terminal (standard error), redrawn at most five times a second; nothing otherwise. */
function progressLine(io: Io, quiet: boolean): { update(s: CodeSummary, ms: number): void; finish(): void } {
  const live = io.stderr.isTTY === true && !quiet;
  let last = 0;
  let drawn = false;
  return {
    update(s, ms) {
      if (!live || (drawn && ms - last < 200)) return;
      last = ms;
      drawn = true;
      io.stderr.write(`\r\x1b[2Kdyad code: ${s.documents} documents, ${(s.documents / (ms / 1000)).toFixed(1)} docs/s, ${s.events} events, ${s.failed} failed`);
    },
    finish() {
      if (drawn) io.stderr.write('\r\x1b[2K');
    },
  };
}
