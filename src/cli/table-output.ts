// Rows out as JSON lines or CSV (RFC 4180, with a header row), written as they come so a large result
// never sits in memory whole.
import type { Writable } from 'node:stream';
import { csvLine } from '../output/csv.js';
import { writeLine } from '../output/write-line.js';

export type TableFormat = 'jsonl' | 'csv';

/** A value from the store as JSON can carry it: big integers as numbers when exact, else as text. */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
  return value;
}

function csvValue(value: unknown): string {
  const v = jsonValue(value);
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export async function writeTable(out: Writable, columns: readonly string[], rows: AsyncIterable<readonly unknown[]>, format: TableFormat): Promise<number> {
  let n = 0;
  if (format === 'csv') await writeLine(out, csvLine(columns));
  for await (const row of rows) {
    const line = format === 'csv' ? csvLine(row.map(csvValue)) : `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, jsonValue(row[i])])))}\n`;
    await writeLine(out, line);
    n += 1;
  }
  return n;
}

/** Records (objects with the same keys) as a table. */
export async function* recordRows<T extends object>(records: Iterable<T>, columns: readonly (keyof T & string)[]): AsyncGenerator<unknown[]> {
  for (const r of records) yield columns.map((c) => r[c]);
}
