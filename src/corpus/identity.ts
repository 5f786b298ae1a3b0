// A document's identity in the store, from the raw document alone (before coding, so that a document
// the store already holds is not coded again): its URL, and the hash of everything that decides how it
// is coded. A document without a URL gets one from where it was read: `file://` and its absolute path,
// with `#id` for one record of a JSON-lines file (the id, not the line, so reordering lines changes
// nothing), and `urn:dyad:stdin:` with the id for standard input.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { kindOf } from '../input/sources.js';
import type { DocumentIdentity } from '../store/store.js';
import type { RawDocument } from '../types.js';

export function documentUrl(raw: RawDocument): string {
  if (raw.url) return storable(raw.url);
  const id = storable(raw.id);
  if (raw.origin.startsWith('-:')) return `urn:dyad:stdin:${encodeURIComponent(id)}`;
  const line = /^(.*):\d+$/.exec(raw.origin);
  if (line && kindOf(line[1]!) === 'jsonl') return `${pathToFileURL(resolve(line[1]!)).href}#${encodeURIComponent(id)}`;
  return storable(pathToFileURL(resolve(raw.origin)).href);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A URL as every store keeps it, so that the next run finds it held: a lone surrogate becomes U+FFFD
 * (UTF-8 cannot hold one), and so does U+0000 (PostgreSQL text cannot).
 */
const storable = (s: string): string => s.replace(LONE_SURROGATE, '\ufffd').replace(/\u0000/g, '\ufffd');

export function identify(raw: RawDocument): DocumentIdentity {
  const coded = [raw.text ?? null, raw.html ?? null, raw.date ?? null, raw.verbatim ?? false, raw.options ?? {}, raw.error ?? null];
  return { url: documentUrl(raw), contentHash: createHash('sha256').update(JSON.stringify(coded)).digest('hex') };
}

/** The web site of a URL, as NumSources counts them: its host without "www."; local files are one site. */
export function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || 'local';
  } catch {
    return 'local';
  }
}
