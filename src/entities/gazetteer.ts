// Known names found in the text. Names are indexed by their first run of letters or digits; at each
// token the names that start with the token's first run are tried longest first against the text
// itself, character by character. Matching on characters rather than tokens keeps names whole
// whatever the tokenizer does with them ("Moon Jae-in", "U.S."), and a match must end on a token end.
//
// Case: every capital letter of the name must be a capital in the text, so "US" never matches the
// pronoun "us"; text in capitals (headlines, datelines) satisfies that for any name.
import type { Token } from '../types.js';

export interface Named {
  readonly text: string;
}

export interface GazetteerMatch<T extends Named> {
  readonly start: number;
  readonly end: number;
  /** Every entry written this way (a name can stand for several actors over time). */
  readonly entries: readonly T[];
}

interface Spelling<T> {
  /** The name as it must stand in the text, folded (lower case, plain apostrophes and dashes). */
  readonly folded: string;
  /** The name as written, without a leading article, for the case check. */
  readonly written: string;
  readonly entries: T[];
  /** Every spelling that folds the same ("Un", "UN"), this one among them, in the order first met. */
  readonly variants: Spelling<T>[];
}

/** A run of letters or digits: what a name is indexed by, its first. */
const FIRST_RUN = /[\p{L}\p{N}]+/u;

/**
 * A first run shared by more names than this ("john", "new", "national": thousands) has its names
 * split further, on first use, by the NEXT characters after the run: at each "John" in the text only
 * the names that go on as the text does are compared with it.
 */
const SPLIT_ABOVE = 16;
const NEXT = 4;

/**
 * The names that start with one first run: their entries' indexes until first asked for, then their
 * spellings, longest first, and (for a long list) that list split by what follows the run.
 */
interface Bucket<T> {
  indexes: number[] | null;
  spellings: Spelling<T>[] | null;
  split: Split<T> | null;
}

interface Split<T> {
  /** The NEXT folded characters after the run -> the spellings that go on so, longest first. */
  readonly byNext: Map<string, Spelling<T>[]>;
  /** Spellings too short to have NEXT characters after the run, longest first. */
  readonly short: Spelling<T>[];
}

export class Gazetteer<T extends Named> {
  private readonly entries: readonly T[];
  /** First run of a name -> its bucket. */
  private readonly byFirstRun = new Map<string, Bucket<T>>();

  constructor(entries: Iterable<T>) {
    // 60,000 names are indexed at start-up, and a document meets a few hundred first runs: here each
    // name only gets its first run; the spellings under a run are made when a text first holds it
    this.entries = Array.isArray(entries) ? (entries as readonly T[]) : [...entries];
    for (let i = 0; i < this.entries.length; i++) {
      const run = firstRunOf(written(this.entries[i]!.text));
      if (run === null) continue;
      const bucket = this.byFirstRun.get(run);
      if (bucket) bucket.indexes!.push(i);
      else this.byFirstRun.set(run, { indexes: [i], spellings: null, split: null });
    }
  }

  /** The bucket of names whose first run is `run`, its spellings made. */
  private bucket(run: string): (Bucket<T> & { spellings: Spelling<T>[] }) | null {
    const bucket = this.byFirstRun.get(run);
    if (!bucket) return null;
    if (bucket.spellings === null) {
      bucket.spellings = spellingsOf(bucket.indexes!.map((i) => this.entries[i]!));
      bucket.indexes = null;
    }
    return bucket as Bucket<T> & { spellings: Spelling<T>[] };
  }

  /** Longest matches, left to right, never overlapping, each starting and ending on token edges. */
  match(text: string, tokens: readonly Token[]): GazetteerMatch<T>[] {
    const found: GazetteerMatch<T>[] = [];
    let after = 0;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.start < after) continue;
      // most tokens are one run of letters: their lower-cased form is the key as it stands
      let run = token.normal;
      let bucket = this.bucket(run);
      if (!bucket) {
        const leading = leadingRun(token.normal);
        if (leading === null || leading === token.normal) continue;
        bucket = this.bucket((run = leading));
        if (!bucket) continue;
      }
      const best = bucketAt(text, tokens, k, bucket, run.length);
      if (best) {
        found.push(best);
        after = best.end;
      }
    }
    return found;
  }
}

/**
 * "the Kremlin" is found as "Kremlin": a leading article would hide longer names that start after it
 * ("the West Bank" is not "the West"). A capital "The" is part of the name ("The Australian" is a
 * newspaper, "Australian" an adjective) and stays.
 */
const written = (text: string): string => (text.startsWith('the') ? text.replace(/^the\s+/, '') : text);

/** leadingRun(fold(name)) without folding the whole name: ASCII folds letter for letter, so its run is the run of the name, lower-cased. */
function firstRunOf(name: string): string | null {
  if (!isAscii(name)) return leadingRun(fold(name));
  const run = leadingRun(name);
  return run === null ? null : run.toLowerCase();
}

/** The spellings of entries that share a first run, longest first; entries spelt alike share one. */
function spellingsOf<T extends Named>(entries: readonly T[]): Spelling<T>[] {
  const byFolded = new Map<string, Spelling<T>[]>();
  const list: Spelling<T>[] = [];
  for (const entry of entries) {
    const w = written(entry.text);
    const folded = fold(w);
    let variants = byFolded.get(folded);
    const known = variants?.find((v) => v.written === w);
    if (known) known.entries.push(entry);
    else {
      if (!variants) byFolded.set(folded, (variants = []));
      const spelling = { folded, written: w, entries: [entry], variants };
      variants.push(spelling);
      list.push(spelling);
    }
  }
  return list.sort((a, b) => b.folded.length - a.folded.length);
}

