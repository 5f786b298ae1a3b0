// A document on the queue: the raw document as read, and its identity as the publisher computed it.
// The identity travels with it because a file's URL comes from its absolute path where it was read,
// which a worker on another machine (or in another folder) cannot recompute.
import { siteOf } from '../corpus/identity.js';
import type { DocumentIdentity, StoreEntry } from '../store/store.js';
import type { RawDocument } from '../types.js';

export interface Envelope {
  readonly identity: DocumentIdentity;
  readonly raw: RawDocument;
}

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(envelope));
}

/** The envelope in a message, or why it is not one (such a message can never be coded: a dead letter). */
export function decodeEnvelope(data: Uint8Array): Envelope | string {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (err) {
    return `not a dyad document: ${err instanceof Error ? err.message : String(err)}`;
  }
  const e = value as Partial<Envelope> | null;
  const identity = e?.identity;
  const raw = e?.raw;
  if (!identity || typeof identity.url !== 'string' || typeof identity.contentHash !== 'string') return 'not a dyad document: no identity (url, contentHash)';
  if (!raw || typeof raw.id !== 'string' || typeof raw.origin !== 'string') return 'not a dyad document: no raw document (id, origin)';
  return { identity, raw };
}

/** The coded entry under the publisher's identity. */
export function withIdentity(entry: StoreEntry, { url, contentHash }: DocumentIdentity): StoreEntry {
  if (entry.kind === 'error') return { ...entry, url, contentHash };
  return { ...entry, document: { ...entry.document, url, contentHash, site: siteOf(url) } };
}
