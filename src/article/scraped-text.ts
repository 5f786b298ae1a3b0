// Scraped article text to a clean Article: junk lines out, captions aside, the headline, byline and
// dateline read off the top, the body left with one paragraph per block.
import type { Article, Dateline, Removal } from '../types.js';
import { matchByline } from './byline.js';
import { visibleDate } from '../html/visible-dates.js';
import { matchDateline } from './dateline.js';
import { CAPTION_LINES, CREDIT_TAIL, JUNK_LINES, TRAILING_NAVIGATION } from './line-rules.js';

interface Line {
  readonly text: string;
  /** Index of the blank-line separated block the line stands in. */
  readonly block: number;
}

/** Headlines are short and carry no sentence-final full stop. */
const MAX_TITLE_WORDS = 30;
/** Captions printed twice stand by the lead image, within the first lines. */
const CAPTION_WINDOW = 10;
/** How many lines below the headline a byline may stand (captions often sit between). */
const BYLINE_WINDOW = 4;

export function cleanScrapedText(raw: string, referenceDate: string | null): Article {
  const removed: Removal[] = [];
  const captions: string[] = [];
  const addCaption = (text: string) => {
    const t = text.trim();
    if (t && !captions.some((c) => c === t)) captions.push(t);
  };

  let lines = splitLines(raw).filter((line) => {
    const junk = JUNK_LINES.find((r) => r.pattern.test(line.text));
    if (junk) removed.push({ text: line.text, rule: junk.id, kind: 'junk' });
    const caption = !junk && CAPTION_LINES.find((r) => r.pattern.test(line.text));
    if (caption) {
      removed.push({ text: line.text, rule: caption.id, kind: 'caption' });
      addCaption(line.text);
    }
    return !junk && !caption;
  });

  lines = lines.filter((line) => {
    const credit = CREDIT_TAIL.pattern.exec(line.text);
    if (!credit || credit.index === 0) return true;
    removed.push({ text: line.text, rule: CREDIT_TAIL.id, kind: 'caption' });
    addCaption(line.text.slice(0, credit.index));
    return false;
  });

  lines = lines.filter((line, i) => {
    const [before, previous, next, after] = [lines[i - 2], lines[i - 1], lines[i + 1], lines[i + 2]];
    // a line printed twice in a row near the top is a caption (image alt text, then its caption);
    // only a pair counts: three alike in a row are the text's own
    if (i >= CAPTION_WINDOW || before?.text === line.text || after?.text === line.text) return true;
    if (previous?.text === line.text) return false;
    if (next?.text === line.text) {
      removed.push({ text: line.text, rule: 'caption/printed-twice', kind: 'caption' });
      addCaption(line.text);
      return false;
    }
    return true;
  });

  lines = dropTrailingNavigation(lines, removed);
  const top = lines.map((l) => l.text);

  let title: string | null = null;
  const [head, second] = lines;
  if (head && second && isHeadline(head.text) && !(head.block === second.block && isWrapped(head.text, second.text))) {
    title = head.text;
    removed.push({ text: title, rule: 'title/first-line', kind: 'title' });
    lines = lines.slice(1);
  }

  let byline: ReturnType<typeof matchByline> = null;
  const bylineAt = lines.slice(0, BYLINE_WINDOW).findIndex((l) => (byline = matchByline(l.text)) !== null);
  if (bylineAt >= 0) {
    removed.push({ text: lines[bylineAt]!.text, rule: 'byline/by-line', kind: 'byline' });
    lines = lines.filter((_, i) => i !== bylineAt);
  }

  const paragraphs = joinBlocks(lines);
  let dateline: Dateline | null = null;
  const first = paragraphs[0];
  const match = first === undefined ? null : matchDateline(first, referenceDate);
  if (match && first !== undefined) {
    dateline = match.dateline;
    removed.push({ text: match.dateline.raw, rule: 'dateline/opening', kind: 'dateline' });
    paragraphs[0] = first.slice(match.length);
  }

  const found = byline as ReturnType<typeof matchByline>;
  return {
    title,
    byline: found?.byline ?? null,
    authors: found?.authors ?? [],
    // "Published 7:07 PM EST Nov 19, 2019" or a bare date line under the headline
    published: visibleDate(top),
    dateline,
    text: paragraphs.filter((p) => p.trim()).join('\n\n'),
    captions,
    removed,
  };
}

/**
 * A run of spaces, tabs and no-break spaces, read as one space. A lone space is left out of the
 * match: it is already what it would become, and a line without any other run is then not copied.
 */
const SPACE_RUN = /[\u00a0\t ]{2,}|[\u00a0\t]/g;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const rawLine of raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const text = rawLine.replace(SPACE_RUN, ' ').trim();
    if (!text) {
      block += 1;
      continue;
    }
    lines.push({ text, block });
  }
  return lines;
}

function isHeadline(text: string): boolean {
  const words = text.split(' ').length;
  return words <= MAX_TITLE_WORDS && !/[.:;,]["”’)]?$/.test(text) && !matchByline(text) && !matchDateline(text, null);
}

function dropTrailingNavigation(lines: Line[], removed: Removal[]): Line[] {
  const at = lines.findIndex((line, i) => i >= lines.length * 0.5 && TRAILING_NAVIGATION.some((r) => r.pattern.test(line.text)));
  if (at < 0) return lines;
  const rule = TRAILING_NAVIGATION.find((r) => r.pattern.test(lines[at]!.text))!;
  for (const line of lines.slice(at)) removed.push({ text: line.text, rule: rule.id, kind: 'junk' });
  return lines.slice(0, at);
}

/**
 * Lines to paragraphs. Scrapers write one paragraph per line; hard-wrapped text (e-mail, wire
 * archives) breaks paragraphs into lines that end mid-sentence, and those are joined back.
 */
function joinBlocks(lines: readonly Line[]): string[] {
  const paragraphs: string[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const continues = previous !== null && previous.block === line.block && isWrapped(previous.text, line.text);
    if (continues) paragraphs[paragraphs.length - 1] += ` ${line.text}`;
    else paragraphs.push(line.text);
    previous = line;
  }
  return paragraphs;
}

/** A line that stops mid-sentence and is followed by one that starts in lower case was wrapped. */
function isWrapped(line: string, next: string): boolean {
  return !/[.!?:"”’)\]]$/.test(line) && /^[a-z(,;]/.test(next);
}
