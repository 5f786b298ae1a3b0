// Parquet through DuckDB itself: the CSV export goes to a temporary file, and an in-memory DuckDB
// copies it to Parquet with the column types of GDELT's BigQuery schema (codes stay text: "010").
// Empty cells become nulls.
import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { GDELT_EVENT_COLUMNS } from '../dataset/gdelt.js';
import type { EventFilter, Store } from '../store/store.js';
import { exportTo } from './export.js';

/** Columns that are numbers in GDELT's schema; every other column is text. */
const NUMERIC: Readonly<Record<string, string>> = {
  GLOBALEVENTID: 'BIGINT',
  SQLDATE: 'INTEGER',
  MonthYear: 'INTEGER',
  Year: 'INTEGER',
  FractionDate: 'DOUBLE',
  IsRootEvent: 'INTEGER',
  QuadClass: 'INTEGER',
  GoldsteinScale: 'DOUBLE',
  NumMentions: 'INTEGER',
  NumSources: 'INTEGER',
  NumArticles: 'INTEGER',
  AvgTone: 'DOUBLE',
  Actor1Geo_Type: 'INTEGER',
  Actor1Geo_Lat: 'DOUBLE',
  Actor1Geo_Long: 'DOUBLE',
  Actor2Geo_Type: 'INTEGER',
  Actor2Geo_Lat: 'DOUBLE',
  Actor2Geo_Long: 'DOUBLE',
  ActionGeo_Type: 'INTEGER',
  ActionGeo_Lat: 'DOUBLE',
  ActionGeo_Long: 'DOUBLE',
  DATEADDED: 'BIGINT',
};

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteText = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function exportParquet(store: Store, filter: EventFilter, path: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'dyad-parquet-'));
  try {
    const csv = join(dir, 'events.csv');
    const out = createWriteStream(csv);
    const lines = await exportTo(store, 'csv', filter, out);
    out.end();
    await finished(out);
    const select = GDELT_EVENT_COLUMNS.map((c) => `nullif(${quoteIdent(c)}, '')::${NUMERIC[c] ?? 'VARCHAR'} as ${quoteIdent(c)}`).join(', ');
    const instance = await DuckDBInstance.create(':memory:');
    try {
      const connection = await instance.connect();
      await connection.run(`copy (select ${select} from read_csv(${quoteText(csv)}, header = true, all_varchar = true, quote = '"', escape = '"')) to ${quoteText(path)} (format parquet)`);
      connection.closeSync();
    } finally {
      instance.closeSync();
    }
    return lines - 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
