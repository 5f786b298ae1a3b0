// Opening a DuckDB file as a dyad store: DuckDB's own file lock keeps a second writer out, and its
// messages become the store's (in use, not a store). A store opened for writing is migrated forward;
// one opened for reading is read-only at the engine level and cannot touch other files.
import { existsSync } from 'node:fs';
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../store.js';
import { MIGRATIONS, SCHEMA_VERSION, STORE_FORMAT } from './schema.js';

export type OpenMode = 'write' | 'read';

export interface Opened {
  readonly instance: DuckDBInstance;
  readonly connection: DuckDBConnection;
}

/**
 * DuckDB keeps the blocks it has read or written cached up to this limit, so for a writer the limit is
 * where its cache stops growing however large the store gets. The writer's statements need a few MB
 * (its cache held 62 MB at 10,000 documents, 72 MB at 20,000); reads (export, query, serve) scan whole
 * tables and keep more.
 */
const MEMORY_LIMIT = { write: '128MB', read: '512MB' } as const;

export async function openDuckDb(path: string, mode: OpenMode): Promise<Opened> {
  if (mode === 'read' && !existsSync(path)) throw new StoreError('missing', `${path}: no such store (run dyad ingest first)`);
  const options: Record<string, string> = { memory_limit: MEMORY_LIMIT[mode] };
  // the writer's statements are small; a second DuckDB thread only takes CPU from the coders
  if (mode === 'write') options.threads = '1';
  if (mode === 'read') Object.assign(options, { access_mode: 'READ_ONLY', enable_external_access: 'false' });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, options);
  } catch (err) {
    throw openError(path, err);
  }
  const connection = await instance.connect();
  try {
    await checkAndMigrate(path, connection, mode);
  } catch (err) {
    connection.closeSync();
    instance.closeSync();
    throw err;
  }
  return { instance, connection };
}

function openError(path: string, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  const holder = /Conflicting lock is held in (.*?)(?:\. See|$)/.exec(message);
  if (holder) return new StoreError('in-use', `${path}: the store is in use by another process (${holder[1]}); wait for it to finish`);
  if (/not a valid DuckDB database file/.test(message)) return new StoreError('not-a-store', `${path}: not a dyad store (not a DuckDB database)`);
  return new StoreError('write-failed', `${path}: cannot open the store: ${message}`);
}

async function rows(connection: DuckDBConnection, sql: string, values: DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql, values)).getRowObjectsJS();
}

async function checkAndMigrate(path: string, connection: DuckDBConnection, mode: OpenMode): Promise<void> {
  const tables = (await rows(connection, `select table_name from information_schema.tables where table_catalog = current_database()`)).map((r) => String(r.table_name));
  let version = 0;
  if (tables.includes('dyad_meta')) {
    const meta = Object.fromEntries((await rows(connection, 'select key, value from dyad_meta')).map((r) => [r.key, r.value]));
    if (meta.format !== STORE_FORMAT) throw new StoreError('not-a-store', `${path}: not a dyad store (dyad_meta says format ${String(meta.format)})`);
    version = Number(meta.schema_version);
    if (!(version <= SCHEMA_VERSION)) {
      throw new StoreError('newer-schema', `${path}: store schema version ${String(meta.schema_version)} is newer than this dyad reads (${SCHEMA_VERSION}); upgrade dyad`);
    }
  } else if (tables.length) {
    throw new StoreError('not-a-store', `${path}: not a dyad store (it holds other tables: ${tables.slice(0, 3).join(', ')})`);
  } else if (mode === 'read') {
    throw new StoreError('not-a-store', `${path}: not a dyad store (empty database)`);
  }
  if (version === SCHEMA_VERSION) return;
  if (mode === 'read') throw new StoreError('newer-schema', `${path}: store schema version ${version} needs migrating; run dyad ingest on it once`);
  for (let v = version; v < SCHEMA_VERSION; v += 1) {
    await connection.run('begin transaction');
    try {
      await connection.run(MIGRATIONS[v]!);
      await connection.run(`insert or replace into dyad_meta values ('format', ?), ('schema_version', ?)`, [STORE_FORMAT, String(v + 1)]);
      await connection.run('commit');
    } catch (err) {
      await connection.run('rollback');
      throw err;
    }
  }
}
