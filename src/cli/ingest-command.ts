// `dyad ingest`: code inputs into the store. Ctrl-C stops reading, stores what is being coded, and
// ends with status 130; a second Ctrl-C ends at once (the store keeps every committed batch either way).
import { ingest, type IngestSummary } from '../corpus/ingest.js';
import { countDocuments, describe, progressPrinter } from '../corpus/progress.js';
import { openStore, storeLocation } from '../store/open.js';
import type { Io } from './io.js';

export interface IngestCommandOptions {
  readonly inputs: readonly string[];
  readonly store?: string;
  readonly date?: string;
  readonly dictionaries?: string;
  readonly threads: number;
  readonly json: boolean;
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
  const printer = progressPrinter(io.stderr, await countDocuments(options.inputs));
  try {
    summary = await ingest({
      inputs: options.inputs,
      store,
      threads: options.threads,
      ...(options.date ? { date: options.date } : {}),
      pipeline: options.dictionaries ? { dictionaries: options.dictionaries } : {},
      signal: controller.signal,
      onProgress: printer.update,
    });
  } finally {
    printer.finish();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    await store.close();
  }
  const { documents, new: added, duplicates, errors, events, mentions } = summary;
  io.stderr.write(`${describe({ ...summary, elapsedMs: Date.now() - started }, null)}; store ${location}\n`);
  if (summary.interrupted) io.stderr.write('dyad: interrupted; run the same command again to go on\n');
  if (options.json) io.stdout.write(`${JSON.stringify({ documents, new: added, duplicates, errors, events, mentions })}\n`);
  return summary.interrupted ? 130 : 0;
}
