// Opening a PostgreSQL database as a dyad store: a connection pool on the URL, the database created on
// first use (a store opened for writing), and the schema checked and migrated forward under an
// advisory lock, so that several workers starting at once migrate it once. Unlike a DuckDB file, a
// PostgreSQL store takes any number of concurrent writers: the write transaction is made for it
// (postgres-store.ts).
import pg from 'pg';
import { StoreError } from '../store.js';
import { MIGRATIONS, SCHEMA_VERSION, STORE_FORMAT } from './schema.js';

export type OpenMode = 'write' | 'read';

/** Connections per process: a worker writes a few documents at once, an export reads on one. */
const POOL_SIZE = 4;
/** The advisory lock key (any constant) that serialises migrations of one database. */
const MIGRATION_LOCK = 0x64796164;

/** The URL with its password hidden, for messages. */
export function redact(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return location;
  }
}

function databaseOf(location: string): string {
  const name = decodeURIComponent(new URL(location).pathname.replace(/^\//, ''));
  return name || decodeURIComponent(new URL(location).username) || 'postgres';
}

/** The same server, another database (the maintenance database for CREATE DATABASE). */
export function onDatabase(location: string, database: string): string {
  const url = new URL(location);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.href;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function openPostgres(location: string, mode: OpenMode): Promise<pg.Pool> {
  const shown = redact(location);
  const database = databaseOf(location);
  let pool = new pg.Pool({ connectionString: location, max: POOL_SIZE });
  pool.on('error', () => undefined); // an idle connection dropped by the server: the next query reconnects
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end();
    if (!isMissingDatabase(err)) throw connectError(shown, err);
    if (mode === 'read') throw new StoreError('missing', `${shown}: no such store (database ${database} does not exist; run dyad ingest first)`);
    await createDatabase(location, database, shown);
    pool = new pg.Pool({ connectionString: location, max: POOL_SIZE });
    pool.on('error', () => undefined);
  }
  try {
    await checkAndMigrate(shown, pool, mode);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return pool;
}

const code = (err: unknown): string | undefined => (err as { code?: string } | null)?.code;
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function isMissingDatabase(err: unknown): boolean {
  return code(err) === '3D000';
}

function connectError(shown: string, err: unknown): StoreError {
  return new StoreError('write-failed', `${shown}: cannot reach the PostgreSQL store: ${message(err)}`);
}

async function createDatabase(location: string, database: string, shown: string): Promise<void> {
  const admin = new pg.Client({ connectionString: onDatabase(location, 'postgres') });
  try {
    await admin.connect();
    await admin.query(`create database ${quoteIdent(database)}`);
  } catch (err) {
    // 42P04 (or 23505 in a close race): another process created it first, which is as good
    if (code(err) !== '42P04' && code(err) !== '23505') throw new StoreError('write-failed', `${shown}: cannot create the store's database: ${message(err)}`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

async function metaVersion(shown: string, client: pg.PoolClient | pg.Pool, mode: OpenMode): Promise<number> {
  const tables = (await client.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = current_schema() order by table_name`)).rows.map((r) => r.table_name);
  if (!tables.includes('dyad_meta')) {
    if (tables.length) throw new StoreError('not-a-store', `${shown}: not a dyad store (it holds other tables: ${tables.slice(0, 3).join(', ')})`);
    if (mode === 'read') throw new StoreError('not-a-store', `${shown}: not a dyad store (empty database)`);
    return 0;
  }
  const meta = Object.fromEntries((await client.query<{ key: string; value: string }>('select key, value from dyad_meta')).rows.map((r) => [r.key, r.value]));
  if (meta.format !== STORE_FORMAT) throw new StoreError('not-a-store', `${shown}: not a dyad store (dyad_meta says format ${String(meta.format)})`);
  const version = Number(meta.schema_version);
  if (!(version <= SCHEMA_VERSION)) {
    throw new StoreError('newer-schema', `${shown}: store schema version ${String(meta.schema_version)} is newer than this dyad reads (${SCHEMA_VERSION}); upgrade dyad`);
  }
  return version;
}

async function checkAndMigrate(shown: string, pool: pg.Pool, mode: OpenMode): Promise<void> {
  const version = await metaVersion(shown, pool, mode);
  if (version === SCHEMA_VERSION) return;
  if (mode === 'read') throw new StoreError('newer-schema', `${shown}: store schema version ${version} needs migrating; run dyad ingest on it once`);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // read again under the lock: another process may have migrated meanwhile
    for (let v = await metaVersion(shown, client, mode); v < SCHEMA_VERSION; v += 1) {
      await client.query(MIGRATIONS[v]!);
      await client.query(`insert into dyad_meta values ('format', $1), ('schema_version', $2) on conflict (key) do update set value = excluded.value`, [STORE_FORMAT, String(v + 1)]);
    }
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err instanceof StoreError ? err : new StoreError('write-failed', `${shown}: migrating the store failed: ${message(err)}`);
  } finally {
    client.release();
  }
}
