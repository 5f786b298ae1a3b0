// WARC files for the tests, written with warcio itself so that they are what real crawlers write.
import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface FixtureRecord {
  readonly url: string;
  readonly type?: 'response' | 'revisit' | 'request' | 'metadata';
  readonly date?: string;
  readonly contentType?: string;
  readonly status?: number;
  readonly body?: string | Uint8Array;
  readonly warcHeaders?: Record<string, string>;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

export async function serializeRecord(r: FixtureRecord, gzip: boolean): Promise<Uint8Array> {
  const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : (r.body ?? new Uint8Array());
  const type = r.type ?? 'response';
  const record = WARCRecord.create(
    {
      url: r.url,
      date: r.date ?? '2024-03-05T10:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(r.warcHeaders ? { warcHeaders: r.warcHeaders } : {}),
      ...(type === 'response' || type === 'revisit' ? { httpHeaders: r.contentType ? { 'Content-Type': r.contentType } : {}, statusline: `HTTP/1.1 ${r.status ?? 200} OK` } : {}),
      ...(type === 'revisit' ? { refersToUrl: r.url, refersToDate: '2024-03-01T00:00:00Z' } : {}),
    },
    once(body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** Writes the records to `path`; `cutLast` keeps only that share of the last record's bytes. */
export async function writeWarc(path: string, records: readonly FixtureRecord[], options: { gzip: boolean; cutLast?: number }): Promise<void> {
  const parts = await Promise.all(records.map((r) => serializeRecord(r, options.gzip)));
  if (options.cutLast !== undefined) {
    const last = parts.pop()!;
    parts.push(last.subarray(0, Math.floor(last.length * options.cutLast)));
  }
  writeFileSync(path, Buffer.concat(parts));
}
