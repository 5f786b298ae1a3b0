// What a batch of entries does to a store, decided in one place for every backend: which entry is new,
// an update of its URL (which replaces its document and its failures), a duplicate of a version the
// store holds (current, superseded or an error row) or a new error row, and which rows therefore go and come. A backend only reads the versions it holds
// (HELD_VERSIONS) and carries the plan out (batch-write.ts), so DuckDB and PostgreSQL cannot come to
// disagree on what "held" means.
import type { CodedDocument, DocumentIdentity, FailedDocument, Held, StoreEntry, WriteOutcome } from './store.js';

/** One version of a URL that the store holds, and as what. */
export interface HeldVersion extends DocumentIdentity {
  readonly as: 'current' | 'superseded' | 'error';
}

/**
 * Every version the store holds of some URLs. `inList` completes `url ...` with the backend's way of
 * naming the list once (`= any($1)`, `in ($1, $2)`); the three tables are read in one statement.
 */
export const HELD_VERSIONS = (inList: string): string => `
  select url, content_hash, 'current' as held_as from documents where url ${inList}
  union all select url, content_hash, 'superseded' as held_as from superseded where url ${inList}
  union all select url, content_hash, 'error' as held_as from errors where url ${inList}`;

export function readHeldVersion(row: Record<string, unknown>): HeldVersion {
  return { url: String(row.url), contentHash: String(row.content_hash), as: row.held_as as HeldVersion['as'] };
}

const versionKey = (url: string, contentHash: string) => `${url}\u0001${contentHash}`;

/** What the store holds of exactly each identity: a replaced version read again counts as held. */
export function heldAs(identities: readonly DocumentIdentity[], held: readonly HeldVersion[]): Held[] {
  const kinds = new Map(held.map((v) => [versionKey(v.url, v.contentHash), v.as === 'error' ? ('error' as const) : ('document' as const)]));
  return identities.map((i) => kinds.get(versionKey(i.url, i.contentHash)) ?? null);
}

export interface BatchPlan {
  /** One per entry, in order. */
  readonly outcomes: WriteOutcome[];
  /** Documents to insert: the last new version of each URL in the batch. */
  readonly documents: CodedDocument[];
  readonly errors: FailedDocument[];
  /** URLs whose stored document (and its rows) a new version replaces: their rows go first. */
  readonly replaced: string[];
  /** URLs whose stored error rows a document of the batch replaces: those rows go. */
  readonly recovered: string[];
  /** Versions that newer ones replace, the store's or the batch's own, remembered so they never come back. */
  readonly superseded: DocumentIdentity[];
}

export const identityOf = (entry: StoreEntry): DocumentIdentity => (entry.kind === 'document' ? entry.document : entry);

/** The URLs a batch writes, each once. */
export const urlsOf = (entries: readonly StoreEntry[]): string[] => [...new Set(entries.map((e) => identityOf(e).url))];

/**
 * The plan for `entries` against `held`, the versions the store holds of their URLs. Entries are taken
 * in order, each seeing the ones before it: two versions of a URL in one batch are an update, and the
 * first is remembered as superseded though it was never stored.
 */
export function planBatch(entries: readonly StoreEntry[], held: readonly HeldVersion[]): BatchPlan {
  const current = new Map<string, string>();
  const known = new Set<string>();
  /** The failed versions of each URL so far: a good version replaces them as it replaces a document. */
  const failures = new Map<string, string[]>();
  const failed = (url: string, contentHash: string) => failures.set(url, [...(failures.get(url) ?? []), contentHash]);
  for (const v of held) {
    if (v.as === 'current') current.set(v.url, v.contentHash);
    if (v.as === 'error') failed(v.url, v.contentHash);
    known.add(versionKey(v.url, v.contentHash));
  }
  const stored = new Set(current.keys());
  const storedFailures = new Set(failures.keys());
  const documents = new Map<string, CodedDocument>();
  const errors = new Map<string, FailedDocument>();
  const replaced = new Set<string>();
  const recovered = new Set<string>();
  const superseded: DocumentIdentity[] = [];
  const outcomes: WriteOutcome[] = [];
  for (const entry of entries) {
    const { url, contentHash } = identityOf(entry);
    const version = versionKey(url, contentHash);
    if (known.has(version)) {
      outcomes.push('duplicate');
      continue;
    }
    known.add(version);
    if (entry.kind === 'error') {
      errors.set(version, entry);
      failed(url, contentHash);
      outcomes.push('error');
      continue;
    }
    const previous = current.get(url);
    if (previous !== undefined) {
      if (stored.has(url)) replaced.add(url);
      superseded.push({ url, contentHash: previous });
    }
    outcomes.push(previous === undefined ? 'new' : 'updated');
    current.set(url, contentHash);
    documents.set(url, entry);
    // remembered as superseded, a failure read again (a re-run, a resume after a kill) is a no-op
    // instead of an error row stored back beside the document
    for (const hash of failures.get(url) ?? []) {
      errors.delete(versionKey(url, hash));
      superseded.push({ url, contentHash: hash });
    }
    failures.delete(url);
    if (storedFailures.has(url)) recovered.add(url);
  }
  return { outcomes, documents: [...documents.values()], errors: [...errors.values()], replaced: [...replaced], recovered: [...recovered], superseded };
}
