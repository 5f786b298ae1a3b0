// Reads the news gold set: the document list, each document's base text (built from ../shared at run
// time, never stored in the repository) and the annotators' event files. Problems in a line or a file
// come back as messages naming the file and the line; the rest is read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ScoredEvent } from './match.js';

export type Split = 'dev' | 'test';

export interface GoldDocument {
  readonly doc: string;
  /** YYYY-MM-DD, or null when the page gives none ("-"). */
  readonly date: string | null;
  readonly split: Split;
  /** Primary annotator first. */
  readonly annotators: readonly string[];
}

export interface GoldEvent extends ScoredEvent {
  readonly source: readonly string[];
  readonly historical: boolean;
  readonly date: string | null;
}

export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export const GOLD_DIR = 'gold/news';

/** The directory holding the shared data: the first `shared` folder with a `data` folder above `from`. */
export function findShared(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared');
    if (existsSync(join(candidate, 'data'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function parseDocuments(tsv: string, file: string): { documents: GoldDocument[]; problems: Problem[] } {
  const documents: GoldDocument[] = [];
  const problems: Problem[] = [];
  tsv.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const [doc, date, split, annotators, ...rest] = raw.split('\t');
    const bad = (message: string): void => void problems.push({ file, line: i + 1, message });
    if (!doc || !date || !annotators || rest.length) return bad('expected doc, date, split, annotators separated by tabs');
    if (split !== 'dev' && split !== 'test') return bad(`split '${split}' is neither dev nor test`);
    if (date !== '-' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return bad(`date '${date}' is neither YYYY-MM-DD nor -`);
    documents.push({ doc, date: date === '-' ? null : date, split, annotators: annotators.split(',') });
  });
  return { documents, problems };
}

/** A PolNeAR text without its title line and the newline after it. */
export const polnearBase = (file: string): string => file.slice(file.indexOf('\n') + 1);

export type TextSource = (doc: string) => string | null;

/** Base texts from the shared data: PolNeAR train texts and the extraction pages' article bodies. */
export function sharedTexts(shared: string): TextSource {
  let extraction: Record<string, { articleBody: string }> | null = null;
  return (doc) => {
    const colon = doc.indexOf(':');
    const kind = doc.slice(0, colon);
    const name = doc.slice(colon + 1);
    if (kind === 'polnear') {
      const path = join(shared, 'data/polnear/train/text', `${name}.txt`);
      return existsSync(path) ? polnearBase(readFileSync(path, 'utf8')) : null;
    }
    if (kind === 'extraction') {
      extraction ??= JSON.parse(readFileSync(join(shared, 'data/extraction/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
      return extraction[name]?.articleBody ?? null;
    }
    return null;
  };
}

export const slugOf = (doc: string): string => doc.replaceAll(':', '__');

const codeList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && /^[A-Z-]{3,}$/.test(c));

/** One annotator's events for a document; null when the file does not exist (not annotated). */
export function readGoldFile(path: string, textLength: number): { events: GoldEvent[]; problems: Problem[] } | null {
  if (!existsSync(path)) return null;
  const events: GoldEvent[] = [];
  const problems: Problem[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const bad = (message: string): void => void problems.push({ file: path, line: i + 1, message });
      let e: Record<string, unknown>;
      try {
        e = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return bad('not JSON');
      }
      const { start, end, code, source, target, historical, date } = e;
      if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start < end && end <= textLength)) return bad('start/end are not a span of the base text');
      if (typeof code !== 'string' || !/^\d{3,4}$/.test(code)) return bad(`code '${String(code)}' is not a CAMEO event code`);
      if (!codeList(source)) return bad('source is not a non-empty list of actor codes');
      if (target !== null && !codeList(target)) return bad('target is neither null nor a non-empty list of actor codes');
      if (typeof historical !== 'boolean') return bad('historical is not a boolean');
      if (date !== null && !(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))) return bad('date is neither null nor YYYY-MM-DD');
      events.push({ start, end, code, source, target, historical, date });
    });
  return { events, problems };
}

export const goldPath = (root: string, annotator: string, doc: string): string => join(root, GOLD_DIR, annotator, `${slugOf(doc)}.jsonl`);
