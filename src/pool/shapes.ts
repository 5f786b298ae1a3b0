// What a coder hands back for a document: the contract's JSON line, the JSON document or the readable
// summary (with whether the document failed), or the rows for the store. Shaping happens where the
// coding happened (in the worker), so only the shaped result, not the whole document model, crosses
// to the main thread.
import { toStoreEntry } from '../corpus/entry.js';
import { toReadable } from '../output/readable.js';
import { toRecord } from '../output/record.js';
import type { RecordVersions } from '../output/record-types.js';
import type { StoreEntry } from '../store/store.js';
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

export const SHAPES: { readonly [K in ShapeName]: (doc: Document, raw: RawDocument, versions: RecordVersions) => Shapes[K] } = {
  jsonl: (doc, _raw, versions) => printed(JSON.stringify(toRecord(doc, versions)), doc),
  json: (doc, _raw, versions) => printed(JSON.stringify(toRecord(doc, versions), null, 2), doc),
  text: (doc) => printed(toReadable(doc), doc),
  store: (doc, raw) => toStoreEntry(doc, raw),
};
