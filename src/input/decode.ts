// Bytes to text. News arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or in the legacy
// Windows-1252/Latin-1 code page of older sites and archives; anything else with NUL or control
// bytes throughout is taken for a binary file rather than decoded into garbage.
import type { DocumentError } from '../types.js';

export type Decoded = { readonly text: string; readonly encoding: string } | { readonly error: DocumentError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array, origin: string): Decoded {
  if (bytes.length === 0) return { error: { code: 'empty', message: `${origin}: the file is empty` } };
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  if (looksBinary(bytes)) {
    return { error: { code: 'binary', message: `${origin}: binary data, not text (NUL or control bytes)` } };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: the single-byte Western code page is by far the most common alternative in news
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Node's TextDecoder reads 'windows-1252' as ISO-8859-1, so 0x80-0x9F (curly quotes, dashes, the
// euro sign) would come out as C1 control characters; those 32 bytes are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function byteOrderMark(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** NUL bytes, or more than 10% control bytes other than tab, newline, carriage return and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length / 10;
}
