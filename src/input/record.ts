// One JSON line of input (the contract's input record) to a RawDocument. Every problem is reported
// against its origin ("file.jsonl:12") so the user can find the line; a bad field never loses the
// rest of the record.
import type { CoderOptions, Issue, RawDocument } from '../types.js';
import { DATE_FORMS, normaliseDate } from './dates.js';

const OPTION_TYPES: Record<keyof CoderOptions, 'boolean' | 'number'> = {
  require_dyad: 'boolean',
  new_actor_length: 'number',
  comma_min: 'number',
  comma_max: 'number',
  comma_bmin: 'number',
  comma_bmax: 'number',
  comma_emin: 'number',
  comma_emax: 'number',
};

export function parseRecordLine(line: string, origin: string, fallbackId: string): RawDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { id: fallbackId, origin, error: { code: 'malformed-json', message: `${origin}: not a JSON object (${reason})` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: fallbackId, origin, error: { code: 'malformed-json', message: `${origin}: a JSON line must be an object` } };
  }
  return fromObject(value as Record<string, unknown>, origin, fallbackId);
}

function fromObject(o: Record<string, unknown>, origin: string, fallbackId: string): RawDocument {
  const issues: Issue[] = [];
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : fallbackId;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (text === undefined && html === undefined) {
    return { id, origin, error: { code: 'no-text', message: `${origin}: the record has neither "text" nor "html" as a string` } };
  }
  let date: string | undefined;
  if (o.date !== undefined && o.date !== null) {
    date = normaliseDate(String(o.date)) ?? undefined;
    if (!date) issues.push({ code: 'bad-date', message: `${origin}: "date" ${JSON.stringify(o.date)} is not a date (${DATE_FORMS}); ignored` });
  }
  const options = readOptions(o.options, origin, issues);
  return {
    id,
    origin,
    ...(text !== undefined ? { text } : {}),
    ...(html !== undefined ? { html } : {}),
    ...(typeof o.url === 'string' ? { url: o.url } : {}),
    ...(date ? { date } : {}),
    verbatim: o.verbatim === true,
    options,
    issues,
  };
}

function readOptions(raw: unknown, origin: string, issues: Issue[]): CoderOptions {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({ code: 'bad-options', message: `${origin}: "options" must be an object; ignored` });
    return {};
  }
  const options: Record<string, boolean | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    const want = OPTION_TYPES[key as keyof CoderOptions];
    if (!want) issues.push({ code: 'unknown-option', message: `${origin}: option "${key}" is not a coder option; ignored` });
    else if (typeof value !== want) issues.push({ code: 'bad-option', message: `${origin}: option "${key}" must be a ${want}; ignored` });
    else options[key] = value as boolean | number;
  }
  return options as CoderOptions;
}
