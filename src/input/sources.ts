// What the command line names (files, directories, "-") to a stream of raw documents, in input order.
// Directories are walked recursively in sorted order so that a run is reproducible; every problem
// becomes an error record for that input and the stream goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { RawDocument } from '../types.js';
import { dateFromName } from './dates.js';
import { decodeBytes } from './decode.js';
import { parseRecordLine } from './record.js';
import { openStdin, stdinDocument, type StdinFormat } from './stdin.js';

/** Documents larger than this are refused rather than analysed for minutes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

type Kind = 'text' | 'html' | 'jsonl';
const KINDS: Record<string, Kind> = { '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** The kind of a file from its name; `.gz` is looked through. */
export function kindOf(path: string): Kind | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : KINDS[name.slice(dot)] ?? null;
}

export interface SourceOptions {
  /** The reference date for documents that carry none (--date). */
  readonly date?: string;
  /** Take the reference date of a document that carries none from its file's name (--date-from-filename). */
  readonly dateFromFilename?: boolean;
  readonly stdin?: Readable;
  /** What standard input holds; guessed from its first character when not given. */
  readonly stdinFormat?: StdinFormat;
  /** Told about files a directory walk passes over. */
  readonly onSkip?: (path: string, reason: string) => void;
}

export async function* readSources(inputs: readonly string[], options: SourceOptions = {}): AsyncGenerator<RawDocument> {
  for (const input of inputs) {
    for await (const doc of readInput(input, options)) yield withReferenceDate(doc, options);
  }
}

/** The record's own date, else its file name's (when asked), else --date. */
function withReferenceDate(doc: RawDocument, options: SourceOptions): RawDocument {
  if (doc.date) return doc;
  const date = (options.dateFromFilename ? dateFromName(basename(doc.origin.replace(/:\d+$/, ''))) : null) ?? options.date;
  return date ? { ...doc, date } : doc;
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
  } catch {
    yield { id: input, origin: input, error: { code: 'not-found', message: `${input}: no such file or directory` } };
    return;
  }
  if (info.isDirectory()) {
    for (const file of await walk(input, options)) yield* readFileInput(file);
    return;
  }
  yield* readFileInput(input);
}

export async function walk(dir: string, options: SourceOptions = {}): Promise<string[]> {
  const files: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, options)));
    else if (kindOf(path)) files.push(path);
    else options.onSkip?.(path, 'not a .txt, .html, .htm or .jsonl file (optionally .gz)');
  }
  return files;
}

async function* readFileInput(path: string): AsyncGenerator<RawDocument> {
  const kind = kindOf(path);
  if (!kind) {
    yield { id: path, origin: path, error: { code: 'unsupported-input', message: `${path}: not a .txt, .html, .htm or .jsonl file (optionally .gz)` } };
    return;
  }
  if (kind === 'jsonl') {
    const stream = createReadStream(path);
    yield* readJsonLines(path.toLowerCase().endsWith('.gz') ? stream.pipe(createGunzip()) : stream, path);
    return;
  }
  const bytes = await readBytes(path);
  if ('error' in bytes) {
    yield { id: path, origin: path, error: bytes.error };
    return;
  }
  const decoded = decodeBytes(bytes.data, path);
  if ('error' in decoded) {
    yield { id: path, origin: path, error: decoded.error };
    return;
  }
  yield kind === 'html' ? { id: path, origin: path, html: decoded.text } : { id: path, origin: path, text: decoded.text };
}

async function readBytes(path: string): Promise<{ data: Uint8Array } | { error: { code: string; message: string } }> {
  try {
    let data: Uint8Array = await readFile(path);
    if (path.toLowerCase().endsWith('.gz')) data = gunzipSync(data, { maxOutputLength: MAX_DOCUMENT_BYTES + 1 });
    if (data.length > MAX_DOCUMENT_BYTES) {
      return { error: { code: 'too-large', message: `${path}: larger than ${MAX_DOCUMENT_BYTES / 2 ** 20} MiB` } };
    }
    return { data };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { error: { code: 'unreadable', message: `${path}: ${reason}` } };
  }
}

async function* readJsonLines(stream: Readable, origin: string): AsyncGenerator<RawDocument> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  const name = origin === '-' ? 'stdin' : basename(origin);
  try {
    for await (const raw of lines) {
      n += 1;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      yield parseRecordLine(line, `${origin}:${n}`, `${name}:${n}`);
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    yield { id: `${name}:${n + 1}`, origin: `${origin}:${n + 1}`, error: { code: 'unreadable', message: `${origin}: ${reason}` } };
  }
}
