// Publication dates that a page shows in words rather than in its metadata: "Published 7:07 PM EST
// Nov 19, 2019", "Posted: 19 November 2019", "Updated Nov. 20, 2019" in a line of its own near the
// top, or a short line that is only a date. A date inside a sentence ("On Nov. 19, 2019, the council
// voted") is when something happened, not when the page was published, and is not read.
import { parseDate } from './dates.js';

/** How many lines from the top a page's date line may stand. */
const FIRST_LINES = 8;
/** A dateline-like line is short: a date, a time, a zone and a label. */
const MAX_LINE_WORDS = 12;
const PUBLISHED = /^(?:(?:first\s+)?published|posted|released|date|publication date)\b(?:\s+on)?\s*:?/i;
const UPDATED = /^(?:(?:last\s+)?updated|modified|last modified)\b(?:\s+on)?\s*:?/i;
/** Words a date line may hold: months, weekdays, numbers, times and separators; and zones ("EST"). */
const DATE_LINE_WORD = /^(?:\d{1,2}:\d\d(?:[ap]m)?|[ap]\.?m\.?|at|on|\||[-–—•·]|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?)[,.]?$/i;
const ZONE = /^[A-Z]{2,4}[,.]?$/;
/**
 * White space that is not already one plain space: read as one. The top lines are whole paragraphs
 * of the body: a lone space left out of the match leaves most of them uncopied.
 */
const SPACING = /\s{2,}|[^\S ]/g;

/** The words of a line whose spacing is single spaces, counted without splitting it. */
function wordsIn(line: string): number {
  let n = 1;
  for (let at = line.indexOf(' '); at >= 0; at = line.indexOf(' ', at + 1)) n++;
  return n;
}

/**
 * The publication date shown in the first lines of `lines`: a "Published"/"Posted" line first, else
 * an "Updated" line, else a short line that is only a date. Null when none holds a full date.
 */
export function visibleDate(lines: readonly string[]): string | null {
  const top = lines
    .slice(0, FIRST_LINES)
    .map((l) => l.replace(SPACING, ' ').trim())
    .filter((l) => l && wordsIn(l) <= MAX_LINE_WORDS);
  const labelled = (label: RegExp) =>
    top
      .filter((l) => label.test(l))
      .map((l) => parseDate(l.replace(label, '')))
      .find((d) => d !== null) ?? null;
  return labelled(PUBLISHED) ?? labelled(UPDATED) ?? top.map(bareDate).find((d) => d !== null) ?? null;
}

/** A line that is a date and nothing else of substance: "Nov. 19, 2019 7:07 PM EST", "19 November 2019". */
function bareDate(line: string): string | null {
  const date = parseDate(line);
  if (!date) return null;
  // no verb or clause around it: every word is a date, time or zone word
  const words = line.split(' ');
  return words.length <= 8 && words.every((w) => DATE_LINE_WORD.test(w) || ZONE.test(w)) ? date : null;
}
