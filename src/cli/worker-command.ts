// `dyad worker --queue nats://... --store ...`: codes documents from the queue into the store until
// SIGTERM or Ctrl-C, then finishes the documents in hand (or hands them back) and exits 0. Health and
// rate go to standard error every few seconds.
import type { PipelineOptions } from '../pipeline.js';
import { runWorker } from '../queue/worker.js';
import { openStore, storeLocation } from '../store/open.js';
import type { Io } from './io.js';

export interface WorkerCommandOptions {
  readonly queue: string;
  readonly store?: string;
  readonly stream?: string;
  readonly threads: number;
  /** The knowledge it codes with (--kb, --dictionaries): every worker of a stream should give the same. */
  readonly pipeline: PipelineOptions;
  readonly maxDeliveries: number;
  readonly ackWait: number;
  readonly grace?: number;
  readonly healthEvery?: number;
  /** Documents written in one transaction at most. */
  readonly batch?: number;
}

export async function runWorkerCommand(options: WorkerCommandOptions, io: Io): Promise<number> {
  const location = storeLocation(options.store);
  const store = await openStore(location, 'write');
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    io.stderr.write('dyad worker: stopping: finishing the documents in hand, handing back the rest\n');
    controller.abort();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  io.stderr.write(`dyad worker: taking documents from ${options.queue} (stream ${options.stream ?? 'DYAD'}) into ${store.location} with ${options.threads} thread(s)\n`);
  try {
    await runWorker({
      queue: options.queue,
      ...(options.stream ? { stream: options.stream } : {}),
      store,
      threads: options.threads,
      pipeline: options.pipeline,
      settings: { maxDeliveries: options.maxDeliveries, ackWaitMs: options.ackWait * 1000 },
      ...(options.grace !== undefined ? { graceMs: options.grace * 1000 } : {}),
      ...(options.healthEvery ? { healthEveryMs: options.healthEvery * 1000 } : {}),
      ...(options.batch ? { batchSize: options.batch } : {}),
      signal: controller.signal,
      log: (line) => io.stderr.write(`${line}\n`),
    });
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await store.close();
  }
  return 0;
}
