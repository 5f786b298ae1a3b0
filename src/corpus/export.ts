// The store written out: the GDELT 2.0 Events and Mentions tables (tab-separated, no header, through
// the dataset's formatters), the same event rows as CSV or JSON lines under the codebook's column
// names, and the quotes and entities as JSON lines. Rows stream from the store in id order, so the
// bytes depend only on what the store holds.
import type { Writable } from 'node:stream';
import { GDELT_EVENT_COLUMNS, gdeltEventRow, gdeltMentionRow } from '../dataset/gdelt.js';
import { tsvLine } from '../dataset/tsv.js';
import { csvLine } from '../output/csv.js';
import { writeLine } from '../output/write-line.js';
import type { EventFilter, Store } from '../store/store.js';

import type { ExportFormat } from './export-formats.js';
export { EXPORT_FORMATS, type ExportFormat } from './export-formats.js';
export type StreamFormat = Exclude<ExportFormat, 'parquet'>;

const record = (columns: readonly string[], cells: readonly string[]) => `${JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, cells[i]])))}\n`;

async function* lines(store: Store, format: StreamFormat, filter: EventFilter): AsyncGenerator<string> {
  switch (format) {
    case 'gdelt-events':
      for await (const e of store.events(filter)) yield tsvLine(gdeltEventRow(e));
      return;
    case 'gdelt-mentions':
      for await (const m of store.mentions(filter)) yield tsvLine(gdeltMentionRow(m));
      return;
    case 'csv':
      yield csvLine(GDELT_EVENT_COLUMNS);
      for await (const e of store.events(filter)) yield csvLine(gdeltEventRow(e));
      return;
    case 'jsonl':
      for await (const e of store.events(filter)) yield record(GDELT_EVENT_COLUMNS, gdeltEventRow(e));
      return;
    case 'quotes':
      for await (const q of store.quotes()) yield `${JSON.stringify(q)}\n`;
      return;
    case 'entities':
      for await (const n of store.entities()) yield `${JSON.stringify(n)}\n`;
      return;
  }
}

/** Writes the export to `out`; returns the number of lines written (the CSV header included). */
export async function exportTo(store: Store, format: StreamFormat, filter: EventFilter, out: Writable): Promise<number> {
  let n = 0;
  for await (const line of lines(store, format, filter)) {
    await writeLine(out, line);
    n += 1;
  }
  return n;
}
