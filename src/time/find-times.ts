// Date expressions in the article, resolved against the reference date. chrono-node reads the
// expressions; two news conventions are added on top: a bare weekday ("on Thursday") points to the
// past week, since news reports what has happened, and bare years ("in 1950", "the 1950-53 war")
// are kept as year references that later mark background events. Without a reference date only
// expressions that name their year are dated: "on Tuesday" of an undated article is no day at all,
// least of all one near the machine's clock.
// the English build only: the full package parses a dozen locales at start-up
import * as chrono from 'chrono-node/en';
import { addDays, dayToDate } from '../input/dates.js';
import type { Sentence, TimeExpression } from '../types.js';

const parser = chrono.casual;
const YEAR = /\b(?:in|since|during|until|by|before|after|of|the|from)\s+((?:1[6-9]|20)\d{2})(?:s|\s*[-–]\s*(?:\d{2}|\d{4}))?\b/gi;
const FUTURE_WORDS = /\b(next|coming|upcoming|following)\b/i;
const TRIM = /^[\s,;:(]+|[\s,;:.)]+$/g;
// chrono reads about 100 KB/s, so it only sees sentences that could hold a date at all. Months are
// the names and abbreviations chrono knows, whole words: "mayor", "market", "Marco" or "decision"
// name no month (they sent a tenth of the sentences chrono read, which then found only the odd "now",
// or the verb "sat" as a Saturday, and only because such a word stood beside it).
const MAY_HOLD_DATE =
  /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|noon|midnight|morning|evening|night|decade|century)\b/i;

export function findTimes(text: string, sentences: readonly Sentence[], referenceDate: string | null): TimeExpression[] {
  const found: TimeExpression[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (MAY_HOLD_DATE.test(sentence)) found.push(...timesIn(sentence, s.start, referenceDate));
  }
  return found;
}

/**
 * Two far-apart instants an undated text is read against: an expression that comes out the same from
 * both names its own date ("March 3, 2011"); one that moves with them is relative ("yesterday").
 */
const PROBES = [dayToDate('2001-02-03'), dayToDate('2012-09-10')] as const;

const parse = (text: string, instant: Date) => parser.parse(text, { instant, timezone: 0 }, { forwardDate: false });

/** `first` is the text read against the first probe; only the second reading is new work (chrono is the cost here). */
function fixedDates(text: string, first: readonly chrono.ParsedResult[]): Set<string> {
  const key = (r: chrono.ParsedResult) => `${r.index}:${r.start.date().toISOString()}`;
  const same = new Set(parse(text, PROBES[1]).map(key));
  return new Set(first.filter((r) => same.has(key(r))).map((r) => String(r.index)));
}

function timesIn(text: string, offset: number, referenceDate: string | null): TimeExpression[] {
  const results = parse(text, referenceDate ? dayToDate(referenceDate) : PROBES[0]);
  const fixed = referenceDate || !results.length ? null : fixedDates(text, results);
  const found: TimeExpression[] = [];
  for (const r of results) {
    const c = r.start;
    const year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null || day === null) continue;
    let date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
    const movedBack = weekdayOnly && referenceDate !== null && date > referenceDate && !FUTURE_WORDS.test(r.text);
    if (movedBack) date = addDays(date, -7);
    const grain = r.end ? 'range' : c.isCertain('day') || weekdayOnly || /\b(yesterday|today|tonight)\b/i.test(r.text) ? 'day' : c.isCertain('month') ? 'month' : 'year';
    const anchored = fixed === null || fixed.has(String(r.index));
    const lead = r.text.length - r.text.replace(/^[\s,;:(]+/, '').length;
    const core = r.text.replace(TRIM, '');
    found.push({
      start: offset + r.index + lead,
      end: offset + r.index + lead + core.length,
      text: core,
      date: grain === 'day' && anchored ? date : null,
      grain,
      year: anchored && (c.isCertain('year') || grain !== 'year') ? year : null,
      provenance: { rule: movedBack ? 'time/chrono-weekday-past' : 'time/chrono', confidence: grain === 'day' ? 0.9 : 0.6 },
    });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const end = (m.index ?? 0) + m[0].length;
    if (found.some((t) => t.start < end && start < t.end)) continue;
    found.push({ start: offset + start, end: offset + end, text: text.slice(start, end), date: null, grain: 'year', year: Number(m[1]), provenance: { rule: 'time/bare-year', confidence: 0.8 } });
  }
  return found.sort((a, b) => a.start - b.start);
}
