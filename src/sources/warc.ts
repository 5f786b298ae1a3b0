// Web archives (WARC 1.0/1.1, plain or gzipped per record, as Common Crawl's CC-NEWS ships them) to raw
// documents. Every HTML `response` record is a document: its URL the record's target URI, its
// reference date the crawl date. Records that carry no page (requests, metadata, warcinfo) are not
// documents and pass; responses that cannot be read as a page (non-HTML, revisits without payload,
// truncated, too large) come out as error documents with the reason, so a run counts and stores them.
// The file is read as a stream, one record at a time, so a multi-gigabyte archive runs in bounded memory.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { WARCParser, type WARCRecord } from 'warcio';
import { decodeHtmlBytes } from '../html/decode.js';
import { MAX_DOCUMENT_BYTES } from '../input/sources.js';
import type { RawDocument } from '../types.js';

export interface WarcOptions {
  /** Stop after this many documents (error documents included). */
  readonly limit?: number;
  /** Keep this share (0..1] of the records, chosen by a hash of their URL: the same share every run. */
  readonly sample?: number;
  /** Records larger than this are refused without being held in memory. */
  readonly maxBytes?: number;
}

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<RawDocument> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let yielded = 0;
  // bytes read so far: a parser that ends before the end of the file met a record it could not finish
  let size = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      size += chunk.length;
      yield chunk;
    }
  }
  const parser = new WARCParser(counted());
  let plainSize: number | null = null;
  try {
    if (!/\.gz$/i.test(path)) plainSize = statSync(path).size;
  } catch {
    // unreadable: the parser's own error names it below
  }
  try {
    for await (const record of parser) {
      const doc = await toDocument(record, parser, path, plainSize, maxBytes, options.sample);
      if (!doc) continue;
      yield doc;
      if (options.limit !== undefined && ++yielded >= options.limit) return;
    }
  } catch (err) {
    if (size === 0) yield failure(path, path, 'unreadable', reason(err));
    else yield failure(`${path}#${parser.offset}`, `${path}#${parser.offset}`, 'truncated', `the archive breaks off inside a record (${reason(err)})`);
    return;
  }
  if (parser.offset < size) {
    yield failure(`${path}#${parser.offset}`, `${path}#${parser.offset}`, 'truncated', 'the archive ends inside a record');
  }
}

async function toDocument(record: WARCRecord, parser: WARCParser, path: string, fileSize: number | null, maxBytes: number, sample?: number): Promise<RawDocument | null> {
  const type = record.warcType;
  if (type !== 'response' && type !== 'revisit') return null;
  const url = record.warcTargetURI ?? '';
  if (sample !== undefined && !sampled(url, sample)) return null;
  const origin = `${path}#${parser.offset}`;
  const id = url || origin;
  if (type === 'revisit') return failure(id, origin, 'skipped', `${url}: a revisit record (the page is stored elsewhere, not in this record)`);
  if (record.warcHeader('WARC-Truncated')) {
    return failure(id, origin, 'truncated', `${url}: the crawler cut this record (WARC-Truncated: ${record.warcHeader('WARC-Truncated')})`);
  }
  // in a plain archive a cut record claims more bytes than the file has (warcio's _warcHeadersLength is
  // where the record's headers end, counted from the start of the file); in a gzipped one the cut
  // member is never parsed, and the tail check of readWarc reports it
  const declared = record.warcHeader('Content-Length');
  if (declared === null || (fileSize !== null && parser._warcHeadersLength + Number(declared) > fileSize)) {
    return failure(id, origin, 'truncated', `${url}: the record is shorter than its Content-Length`);
  }
  const payload = await readCapped(record, maxBytes);
  if (!payload) return failure(id, origin, 'too-large', `${url}: larger than ${maxBytes / 2 ** 20} MiB`);
  const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
  if (!HTML_TYPES.test(contentType)) {
    return failure(id, origin, 'skipped', `${url}: not an HTML page (Content-Type ${contentType || 'missing'})`);
  }
  const status = Number(record.httpHeaders?.statusCode ?? 200);
  if (status < 200 || status >= 300) {
    return failure(id, origin, 'skipped', `${url}: HTTP status ${status}, not a page`);
  }
  const date = record.warcDate?.slice(0, 10);
  return { id, origin, url, html: decodeHtmlBytes(payload, contentType), ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) };
}

/** The decoded payload, or null once it passes `maxBytes` (the rest is skipped, not held). */
async function readCapped(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function sampled(url: string, share: number): boolean {
  const h = createHash('sha1').update(url).digest();
  return h.readUInt32BE(0) / 2 ** 32 < share;
}

function failure(id: string, origin: string, code: string, message: string): RawDocument {
  return { id, origin, error: { code, message: message.startsWith(origin) ? message : `${origin}: ${message}` } };
}

function reason(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
