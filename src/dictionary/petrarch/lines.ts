// Reading PETRARCH/TABARI dictionary files: comments out, one record per non-empty line.
//
// `#` starts a comment except inside a bracketed code (`[###]` is a code), and `<!-- ... -->` (also
// the sloppy `<! -- ... -->`) is a comment that may run over several lines.
import type { DictionaryRef, Issue } from '../../types.js';

export interface DictLine {
  /** The line without its comment, trimmed. */
  readonly text: string;
  /** The raw line (for provenance). */
  readonly raw: string;
  readonly line: number;
  /** True when the raw line starts with white space (TABARI code-continuation lines). */
  readonly indented: boolean;
}

/**
 * Longer lines are no dictionary entry (PETRARCH's longest are a few hundred characters). The cap,
 * with runs of white space read as one space, keeps every pattern the readers match a line against
 * cheap: no line can make them backtrack for long.
 */
export const MAX_LINE_CHARS = 2000;

/** The records of a dictionary file; lines that cannot be records (too long, an unclosed comment) become issues. */
export function dictionaryLines(content: string, file: string, issues: Issue[]): DictLine[] {
  const out: DictLine[] = [];
  let commentFrom = 0;
  const raws = content.split(/\r?\n/);
  raws.forEach((raw, i) => {
    if (raw.length > MAX_LINE_CHARS) {
      issues.push({ code: 'line-too-long', message: `a line of ${raw.length} characters (at most ${MAX_LINE_CHARS}); skipped`, file, line: i + 1 });
      // a comment may still close on it
      if (commentFrom && raw.includes('-->')) commentFrom = 0;
      return;
    }
    let text = raw;
    if (commentFrom) {
      const end = text.indexOf('-->');
      if (end < 0) return;
      commentFrom = 0;
      text = text.slice(end + 3);
    }
    while (text.includes('<!')) {
      const start = text.search(/<!\s*--/);
      if (start < 0) break;
      const end = text.indexOf('-->', start);
      if (end < 0) {
        commentFrom = i + 1;
        text = text.slice(0, start);
        break;
      }
      text = text.slice(0, start) + ' ' + text.slice(end + 3);
    }
    text = stripHashComment(text).replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, raw, line: i + 1, indented: raw.charCodeAt(0) <= 32 });
  });
  if (commentFrom) issues.push({ code: 'unclosed-comment', message: 'a <!-- comment is never closed: the rest of the file was read as a comment', file, line: commentFrom });
  if (!content.trim()) issues.push({ code: 'empty-dictionary', message: 'the dictionary file is empty', file, line: 0 });
  return out;
}

function stripHashComment(text: string): string {
  if (!text.includes('#')) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return text.slice(0, i);
  }
  return text;
}

export function refOf(file: string, line: DictLine): DictionaryRef {
  return { text: line.raw.trim(), file, line: line.line };
}

export function lineIssue(code: string, message: string, file: string, line: DictLine): Issue {
  return { code, message: `${message}: ${line.raw.trim()}`, file, line: line.line };
}

/** A dictionary phrase as upper-case words joined by single spaces ('' when it has none). */
export function phraseText(phrase: string): string {
  return phrase
    .toUpperCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** Words of a dictionary phrase: `_` and spaces both separate words; trailing `_` (no-stem marker) dropped. */
export function phraseWords(phrase: string): string[] {
  const words = phrase.toUpperCase().split(/[_\s]+/);
  return words[0] === '' || words[words.length - 1] === '' ? words.filter((w) => w.length > 0) : words;
}

/** PETRARCH dates: YYMMDD (two-digit years below 30 are 20xx) or YYYYMMDD -> YYYYMMDD as a number. */
export function parseDictDate(text: string): number | null {
  const digits = text.trim();
  const n = Number(digits);
  if (!Number.isInteger(n) || n < 0) return null;
  if (digits.length === 8) return n;
  if (digits.length === 6) return (n < 300000 ? 20000000 : 19000000) + n;
  return null;
}
