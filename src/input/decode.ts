// Bytes to text. News arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or in a legacy
// single-byte code page of older sites and archives (Windows-1252 above all). Decoding is honest:
//  - a byte order mark is believed only when the text behind it reads as UTF-16 (a Windows-1252
//    file may well start with "ÿþ", bytes FF FE);
//  - a file that is UTF-8 but for a few stray bytes stays UTF-8: only the lines that are not valid
//    UTF-8 are decoded in the legacy code page that chardet detects for them;
//  - every guess or loss is an issue on the document;
//  - NUL or control bytes anywhere in the document (not only at its start) make it binary.
import { createRequire } from 'node:module';
import type chardetModule from 'chardet';
import type { DocumentError, Issue } from '../types.js';

export type Decoded = { readonly text: string; readonly encoding: string; readonly issues: readonly Issue[] } | { readonly error: DocumentError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

// required on first use: only text that is not UTF-8 needs it, and every start of dyad paid for it
const require = createRequire(import.meta.url);
let detector: typeof chardetModule | null = null;
const chardet = (): typeof chardetModule => (detector ??= require('chardet') as typeof chardetModule);

export function decodeBytes(bytes: Uint8Array, origin: string): Decoded {
  if (bytes.length === 0) return { error: { code: 'empty', message: `${origin}: the file is empty` } };
  const bom = byteOrderMark(bytes);
  if (bom?.encoding === 'utf-8') return checked(utf8Lines(bytes.subarray(3), origin), origin);
  if (bom) {
    const text = utf16Text(bytes.subarray(bom.length), bom.encoding);
    if (text !== null) return checked({ text, encoding: bom.encoding, issues: [] }, origin);
  }
  if (bytes.includes(0)) return { error: binaryError(origin) };
  return checked(utf8Lines(bytes, origin), origin);
}

/** Text decoded from a JSON line or a file still goes through the binary check. */
function checked(d: { text: string; encoding: string; issues: readonly Issue[] }, origin: string): Decoded {
  return binaryText(d.text) ? { error: binaryError(origin) } : d;
}

export const binaryError = (origin: string): DocumentError => ({ code: 'binary', message: `${origin}: binary data, not text (NUL or control bytes)` });

/**
 * True for text that is binary data: any NUL, or more than 10% control characters (C0 other than
 * tab, line breaks and form feed; C1) or U+FFFD replacement characters, over the whole text.
 */
export function binaryText(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) odd++;
  }
  return odd > text.length / 10;
}

/**
 * UTF-8 when the bytes are; else line by line: valid UTF-8 lines stay UTF-8 when the file has real
 * UTF-8 in it, and the other lines are decoded in the legacy code page chardet finds for them.
 */
function utf8Lines(bytes: Uint8Array, origin: string): { text: string; encoding: string; issues: Issue[] } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    // not valid UTF-8 as a whole: decided below, line by line
  }
  const lines = splitLines(bytes);
  const valid = lines.map((l) => isUtf8(l));
  const hasUtf8 = lines.some((l, i) => valid[i] && l.some((b) => b >= 0x80));
  const bad: number[] = [];
  const legacyBytes: Uint8Array[] = [];
  lines.forEach((l, i) => {
    if (!hasUtf8 || !valid[i]) {
      legacyBytes.push(l);
      if (!valid[i]) bad.push(i + 1);
    }
  });
  const legacy = detectLegacy(Buffer.concat(legacyBytes));
  const text = lines.map((l, i) => (hasUtf8 && valid[i] ? utf8.decode(l) : decodeLegacy(l, legacy))).join('');
  const where = bad.length > 5 ? `${bad.slice(0, 5).join(', ')} and ${bad.length - 5} more` : bad.join(', ');
  const issue: Issue = hasUtf8
    ? { code: 'mixed-encoding', message: `${origin}: UTF-8 with ${bad.length} line(s) that are not (line ${where}); those were read as ${legacy}` }
    : { code: 'guessed-encoding', message: `${origin}: not UTF-8; read as ${legacy}, the code page detected` };
  return { text, encoding: hasUtf8 ? 'utf-8' : legacy, issues: [issue] };
}

/** One JSON line's bytes as text, with an issue when they were not UTF-8. */
export function decodeLine(bytes: Uint8Array, origin: string): { text: string; issues: Issue[] } {
  try {
    return { text: utf8.decode(bytes), issues: [] };
  } catch {
    const legacy = detectLegacy(bytes);
    return { text: decodeLegacy(bytes, legacy), issues: [{ code: 'guessed-encoding', message: `${origin}: the line is not UTF-8; read as ${legacy}, the code page detected` }] };
  }
}

function isUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Lines with their line breaks kept, so that joining them gives the text back. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let from = 0;
  for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
    out.push(bytes.subarray(from, nl + 1));
    from = nl + 1;
  }
  if (from < bytes.length) out.push(bytes.subarray(from));
  return out;
}

/** Single-byte Western and Central/Eastern European and Cyrillic code pages chardet may name. */
const LEGACY = new Set(['windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1256', 'ISO-8859-2', 'ISO-8859-5', 'ISO-8859-7', 'ISO-8859-9', 'KOI8-R']);

function detectLegacy(bytes: Uint8Array): string {
  const best = chardet().analyse(bytes)[0];
  // ISO-8859-1 is read as Windows-1252 (a superset in practice: browsers do the same)
  return best && best.confidence >= 50 && LEGACY.has(best.name) ? best.name : 'windows-1252';
}

function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node's TextDecoder reads 'windows-1252' as ISO-8859-1, so 0x80-0x9F (curly quotes, dashes, the
// euro sign) would come out as C1 control characters; those 32 bytes are mapped here.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' + '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

function byteOrderMark(b: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The text behind a UTF-16 byte order mark, or null when it does not read as UTF-16: an odd length,
 * unpaired surrogates, or no character of the first 256 or CJK punctuation at all. Text without NUL
 * bytes (a Windows-1252 file that starts with "ÿþ") can never hold such a character in UTF-16, and
 * real UTF-16 text nearly always has spaces, digits, line breaks or CJK full stops.
 */
function utf16Text(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | null {
  if (bytes.length % 2 !== 0) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.length === 0 || /[\u0000-\u00ff\u3000-\u3002\uff01-\uff1f]/.test(text) ? text : null;
}
