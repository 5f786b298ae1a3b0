// `dyad ingest`: code inputs into the store. Ctrl-C stops reading, stores what is being coded, and
// ends with status 130; a second Ctrl-C ends at once (the store keeps every committed batch either way).
import { cycleLine, follow } from '../corpus/follow.js';
import { ingest, type IngestOptions, type IngestSummary } from '../corpus/ingest.js';
import type { SourceSummary } from '../corpus/web-memory.js';
import type { CorpusOptions } from '../sources/index.js';
import { readSourceList } from '../sources/url-list.js';
import { countDocuments, describe, progressPrinter, type ProgressOutput } from '../corpus/progress.js';
import { openStore, storeLocation } from '../store/open.js';
import type { PipelineOptions } from '../pipeline.js';
import type { Io } from './io.js';
import { foreignLine, undatedLine } from './summary.js';

export interface IngestCommandOptions {
  readonly inputs: readonly string[];
  readonly store?: string;
  readonly date?: string;
  readonly dateFromFilename?: boolean;
  readonly pipeline: PipelineOptions;
  readonly threads: number;
  readonly json: boolean;
  /** A file listing more sources, one a line. */
  readonly urls?: string;
  /** A file listing the sources to poll every `every` minutes until SIGTERM. */
  readonly follow?: string;
  readonly every?: number;
  readonly contact?: string;
  readonly limit?: number;
  readonly sample?: number;
  readonly hostDelay?: number;
  /** nats://host:port: publish to the queue for `dyad worker`s instead of coding here. */
  readonly queue?: string;
  readonly stream?: string;
  /** No progress and no summary on standard error (interruptions are still said). */
  readonly quiet?: boolean;
}

export async function runIngest(options: IngestCommandOptions, io: Io): Promise<number> {
  const location = storeLocation(options.store);
  const store = await openStore(location, 'write');
  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    io.stderr.write('\ndyad: stopping once the documents being coded are stored (Ctrl-C again to stop now)\n');
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  let summary: IngestSummary;
  const started = Date.now();
  const inputs = [...options.inputs, ...(options.urls ? readSourceList(options.urls) : [])];
  const notes: ProgressOutput = options.quiet ? { write: () => true } : io.stderr;
  const printer = progressPrinter(notes, options.follow ? null : await countDocuments(inputs));
  const sources: Omit<CorpusOptions, 'web' | 'date' | 'onSkip'> = {
    ...(options.contact ? { contact: options.contact } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.sample !== undefined ? { sample: options.sample } : {}),
    ...(options.hostDelay !== undefined ? { hostDelayMs: options.hostDelay } : {}),
    dateFromFilename: options.dateFromFilename === true,
  };
  const run: Omit<IngestOptions, 'inputs'> = {
    store,
    threads: options.threads,
    ...(options.date ? { date: options.date } : {}),
    pipeline: options.pipeline,
    sources,
    signal: controller.signal,
    onProgress: printer.update,
  };
  try {
    if (options.follow) {
      let last: IngestSummary | null = null;
      await follow({
        ...run,
        list: options.follow,
        everyMs: (options.every ?? 15) * 60_000,
        onCycle: (cycle, s, nextAt) => {
          last = s;
          printer.finish();
          notes.write(`${cycleLine(cycle, s, nextAt)}\n`);
          for (const line of sourceLines(s.sources)) notes.write(`${line}\n`);
        },
      });
      summary = last!;
    } else if (options.queue) {
      // the queue's client is loaded only when a run goes through the queue
      const { queueIngest } = await import('../queue/publish.js');
      summary = await queueIngest({ ...run, inputs, queue: options.queue, ...(options.stream ? { stream: options.stream } : {}) });
    } else {
      summary = await ingest({ ...run, inputs });
    }
  } finally {
    printer.finish();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await store.close();
  }
  const { documents, new: added, duplicates, errors, events, mentions } = summary;
  notes.write(`${describe({ ...summary, elapsedMs: Date.now() - started }, null)}; store ${location}\n`);
  if (!options.follow) for (const line of sourceLines(summary.sources)) notes.write(`${line}\n`);
  // through the queue the workers code: only they see which documents had no date or no English
  const counted = summary.undated === null || summary.foreign === null ? [] : [undatedLine(summary.undated, summary.documents), foreignLine(summary.foreign, summary.documents)];
  for (const line of counted) if (line) notes.write(`${line}\n`);
  if (options.json) io.stdout.write(`${JSON.stringify({ documents, new: added, duplicates, errors, events, mentions })}\n`);
  // follow mode runs until it is stopped: a stop is its normal end, not a failure
  if (options.follow && controller.signal.aborted) {
    io.stderr.write('dyad: stopped; the same command goes on where it left off\n');
    return 0;
  }
  if (summary.interrupted) io.stderr.write('dyad: interrupted; run the same command again to go on\n');
  return summary.interrupted ? 130 : 0;
}

/** A line per web source: what was fetched, new, unchanged, already held, and what failed and why. */
function sourceLines(summaries: readonly SourceSummary[]): string[] {
  return summaries.map((s) => {
    const why = s.reasons.length ? ` (${s.reasons.slice(0, 3).join('; ')}${s.reasons.length > 3 ? `; and ${s.reasons.length - 3} more in the store` : ''})` : '';
    return `  ${s.source}: ${s.fetched} fetched, ${s.new} new, ${s.unchanged} unchanged, ${s.known} already held, ${s.failed} failed${why}`;
  });
}
