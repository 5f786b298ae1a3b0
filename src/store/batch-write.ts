// The steps of writing a batch, in the one order every backend follows inside its transaction: read
// what is held of the batch's URLs, plan (batch-plan.ts), drop the rows of replaced versions, insert
// the new rows, and recompute every event whose mentions came or went. A backend supplies the
// statements; where it lets several writers in (PostgreSQL), it also locks the URLs before reading
// them and the events before changing them, URLs first and each in a fixed order, so that no two
// transactions wait on each other in a cycle.
import { planBatch, urlsOf, type HeldVersion } from './batch-plan.js';
import { documentColumns, entityColumns, errorColumns, mentionColumns, quoteColumns, supersededColumns, type Columns } from './rows.js';
import type { StoreEntry, WriteOutcome } from './store.js';

export type RowTable = 'documents' | 'entities' | 'quotes' | 'mentions' | 'errors' | 'superseded';

/** The statements of one backend, run inside the transaction the backend opened. */
export interface BatchStatements {
  /** The versions held of these URLs, read once no other writer can change them. */
  heldVersions(urls: readonly string[]): Promise<HeldVersion[]>;
  /** The event ids the stored mentions of these URLs carry. */
  eventIdsOf(urls: readonly string[]): Promise<number[]>;
  /** Called with every event id the batch touches, in id order, before any row changes. */
  lockEvents(ids: readonly number[]): Promise<void>;
  deleteByUrl(table: RowTable, urls: readonly string[]): Promise<void>;
  /** Inserts rows; with `keepExisting`, a row whose key is there already is left as it is instead of failing. */
  insert<T>(table: RowTable, columns: Columns<T>, items: readonly T[], keepExisting: boolean): Promise<void>;
  /**
   * Brings these events up to date with the batch's rows: `lost` are those that lost mentions (a
   * replaced version's), which only all their mentions can give again; the others only gained some,
   * the mentions of the documents at `urls` (the batch's, just inserted).
   */
  recompute(ids: readonly number[], lost: readonly number[], urls: readonly string[]): Promise<void>;
}

/** Writes the batch through `s`; an entry whose version the store holds is a no-op. */
export async function writeBatch(s: BatchStatements, entries: readonly StoreEntry[], stamp: string): Promise<WriteOutcome[]> {
  if (!entries.length) return [];
  const plan = planBatch(entries, await s.heldVersions(urlsOf(entries)));
  const lost = plan.replaced.length ? await s.eventIdsOf(plan.replaced) : [];
  const touched = new Set<number>(lost);
  for (const d of plan.documents) for (const m of d.mentions) if (m.eventId !== null) touched.add(m.eventId);
  const ids = [...touched].sort((a, b) => a - b);
  if (ids.length) await s.lockEvents(ids);
  if (plan.replaced.length) for (const table of ['mentions', 'entities', 'quotes', 'documents'] as const) await s.deleteByUrl(table, plan.replaced);
  // a URL that failed before and reads now is a document, no longer an error
  if (plan.recovered.length) await s.deleteByUrl('errors', plan.recovered);
  const positioned = <T>(rows: (d: (typeof plan.documents)[number]) => readonly T[]) => plan.documents.flatMap((d) => rows(d).map((row, seq) => ({ url: d.document.url, seq, row })));
  await s.insert(
    'documents',
    documentColumns,
    plan.documents.map((d) => ({ ...d, stamp })),
    false,
  );
  await s.insert(
    'entities',
    entityColumns,
    positioned((d) => d.entities),
    false,
  );
  await s.insert(
    'quotes',
    quoteColumns,
    positioned((d) => d.quotes),
    false,
  );
  await s.insert(
    'mentions',
    mentionColumns,
    positioned((d) => d.mentions),
    false,
  );
  // the plan never writes a held error or superseded version again; a second program writing the same
  // store without the locks might, and an error row or a replaced version twice is still one
  await s.insert(
    'errors',
    errorColumns,
    plan.errors.map((e) => ({ ...e, stamp })),
    true,
  );
  await s.insert(
    'superseded',
    supersededColumns,
    plan.superseded.map((v) => ({ ...v, stamp })),
    true,
  );
  if (ids.length)
    await s.recompute(
      ids,
      lost,
      plan.documents.map((d) => d.document.url),
    );
  return plan.outcomes;
}
