// Bytes of a web page to a string. The charset comes from, in order: a byte-order mark, the Content-Type
// header, <meta charset> or <meta http-equiv="Content-Type"> in the first 4 KB; else UTF-8, and when the
// bytes are not valid UTF-8, windows-1252 (what browsers do for unlabelled Western pages).

const BOMS: readonly { bytes: readonly number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const SNIFF_BYTES = 4096;

/** Labels that TextDecoder knows, or null. */
function decoderFor(label: string | null | undefined): InstanceType<typeof TextDecoder> | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  for (const b of BOMS) if (b.bytes.every((x, i) => bytes[i] === x)) return { charset: b.charset, length: b.bytes.length };
  return null;
}

// Node's TextDecoder reads windows-1252 as ISO-8859-1: bytes 0x80-0x9F come out as C1 controls. These are
// the characters windows-1252 has there (undefined bytes keep their control character).
const CP1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const C1 = /[\x80-\x9f]/g;

function decode(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): string {
  const bom = bomCharset(bytes);
  if (bom) return new TextDecoder(bom.charset).decode(bytes.subarray(bom.length));
  let decoder = decoderFor(HEADER_CHARSET.exec(contentType ?? '')?.[1]);
  if (!decoder) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
    const label = META_CHARSET.exec(head)?.[1];
    decoder = decoderFor(label);
    // a page that reached us as bytes with an ASCII-compatible head cannot really be UTF-16
    if (decoder && decoder.encoding.startsWith('utf-16')) decoder = null;
  }
  if (decoder && decoder.encoding !== 'utf-8') return decode(decoder, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(decoder ?? new TextDecoder('windows-1252'), bytes);
  }
}