/**
 * The run of letters or digits the word starts with, or null when it starts with neither. ASCII words
 * (nearly all) are read here without a regular expression, which costs an allocation per token.
 */
function leadingRun(word: string): string | null {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) continue;
    if (c < 128) return i === 0 ? null : word.slice(0, i);
    const run = FIRST_RUN.exec(word);
    return run && run.index === 0 ? run[0] : null;
  }
  return word.length ? word : null;
}

/**
 * The longest spelling of the bucket at the k-th token. Every spelling that can match there and is
 * long enough to be split goes on after the run as the text does, and is longer than every short one:
 * the split list, then the short one, give the match the whole list gives.
 */
function bucketAt<T extends Named>(text: string, tokens: readonly Token[], k: number, bucket: Bucket<T> & { spellings: Spelling<T>[] }, run: number): GazetteerMatch<T> | null {
  if (bucket.spellings.length <= SPLIT_ABOVE) return longestAt(text, tokens, k, bucket.spellings);
  const split = (bucket.split ??= splitBucket(bucket.spellings, run));
  const next = foldedAt(text, tokens[k]!.start + run);
  const long = next === null ? undefined : split.byNext.get(next);
  return (long && longestAt(text, tokens, k, long)) ?? longestAt(text, tokens, k, split.short);
}

function splitBucket<T>(spellings: readonly Spelling<T>[], run: number): Split<T> {
  const byNext = new Map<string, Spelling<T>[]>();
  const short: Spelling<T>[] = [];
  for (const s of spellings) {
    if (s.folded.length < run + NEXT) {
      short.push(s);
      continue;
    }
    const next = s.folded.slice(run, run + NEXT);
    const list = byNext.get(next);
    if (list) list.push(s);
    else byNext.set(next, [s]);
  }
  return { byNext, short };
}

/** The NEXT characters of the text from `at`, folded as sameFolded folds them; null past the end. */
function foldedAt(text: string, at: number): string | null {
  if (at + NEXT > text.length) return null;
  let out = '';
  for (let i = at; i < at + NEXT; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) out += foldChar(text[i]!);
    else out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c === 10 || c === 9 ? 32 : c);
  }
  return out;
}

function longestAt<T extends Named>(text: string, tokens: readonly Token[], k: number, candidates: readonly Spelling<T>[]): GazetteerMatch<T> | null {
  const start = tokens[k]!.start;
  for (const s of candidates) {
    const end = start + s.folded.length;
    // the text first: most candidates differ from it within a few characters
    if (!sameFolded(text, start, s.folded) || !endsToken(tokens, k, end)) continue;
    const written = text.slice(start, end);
    if (caseFits(s.written, written)) {
      // other spellings that fold the same but differ in case ("Un" / "UN") are checked too
      const entries: T[] = [];
      for (const c of s.variants) if (caseFits(c.written, written)) entries.push(...c.entries);
      return { start, end, entries };
    }
  }
  return null;
}

/** True when a token from the k-th on ends exactly at `end`. */
function endsToken(tokens: readonly Token[], k: number, end: number): boolean {
  for (let i = k; i < tokens.length && tokens[i]!.end <= end; i++) if (tokens[i]!.end === end) return true;
  return false;
}

function sameFolded(text: string, start: number, folded: string): boolean {
  if (start + folded.length > text.length) return false;
  for (let i = 0; i < folded.length; i++) {
    let c = text.charCodeAt(start + i);
    // ASCII folds here as foldChar folds it, without a string per character
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 10 || c === 9) c = 32;
      if (c !== folded.charCodeAt(i)) return false;
    } else if (foldChar(text[start + i]!) !== folded[i]) return false;
  }
  return true;
}

function foldChar(ch: string): string {
  if (ch === '’' || ch === '‘') return "'";
  if (ch === '‐' || ch === '‑' || ch === '–') return '-';
  if (ch === '\u00a0' || ch === '\n' || ch === '\t') return ' ';
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Lower case, one kind of space, one kind of apostrophe and dash; one character for one. */
function fold(text: string): string {
  if (!isAscii(text)) return foldChars(text);
  // ASCII folds as a whole string: 60,000 names are folded when the knowledge base is indexed
  const lower = text.toLowerCase();
  return lower.includes('\n') || lower.includes('\t') ? lower.replace(/[\n\t]/g, ' ') : lower;
}

function foldChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

function caseFits(name: string, written: string): boolean {
  if (isAscii(name) && isAscii(written)) return asciiCaseFits(name, written);
  if (written === written.toUpperCase()) return true;
  for (let i = 0; i < name.length && i < written.length; i++) {
    const a = name[i]!;
    if (a !== a.toLowerCase() && written[i] === written[i]!.toLowerCase()) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/** caseFits for ASCII, where upper and lower case are two ranges: no string made per character. */
function asciiCaseFits(name: string, written: string): boolean {
  let capitalsOnly = true;
  for (let i = 0; i < written.length && capitalsOnly; i++) if (isLower(written.charCodeAt(i))) capitalsOnly = false;
  if (capitalsOnly) return true;
  for (let i = 0; i < name.length && i < written.length; i++) if (isUpper(name.charCodeAt(i)) && !isUpper(written.charCodeAt(i))) return false;
  return true;
}
