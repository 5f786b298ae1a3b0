// What the store remembers for web sources, handed to them as WebOptions: pages it holds are not
// fetched again, each source is asked "has it changed?" with its validators from the last run, and
// every outcome is tallied per source for the run's summary.
import type { Validators } from '../sources/fetch/fetcher.js';
import type { Outcome, WebOptions } from '../sources/web.js';
import type { Store } from '../store/store.js';

export interface SourceSummary {
  readonly source: string;
  fetched: number;
  /** Fetched pages the store took as new documents. */
  new: number;
  unchanged: number;
  /** Pages the store already held, not fetched again. */
  known: number;
  failed: number;
  /** The reasons of the failures, one line each. */
  readonly reasons: string[];
}

export interface WebMemory {
  readonly options: Omit<WebOptions, 'fetcher'>;
  /** The source a fetched page came from, to count it as new when the store takes it. */
  sourceOf(url: string): string | undefined;
  readonly summaries: Map<string, SourceSummary>;
  /** Validators learnt during the run, written to the store by the writer. */
  flush(): Promise<void>;
}

export function webMemory(store: Store): WebMemory {
  const summaries = new Map<string, SourceSummary>();
  const pages = new Map<string, string>();
  const learnt = new Map<string, Validators>();
  const summary = (source: string): SourceSummary => {
    let s = summaries.get(source);
    if (!s) summaries.set(source, (s = { source, fetched: 0, new: 0, unchanged: 0, known: 0, failed: 0, reasons: [] }));
    return s;
  };
  const onOutcome = (o: Outcome): void => {
    const s = summary(o.source);
    s[o.result] += 1;
    if (o.result === 'failed' && o.reason) s.reasons.push(o.reason);
    if (o.result === 'fetched') pages.set(o.finalUrl ?? o.url, o.source);
    if (o.validators && (o.validators.etag || o.validators.lastModified)) learnt.set(o.url, o.validators);
  };
  return {
    options: {
      known: (url) => store.holdsUrl(url),
      validators: async (url) => {
        const state = await store.sourceState(url);
        if (!state) return undefined;
        return { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) };
      },
      onOutcome,
    },
    sourceOf: (url) => pages.get(url),
    summaries,
    flush: async () => {
      const checkedAt = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
      for (const [url, v] of learnt) await store.saveSourceState({ url, etag: v.etag ?? null, lastModified: v.lastModified ?? null, checkedAt });
      learnt.clear();
    },
  };
}
