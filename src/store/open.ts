// Which backend a store location names. Callers open stores here and see only the Store interface.
// Each backend is loaded when a location names it: a DuckDB ingest need not load the PostgreSQL client,
// nor a PostgreSQL worker DuckDB's.
import type { Store } from './store.js';

export const DEFAULT_STORE = 'dyad.duckdb';

/** --store, else DYAD_STORE, else dyad.duckdb in the current directory. */
export function storeLocation(option: string | undefined): string {
  return option ?? process.env.DYAD_STORE ?? DEFAULT_STORE;
}

/** A postgres:// (or postgresql://) URL names a PostgreSQL database; anything else a DuckDB file. */
export const isPostgresLocation = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** 'write' creates and migrates the store; 'read' opens an existing one read-only. */
export async function openStore(location: string, mode: 'write' | 'read'): Promise<Store> {
  if (isPostgresLocation(location)) return (await import('./postgres/postgres-store.js')).openPostgresStore(location, mode);
  return (await import('./duckdb/duckdb-store.js')).openDuckDbStore(location, mode);
}
