// JSON lines read as bytes with a cap on each line. A line longer than the cap is skipped up to its
// newline without being kept (a 1 GiB line of zeros costs the time to read it, not the memory), and
// reported as such; the lines after it are read as usual. Lines stay bytes so that each one can be
// decoded on its own (see decode.ts): one stray byte spoils one line, not the file.
import type { Readable } from 'node:stream';

export type LineItem = { readonly n: number; readonly bytes: Buffer } | { readonly n: number; readonly tooLong: number };

const NEWLINE = 0x0a;

/** Lines of a byte stream (without their \n or \r\n), numbered from 1; UTF-16 input is made UTF-8 first. */
export async function* byteLines(stream: Readable, maxLineBytes: number): AsyncGenerator<LineItem> {
  let parts: Buffer[] = [];
  let kept = 0;
  // bytes of the current line, counted even when they are no longer kept
  let length = 0;
  let n = 0;
  const end = (): LineItem => {
    n += 1;
    if (length > maxLineBytes) return { n, tooLong: length };
    let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, -1);
    return { n, bytes: line };
  };
  for await (const chunk of utf8Chunks(stream)) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, from);
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      length += piece.length;
      if (length <= maxLineBytes) {
        parts.push(piece);
        kept += piece.length;
      } else if (parts.length) {
        parts = [];
        kept = 0;
      }
      if (nl < 0) break;
      yield end();
      parts = [];
      kept = 0;
      length = 0;
      from = nl + 1;
    }
  }
  if (length > 0) yield end();
}

/**
 * The stream's bytes, transcoded to UTF-8 when it is UTF-16 (a byte order mark, or the NUL byte
 * beside the opening `{` of a JSON line): splitting UTF-16 at byte 0x0A would cut characters in two.
 */
async function* utf8Chunks(stream: Readable): AsyncGenerator<Buffer> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let first = true;
  let head = Buffer.alloc(0);
  for await (const raw of stream) {
    let chunk = raw as Buffer;
    if (first) {
      head = Buffer.concat([head, chunk]);
      if (head.length < 2) continue;
      chunk = head;
      first = false;
      const encoding = utf16Of(chunk);
      if (encoding) {
        decoder = new TextDecoder(encoding);
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) chunk = chunk.subarray(2);
      } else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    yield decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk;
  }
  if (first && head.length) yield head;
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield Buffer.from(rest, 'utf8');
  }
}

function utf16Of(b: Buffer): 'utf-16le' | 'utf-16be' | null {
  // a JSON line opens with an ASCII character: in UTF-16 one of its two bytes is NUL
  const le = (b[0] === 0xff && b[1] === 0xfe && b[3] === 0x00) || (b[0] !== 0 && b[1] === 0x00);
  const be = (b[0] === 0xfe && b[1] === 0xff && b[2] === 0x00) || (b[0] === 0x00 && b[1] !== 0);
  return le ? 'utf-16le' : be ? 'utf-16be' : null;
}
