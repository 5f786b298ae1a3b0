// The store backends the store tests run against: a fresh DuckDB file in a temporary folder, or a
// fresh PostgreSQL database (dyad_test_<random>) on the local server, dropped when the tests end.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';
import { tempDir } from './fixtures.js';

/** The server the PostgreSQL tests use: its maintenance database (trust authentication here). */
export const POSTGRES_SERVER = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Backend {
  readonly name: 'duckdb' | 'postgres';
  /** A location where no store exists yet. */
  fresh(): string;
}

export async function adminQuery(sql: string, database = 'postgres'): Promise<void> {
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const created: string[] = [];
after(async () => {
  for (const name of created.splice(0)) await adminQuery(`drop database if exists ${name} with (force)`);
});

/** A PostgreSQL location for a database that does not exist yet; it is dropped after the tests. */
export function freshDatabase(): string {
  const name = `dyad_test_${randomBytes(6).toString('hex')}`;
  created.push(name);
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return url.href;
}

export function backends(prefix: string): Backend[] {
  const dir = tempDir(prefix);
  let n = 0;
  return [
    { name: 'duckdb', fresh: () => join(dir, `s${(n += 1)}.duckdb`) },
    { name: 'postgres', fresh: freshDatabase },
  ];
}
