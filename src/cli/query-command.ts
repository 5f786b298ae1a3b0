// `dyad query "SQL"`, and the canned questions users ask most: a dyad's timeline per month and an
// actor's top partners. The store is opened read-only; see docs/corpus.md for its tables and views.
import { openStore, storeLocation } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { Io } from './io.js';
import { recordRows, writeTable, type TableFormat } from './table-output.js';

export interface ReadOptions {
  readonly store?: string;
  readonly format: TableFormat;
}

async function withReadStore<T>(options: ReadOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(options.store), 'read');
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function runQuery(sql: string, options: ReadOptions, io: Io): Promise<number> {
  return withReadStore(options, async (store) => {
    const { columns, rows } = await store.query(sql);
    return writeTable(io.stdout, columns, rows, options.format);
  });
}

const TIMELINE_COLUMNS = ['month', 'events', 'goldstein', 'quad1', 'quad2', 'quad3', 'quad4'] as const;
const PARTNER_COLUMNS = ['actor', 'events', 'asSource', 'asTarget'] as const;

export function runTimeline(source: string, target: string, options: ReadOptions, io: Io): Promise<number> {
  return withReadStore(options, async (store) => {
    const months = (await store.timeline(source, target)).map((m) => {
      const [q1, q2, q3, q4] = m.quadShares;
      return { month: m.month, events: m.events, goldstein: m.goldstein, quad1: q1, quad2: q2, quad3: q3, quad4: q4 };
    });
    return writeTable(io.stdout, TIMELINE_COLUMNS, recordRows(months, TIMELINE_COLUMNS), options.format);
  });
}

export function runPartners(actor: string, limit: number, options: ReadOptions, io: Io): Promise<number> {
  return withReadStore(options, async (store) => {
    const partners = await store.partners(actor, limit);
    return writeTable(io.stdout, PARTNER_COLUMNS, recordRows(partners, PARTNER_COLUMNS), options.format);
  });
}
