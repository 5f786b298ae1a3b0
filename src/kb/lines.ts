// Reading the knowledge base's line formats: comments, columns, dates. Shared by every parser.
import { readFileSync } from 'node:fs';
import type { Issue } from '../types.js';
import type { DateRange, Source } from './types.js';

export interface Line extends Source {
  /** The line without its comment and trailing blanks; leading blanks are kept. */
  readonly text: string;
  /** The comment after `#`, trimmed, or null. */
  readonly comment: string | null;
}

/** Non-blank, non-comment lines of a file. `#` starts a comment anywhere on the line. */
export function readLines(path: string, file: string): Line[] {
  const out: Line[] = [];
  const raw = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < raw.length; i++) {
    const full = raw[i] ?? '';
    const hash = full.indexOf('#');
    const text = (hash < 0 ? full : full.slice(0, hash)).trimEnd();
    if (text === '') continue;
    const comment = hash < 0 ? null : full.slice(hash + 1).trim() || null;
    out.push({ text, comment, file, line: i + 1 });
  }
  return out;
}

/** Columns are separated by a tab or by two or more spaces, so files can be aligned by hand. */
export function columns(text: string): string[] {
  return text.trim().split(/\t+| {2,}/);
}

/** A `;`-separated list; `-` or empty is the empty list. */
export function list(cell: string | undefined, separator = ';'): string[] {
  if (cell === undefined || cell.trim() === '-' || cell.trim() === '') return [];
  return cell.split(separator).map((s) => s.trim()).filter((s) => s !== '');
}

export function issue(code: string, message: string, at: Source): Issue {
  return { code, message, file: at.file, line: at.line };
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A full day from YYYY, YYYY-MM or YYYY-MM-DD. A partial date is widened outwards: as a start it
 * is the first day of its year or month, as an end the last day. Null when malformed.
 */
export function parseDay(text: string, asEnd: boolean): string | null {
  const key = asEnd ? `${text}>` : text;
  const cached = dayCache.get(key);
  if (cached !== undefined) return cached;
  const day = computeDay(text, asEnd);
  dayCache.set(key, day);
  return day;
}

/** The same few thousand dates recur across files and loads. */
const dayCache = new Map<string, string | null>();

function computeDay(text: string, asEnd: boolean): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (asEnd ? 12 : 1) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  const day = m[3] === undefined ? (asEnd ? last : 1) : Number(m[3]);
  if (day < 1 || day > last) return null;
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `-` (always), `FROM..`, `..TO` or `FROM..TO`; null when malformed or reversed. */
export function parseRange(text: string): DateRange | null {
  if (text === '-') return { from: null, to: null };
  const dots = text.indexOf('..');
  if (dots < 0) return null;
  const a = text.slice(0, dots);
  const b = text.slice(dots + 2);
  const from = a === '' ? null : parseDay(a, false);
  const to = b === '' ? null : parseDay(b, true);
  if ((a !== '' && from === null) || (b !== '' && to === null)) return null;
  if (from !== null && to !== null && from > to) return null;
  return { from, to };
}

/** True when the ranges share more than a boundary day (a handover day is not an overlap). */
export function overlaps(a: DateRange, b: DateRange): boolean {
  const aFrom = a.from ?? '0000-00-00';
  const aTo = a.to ?? '9999-99-99';
  const bFrom = b.from ?? '0000-00-00';
  const bTo = b.to ?? '9999-99-99';
  return aFrom < bTo && bFrom < aTo;
}

/** True when `day` (YYYY-MM-DD) lies in the inclusive range. */
export function within(range: DateRange, day: string): boolean {
  return (range.from === null || range.from <= day) && (range.to === null || day <= range.to);
}
