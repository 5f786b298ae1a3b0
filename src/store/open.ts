// Which backend a store location names. Callers open stores here and see only the Store interface.
import { openDuckDbStore } from './duckdb/duckdb-store.js';
import { StoreError, type Store } from './store.js';

export const DEFAULT_STORE = 'dyad.duckdb';

/** --store, else DYAD_STORE, else dyad.duckdb in the current directory. */
export function storeLocation(option: string | undefined): string {
  return option ?? process.env.DYAD_STORE ?? DEFAULT_STORE;
}

/** 'write' creates and migrates the store; 'read' opens an existing one read-only. */
export async function openStore(location: string, mode: 'write' | 'read'): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreError('missing', `${location}: PostgreSQL stores are not available in this build`);
  return openDuckDbStore(location, mode);
}
