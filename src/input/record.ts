// One JSON line of input (the contract's input record) to a RawDocument. Every problem is reported
// against its origin ("file.jsonl:12") so the user can find the line; a bad field never loses the
// rest of the record.
import type { CoderOptions, Issue, RawDocument } from '../types.js';
import { dateProblem, normaliseDate } from './dates.js';
import { binaryError, binaryText } from './decode.js';

/** Each option's type and, for numbers, the whole numbers it may take (word counts in a sentence). */
const OPTION_TYPES: Record<keyof CoderOptions, 'boolean' | readonly [number, number]> = {
  require_dyad: 'boolean',
  new_actor_length: [0, 1000],
  comma_min: [0, 1000],
  comma_max: [0, 1000],
  comma_bmin: [0, 1000],
  comma_bmax: [0, 1000],
  comma_emin: [0, 1000],
  comma_emax: [0, 1000],
};

/** One JSON line to a RawDocument; `issues` are what reading the line found already (its decoding). */
export function parseRecordLine(line: string, origin: string, fallbackId: string, issues: readonly Issue[] = []): RawDocument {
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
  return fromObject(value as Record<string, unknown>, origin, fallbackId, [...issues]);
}

function fromObject(o: Record<string, unknown>, origin: string, fallbackId: string, issues: Issue[]): RawDocument {
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : fallbackId;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (text === undefined && html === undefined) {
    return { id, origin, error: { code: 'no-text', message: `${origin}: the record has neither "text" nor "html" as a string` } };
  }
  // a refused record keeps its url: the store files its error under it
  const url = typeof o.url === 'string' ? { url: o.url } : {};
  // (an empty "text" is the article stage's to refuse; an empty page would be refused without its origin)
  if (text === undefined && !html!.trim()) return { id, origin, ...url, error: { code: 'empty', message: `${origin}: "html" is empty` } };
  // the same check a file gets: a JSON string can carry any bytes as \u escapes
  if (binaryText(text ?? html!)) return { id, origin, ...url, error: binaryError(origin) };
  let date: string | undefined;
  if (o.date !== undefined && o.date !== null) {
    const raw = String(o.date);
    date = normaliseDate(raw) ?? undefined;
    if (!date) issues.push({ code: 'bad-date', message: `${origin}: "date" ${JSON.stringify(o.date).slice(0, 40)} ${dateProblem(raw)}; ignored` });
  }
  const options = readOptions(o.options, origin, issues);
  return {
    id,
    origin,
    ...(text !== undefined ? { text } : {}),
    ...(html !== undefined ? { html } : {}),
    ...url,
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
    const want = Object.hasOwn(OPTION_TYPES, key) ? OPTION_TYPES[key as keyof CoderOptions] : undefined;
    const name = JSON.stringify(key).slice(0, 40);
    if (!want) issues.push({ code: 'unknown-option', message: `${origin}: option ${name} is not a coder option; ignored` });
    else if (want === 'boolean' && typeof value !== 'boolean') issues.push({ code: 'bad-option', message: `${origin}: option ${name} must be true or false; ignored` });
    else if (want !== 'boolean' && !(Number.isInteger(value) && (value as number) >= want[0] && (value as number) <= want[1])) {
      issues.push({ code: 'bad-option', message: `${origin}: option ${name} must be a whole number from ${want[0]} to ${want[1]}; ignored` });
    } else options[key] = value as boolean | number;
  }
  return options as CoderOptions;
}
