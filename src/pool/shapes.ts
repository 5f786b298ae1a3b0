// What a coder hands back for a document: the contract's JSON line, the JSON document or the readable
// summary (with whether the document failed), or the rows for the store. Shaping happens where the
// coding happened (in the worker), so only the shaped result, not the whole document model, crosses
// to the main thread.
//
// Each shape's modules are imported when the shape is asked for: the command line's main thread
// reaches this file, and the store's row builder (the geography index, hashing) cost a quarter of a
// second of start-up to a `dyad code` that never writes a row.
import type { RecordVersions } from '../output/record-types.js';
import type { DocumentIdentity, StoreEntry } from '../store/store.js';
import type { Document, RawDocument } from '../types.js';

export interface Printed {
  readonly output: string;
  readonly failed: boolean;
  /** For the summary at the end of a run: the document's id, its error's code, its issues' codes, its number of events. */
  readonly id: string;
  readonly error: string | null;
  readonly issues: readonly string[];
  readonly events: number;
}

export interface Shapes {
  jsonl: Printed;
  json: Printed;
  text: Printed;
  store: StoreEntry;
}

export type ShapeName = keyof Shapes;

const printed = (output: string, doc: Document): Printed => ({
  output,
  id: doc.id,
  failed: doc.error !== null,
  error: doc.error?.code ?? null,
  issues: doc.issues.map((i) => i.code),
  events: doc.events.length,
});

/** `identity`: the document's identity in the store, when the caller has it already (only the store's shape uses it). */
export type Shaper<S extends ShapeName> = (doc: Document, raw: RawDocument, versions: RecordVersions, identity?: DocumentIdentity) => Shapes[S];

const SHAPERS: { readonly [K in ShapeName]: () => Promise<Shaper<K>> } = {
  jsonl: async () => {
    const { toRecord } = await import('../output/record.js');
    return (doc, _raw, versions) => printed(JSON.stringify(toRecord(doc, versions)), doc);
  },
  json: async () => {
    const { toRecord } = await import('../output/record.js');
    return (doc, _raw, versions) => printed(JSON.stringify(toRecord(doc, versions), null, 2), doc);
  },
  text: async () => {
    const { toReadable } = await import('../output/readable.js');
    return (doc) => printed(toReadable(doc), doc);
  },
  store: async () => {
    const { toStoreEntry } = await import('../corpus/entry.js');
    return (doc, raw, _versions, identity) => toStoreEntry(doc, raw, identity);
  },
};

/** The function that shapes a coded document as `name`, once its modules are loaded. */
export const shaper = <S extends ShapeName>(name: S): Promise<Shaper<S>> => SHAPERS[name]();
