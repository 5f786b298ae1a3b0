// PETRARCH/TABARI actor dictionaries.
//
//   GONDOR [GON]                 a phrase and its code
//   +MINAS_TIRITH                a synonym of the block's phrase
//   GOLLUM                       a phrase whose codes follow on their own lines
//   	[HOB < 950601]            valid before a date (YYMMDD or YYYYMMDD)
//   	[HOBGOV 19950601 - 19990815]   valid within a range
//   	[HOBREB > 990816]         valid after a date
//   THE_SHIRE [FRO/BIL/SAM]      several actors at once
import type { Issue } from '../../types.js';
import type { DatedCode } from '../model.js';
import { type DictLine, dictionaryLines, lineIssue, parseDictDate, phraseText } from './lines.js';

interface Block {
  phrases: { phrase: string; line: DictLine }[];
  codes: DatedCode[];
  first: DictLine;
}

export interface ActorBlock {
  readonly name: string;
  /** Dated codes first, in file order, then the undated ones. */
  readonly codes: readonly DatedCode[];
}

export interface ActorPhrase {
  /** Upper-case words joined by single spaces. */
  readonly phrase: string;
  readonly block: number;
  readonly line: number;
}

export interface ActorFile {
  readonly blocks: ActorBlock[];
  readonly phrases: ActorPhrase[];
  readonly issues: Issue[];
}

const BRACKETS = /\[([^\]]*)\]/g;
const CODE = /^([A-Za-z0-9+#~\-/]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$/;

export function parseActorCodes(inside: string): DatedCode[] | null {
  const m = CODE.exec(inside.trim());
  if (!m) return null;
  const [, codes, op, date, from, to] = m;
  let lo: number | null = null;
  let hi: number | null = null;
  if (op && date) {
    const d = parseDictDate(date);
    if (d === null) return null;
    if (op === '<') hi = d - 1;
    else lo = d + 1;
  } else if (from && to) {
    lo = parseDictDate(from);
    hi = parseDictDate(to);
    if (lo === null || hi === null) return null;
  }
  const out: DatedCode[] = [];
  for (const code of codes!.toUpperCase().split('/')) if (code) out.push({ code, from: lo, to: hi });
  return out;
}

function count(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** Reads one actor file; malformed lines become issues and are skipped. */
export function readActors(content: string, file: string): ActorFile {
  const blocks: ActorBlock[] = [];
  const phrases: ActorPhrase[] = [];
  const issues: Issue[] = [];
  let block: Block | null = null;

  const close = () => {
    if (!block) return;
    if (block.codes.length === 0) {
      issues.push(lineIssue('actor-no-code', 'actor phrase without a code', file, block.first));
    } else {
      // unrestricted codes are the fallback; restricted ones are tried first, in file order
      const codes = [...block.codes.filter((c) => c.from !== null || c.to !== null), ...block.codes.filter((c) => c.from === null && c.to === null)];
      const id = blocks.length;
      blocks.push({ name: block.phrases[0]!.phrase, codes });
      for (const p of block.phrases) phrases.push({ phrase: p.phrase, block: id, line: p.line.line });
    }
    block = null;
  };

  for (const line of dictionaryLines(content, file, issues)) {
    const text = line.text;
    const hasBrackets = text.includes('[') || text.includes(']');
    if (hasBrackets && count(text, '[') !== count(text, ']')) {
      issues.push(lineIssue('malformed-line', 'unbalanced brackets', file, line));
      continue;
    }
    const phrase = hasBrackets ? text.replace(BRACKETS, ' ').trim() : text;
    const codes: DatedCode[] = [];
    let bad = false;
    if (hasBrackets) {
      for (const m of text.matchAll(BRACKETS)) {
        const parsed = parseActorCodes(m[1]!);
        if (parsed) codes.push(...parsed);
        else bad = true;
      }
    }
    if (bad) {
      issues.push(lineIssue('malformed-code', 'unreadable actor code', file, line));
      if (!phrase) continue;
    }
    if (!phrase) {
      if (!block) issues.push(lineIssue('malformed-line', 'code line outside an actor block', file, line));
      else block.codes.push(...codes);
      continue;
    }
    if (phrase.startsWith('+')) {
      const words = phraseText(phrase.slice(1));
      if (!block || !words) {
        issues.push(lineIssue('malformed-line', 'synonym outside an actor block', file, line));
        continue;
      }
      block.phrases.push({ phrase: words, line });
      block.codes.push(...codes);
      continue;
    }
    close();
    const words = phraseText(phrase);
    if (!words) {
      issues.push(lineIssue('malformed-line', 'empty actor phrase', file, line));
      continue;
    }
    block = { phrases: [{ phrase: words, line }], codes, first: line };
  }
  close();
  return { blocks, phrases, issues };
}
