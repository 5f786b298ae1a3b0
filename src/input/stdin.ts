// Standard input is either JSON lines (the contract's records) or one plain-text document, as
// `--stdin-format` says; when it does not, the first character that is not white space decides: a
// JSON line starts with "{", an article does not. The bytes read to guess are handed on, so nothing
// is read twice and a long JSON-lines stream is never held in memory.
import { Readable } from 'node:stream';
import type { RawDocument } from '../types.js';
import { decodeBytes } from './decode.js';

export type StdinFormat = 'text' | 'jsonl';

/** Bytes that may precede the first character: a UTF-8 BOM, white space. */
const LEADING = new Set([0xef, 0xbb, 0xbf, 0x20, 0x09, 0x0a, 0x0d]);

export async function openStdin(stream: Readable, format: StdinFormat | undefined): Promise<{ format: StdinFormat; stream: Readable }> {
  if (format) return { format, stream };
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const seen: Buffer[] = [];
  let guessed: StdinFormat = 'jsonl';
  for (;;) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = Buffer.from(next.value);
    seen.push(chunk);
    const first = chunk.findIndex((b) => !LEADING.has(b));
    if (first >= 0) {
      guessed = chunk[first] === 0x7b ? 'jsonl' : 'text';
      break;
    }
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* seen;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
  }
  return { format: guessed, stream: Readable.from(replay()) };
}

/** All of standard input as one plain-text document, decoded as a file would be. */
export async function stdinDocument(stream: Readable, maxBytes: number): Promise<RawDocument> {
  const origin = '-';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) return { id: 'stdin', origin, error: { code: 'too-large', message: `standard input: larger than ${maxBytes / 2 ** 20} MiB` } };
    chunks.push(bytes);
  }
  const decoded = decodeBytes(Buffer.concat(chunks), 'standard input');
  return 'error' in decoded ? { id: 'stdin', origin, error: decoded.error } : { id: 'stdin', origin, text: decoded.text };
}
