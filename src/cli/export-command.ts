// `dyad export`: the store written to a file or standard output. A file is written beside its final
// name and renamed when complete, so a failed export never leaves half a file under that name.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { exportTo, type ExportFormat } from '../corpus/export.js';
import { exportParquet } from '../corpus/parquet.js';
import { openStore, storeLocation } from '../store/open.js';
import type { EventFilter } from '../store/store.js';
import type { Io } from './io.js';

export { EXPORT_FORMATS, type ExportFormat } from '../corpus/export.js';

export interface ExportOptions {
  readonly store?: string | undefined;
  readonly format: ExportFormat;
  readonly out?: string | undefined;
  readonly filter: EventFilter;
}

export async function runExport(options: ExportOptions, io: Io): Promise<void> {
  const store = await openStore(storeLocation(options.store), 'read');
  try {
    const { out, format, filter } = options;
    if (!out) {
      if (format === 'parquet') throw new Error('parquet needs a file');
      await exportTo(store, format, filter, io.stdout);
      return;
    }
    const partial = `${out}.partial`;
    try {
      if (format === 'parquet') await exportParquet(store, filter, partial);
      else {
        const file = createWriteStream(partial);
        await exportTo(store, format, filter, file);
        file.end();
        await finished(file);
      }
      await rename(partial, out);
    } catch (err) {
      await rm(partial, { force: true });
      throw err;
    }
  } finally {
    await store.close();
  }
}
