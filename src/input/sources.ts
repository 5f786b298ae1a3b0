// What the command line names (files, directories, "-") to a stream of raw documents, in input order.
// Directories are walked recursively in sorted order so that a run is reproducible; every problem
// becomes an error record for that input and the stream goes on.
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { DocumentError, RawDocument } from '../types.js';
import { decodeBytes, decodeLine } from './decode.js';
import { byteLines } from './lines.js';
import { openRegularFile, readCapped } from './open-checked.js';
import { parseRecordLine } from './record.js';
import { dateFromName } from './dates.js';
import { openStdin, stdinDocument, type StdinFormat } from './stdin.js';

/** Documents larger than this are refused rather than analysed for minutes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

type Kind = 'text' | 'html' | 'jsonl';
const KINDS: Record<string, Kind> = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** The kind of a file from its name; `.gz` is looked through. */
export function kindOf(path: string): Kind | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (KINDS[name.slice(dot)] ?? null);
}

export interface SourceOptions {
  /** The reference date for documents that carry none (--date). */
  readonly date?: string;
  readonly stdin?: Readable;
  /** Take the reference date of a document that carries none from its file's name (--date-from-filename). */
  readonly dateFromFilename?: boolean;
  /** What standard input holds; guessed from its first character when not given. */
  readonly stdinFormat?: StdinFormat;
  /** Told about files a directory walk passes over. */
  readonly onSkip?: (path: string, reason: string) => void;
}

/** Folders deeper than this below an input are not walked (a loop of bind mounts, a generated maze). */
export const MAX_FOLDER_DEPTH = 64;

export async function* readSources(inputs: readonly string[], options: SourceOptions = {}): AsyncGenerator<RawDocument> {
  const ids = new IdCheck();
  let stdinRead = false;
  for (const input of inputs) {
    if (input === '-' && stdinRead) {
      yield { id: '-', origin: '-', error: { code: 'stdin-twice', message: '-: standard input is named more than once; it is read the first time only' } };
      continue;
    }
    if (input === '-') stdinRead = true;
    for await (const doc of readInput(input, options)) {
      yield withReferenceDate(ids.check(doc), options);
    }
  }
}

/** The record's own date, else its file name's (when asked), else --date. */
function withReferenceDate(doc: RawDocument, options: SourceOptions): RawDocument {
  if (doc.date) return doc;
  const date = (options.dateFromFilename ? dateFromName(basename(doc.origin.replace(/:\d+$/, ''))) : null) ?? options.date;
  return date ? { ...doc, date } : doc;
}

/** Ids remembered for the duplicate check: memory stays bounded on inputs of many millions of lines. */
const MAX_IDS_CHECKED = 1_000_000;

/** Ids must tell records apart: an empty one is replaced by the record's place, a repeated one is flagged. */
class IdCheck {
  private readonly seen = new Set<string>();

  check(doc: RawDocument): RawDocument {
    if (doc.error) return doc;
    const issues = [...(doc.issues ?? [])];
    let id = doc.id;
    if (!id.trim()) {
      id = doc.origin;
      issues.push({ code: 'empty-id', message: `${doc.origin}: the id is empty; the record's place (${doc.origin}) is used instead` });
    }
    if (this.seen.has(id)) issues.push({ code: 'duplicate-id', message: `${doc.origin}: the id ${JSON.stringify(id)} was already used by an earlier record` });
    if (this.seen.size < MAX_IDS_CHECKED) this.seen.add(id);
    return issues.length === (doc.issues?.length ?? 0) ? doc : { ...doc, id, issues };
  }
}

