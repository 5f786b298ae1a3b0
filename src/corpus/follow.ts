// Follow mode: read the sources of a list every N minutes (GDELT's cadence is 15) and ingest what is
// new. The store remembers what it holds and each source's validators, so a restart goes on where the
// last cycle ended; a cycle re-reads the list, so sources can be added while it runs.
import { readSourceList } from '../sources/url-list.js';
import { ingest, type IngestOptions, type IngestSummary } from './ingest.js';

export interface FollowOptions extends Omit<IngestOptions, 'inputs'> {
  /** The file that lists the sources. */
  readonly list: string;
  readonly everyMs: number;
  /** Stop after this many cycles (tests, one-off catch-ups); otherwise until the signal aborts. */
  readonly cycles?: number;
  readonly onCycle?: (cycle: number, summary: IngestSummary, nextAt: Date | null) => void;
}

export async function follow(options: FollowOptions): Promise<number> {
  for (let cycle = 1; ; cycle++) {
    const started = Date.now();
    const summary = await ingest({ ...options, inputs: readSourceList(options.list) });
    const last = options.signal?.aborted || (options.cycles !== undefined && cycle >= options.cycles);
    const nextAt = last ? null : new Date(started + options.everyMs);
    options.onCycle?.(cycle, summary, nextAt);
    if (!nextAt) return cycle;
    await sleep(nextAt.getTime() - Date.now(), options.signal);
    if (options.signal?.aborted) return cycle;
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** One line per cycle for the log: what came in, what failed, when the next cycle runs. */
export function cycleLine(cycle: number, summary: IngestSummary, nextAt: Date | null): string {
  const web = summary.sources.reduce((t, s) => ({ fetched: t.fetched + s.fetched, unchanged: t.unchanged + s.unchanged, failed: t.failed + s.failed }), { fetched: 0, unchanged: 0, failed: 0 });
  const next = nextAt ? `; next cycle at ${nextAt.toISOString().slice(11, 16)} UTC` : '';
  return `dyad: cycle ${cycle} at ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${summary.new} new documents, ${web.fetched} fetched, ${web.unchanged} unchanged, ${web.failed} failed; store holds ${summary.events} events${next}`;
}