async function* readInput(input: string, options: SourceOptions): AsyncGenerator<RawDocument> {
  if (input === '-') {
    const stdin = await openStdin(options.stdin ?? process.stdin, options.stdinFormat);
    if (stdin.format === 'text') yield await stdinDocument(stdin.stream, MAX_DOCUMENT_BYTES);
    else yield* readJsonLines(stdin.stream, '-');
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `${input}: no such file or directory` : `${input}: ${reasonOf(err)}`;
    yield { id: input, origin: input, error: { code: code === 'ENOENT' ? 'not-found' : 'unreadable', message } };
    return;
  }
  if (info.isDirectory()) {
    for await (const entry of walkEntries(input, options, 0)) {
      if ('error' in entry) yield { id: entry.path, origin: entry.path, error: entry.error };
      else yield* readFileInput(entry.path);
    }
    return;
  }
  yield* readFileInput(input);
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

type WalkEntry = { readonly path: string } | { readonly path: string; readonly error: DocumentError };

/** The files below a folder in sorted order; a folder that cannot be read is an entry with its error. */
async function* walkEntries(dir: string, options: SourceOptions, depth: number): AsyncGenerator<WalkEntry> {
  if (depth > MAX_FOLDER_DEPTH) {
    yield { path: dir, error: { code: 'too-deep', message: `${dir}: more than ${MAX_FOLDER_DEPTH} folders deep; not read` } };
    return;
  }
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { path: dir, error: { code: 'unreadable', message: `${dir}: the folder cannot be read (${reasonOf(err)})` } };
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkEntries(path, options, depth + 1);
    else if (kindOf(path)) yield { path };
    else options.onSkip?.(path, 'not a .txt, .html, .htm or .jsonl file (optionally .gz)');
  }
}

/** The files below a folder, in the order they are read; folders that cannot be read are told to onSkip. */
export async function walk(dir: string, options: SourceOptions = {}): Promise<string[]> {
  const files: string[] = [];
  for await (const entry of walkEntries(dir, options, 0)) {
    if ('error' in entry) options.onSkip?.(entry.path, entry.error.message);
    else files.push(entry.path);
  }
  return files;
}

async function* readFileInput(path: string): AsyncGenerator<RawDocument> {
  const kind = kindOf(path);
  if (!kind) {
    yield { id: path, origin: path, error: { code: 'unsupported-input', message: `${path}: not a .txt, .html, .htm or .jsonl file (optionally .gz)` } };
    return;
  }
  const opened = await openRegularFile(path);
  if ('error' in opened) {
    yield { id: path, origin: path, error: opened.error };
    return;
  }
  if (kind === 'jsonl') {
    try {
      yield* readJsonLines(opened.stream, path);
    } finally {
      await opened.close();
    }
    return;
  }
  let read;
  try {
    read = await readCapped(opened.stream, MAX_DOCUMENT_BYTES);
  } catch (err) {
    yield { id: path, origin: path, error: { code: 'unreadable', message: `${path}: ${reasonOf(err)}` } };
    return;
  } finally {
    await opened.close();
  }
  if ('tooLarge' in read) {
    yield { id: path, origin: path, error: { code: 'too-large', message: `${path}: larger than ${MAX_DOCUMENT_BYTES / 2 ** 20} MiB` } };
    return;
  }
  const decoded = decodeBytes(read.data, path);
  if ('error' in decoded) {
    yield { id: path, origin: path, error: decoded.error };
    return;
  }
  const issues = decoded.issues.length ? { issues: decoded.issues } : {};
  yield kind === 'html' ? { id: path, origin: path, html: decoded.text, ...issues } : { id: path, origin: path, text: decoded.text, ...issues };
}

/** A JSON line holds one document and its JSON escapes: it may be somewhat larger than the document. */
export const MAX_LINE_BYTES = MAX_DOCUMENT_BYTES + 2 ** 20;

async function* readJsonLines(stream: Readable, origin: string): AsyncGenerator<RawDocument> {
  const name = origin === '-' ? 'stdin' : basename(origin);
  let n = 0;
  try {
    for await (const item of byteLines(stream, MAX_LINE_BYTES)) {
      n = item.n;
      const where = `${origin}:${n}`;
      if ('tooLong' in item) {
        yield { id: `${name}:${n}`, origin: where, error: { code: 'too-large', message: `${where}: the line is longer than ${MAX_LINE_BYTES / 2 ** 20} MiB; skipped` } };
        continue;
      }
      const { text, issues } = decodeLine(item.bytes, where);
      if (!text.trim()) continue;
      yield parseRecordLine(text, where, `${name}:${n}`, issues);
    }
  } catch (err) {
    yield { id: `${name}:${n + 1}`, origin: `${origin}:${n + 1}`, error: { code: 'unreadable', message: `${origin}: ${reasonOf(err)}` } };
  }
}
