// Per-token features for the tagger. Everything that does not depend on the tags chosen so far is
// computed once per document into typed arrays; `decode.ts` adds the few features that do (the previous
// tag, the document's earlier labels for the same word).
import type { Sentence, Token } from '../types.js';
import { gazetteerTags, type Gazetteer, type TokenBounds } from './gazetteer.js';
import * as groups from './groups.js';
import * as hash from './hash.js';
import { grown, IntTable } from './int-table.js';
import * as templates from './templates.js';

// module constants rather than imported bindings in the loops (see decode.ts)
const { fnvStart, fnvStep, mix } = hash;
const { BOUNDARY, T_BIAS, T_FORM, T_PRE, T_RUN_FIRST, T_RUN_LAST, T_SH0, T_SH0_WP1, T_SH_M1_0_P1, T_SUF } = templates;
const { T_W0, T_W_0_P1, T_W_CAPS, T_W_M1_0, T_WM1, T_WM1_SH0, T_WM2_WM1, T_WP1, T_WP1_WP2 } = templates;
const { caseIndex, GAZ_OUTSIDE, gazIndex, gazSidesIndex, POS_AFTER, POS_BEFORE, posId, posPairIndex, posWordIndex, runIndex } = groups;
const GROUP_COUNT = groups.GROUPS.length;

/** Casing classes of a token. */
export const enum Case {
  Lower = 0,
  Title = 1,
  Upper = 2,
  Letter = 3,
  Digit = 4,
  Alnum = 5,
  Punct = 6,
}

// Sentence flags
const SENT_INITIAL = 1;
const SENT_CAPS = 2; // the sentence is written in capitals (a headline)
const SENT_FIRST = 4; // the first sentence of the document (a headline or dateline)

// Document flags for a word (by its lower-case form), used because headline capitals and sentence starts
// hide whether a word is a name: how the same word is written elsewhere in the document tells.
const DOC_LOWER = 1; // written in lower case somewhere
const DOC_CAP_MID = 2; // capitalised inside a normal sentence, not at its start
const DOC_CAP_PAIR = 4; // capitalised next to another capitalised word inside a normal sentence

/**
 * Features of a scored token that do not depend on the tags chosen: at most OWN_FEATURES that depend on
 * its characters alone (`ownFeatures`: the same for every mention of a word, so the decoder keeps their
 * scores per written form), CONTEXT_FEATURES hashed in `fixed` (0 where a feature is absent), and an
 * index into each of groups.ts's GROUPS. The decoder adds those of the tags after them.
 */
export const OWN_FEATURES = 12;
export const CONTEXT_FEATURES = 12;

export interface DocFeatures {
  readonly n: number;
  /** CONTEXT_FEATURES hashes per scored token, at row[token] * CONTEXT_FEATURES. */
  readonly fixed: Int32Array;
  /** An index into each of GROUPS per scored token, at row[token] * GROUPS.length. */
  readonly groups: Int32Array;
  readonly word: Int32Array;
  /** Hash of each token's characters as written. */
  readonly form: Int32Array;
  readonly shape: Int32Array;
  readonly casing: Uint8Array;
  readonly sentFlags: Uint8Array;
  /**
   * Row of each token in `fixed`; -1 where the tagger does not score it. A quiet token (a lower-case word,
   * a comma, full stop, quotation mark or dash, not joined to a hyphen) is O without being scored unless
   * it may bridge two parts of a name ("Bank of England", "van der Westhuizen"): unless other tokens are
   * within two places on both sides. That leaves 28% of PolNeAR's tokens to score; of the 72% left out,
   * the full model had tagged 46 in 258k otherwise, mostly closing marks that names lose anyway.
   */
  readonly row: Int32Array;
  /** BILOU tags of gazetteer phrases (gazetteer.ts). */
  readonly gaz: Uint8Array;
  /** Lower-case form of each token, the key of the document's label history. */
  readonly normal: readonly string[];
  readonly sentences: readonly Sentence[];
}

const SHAPE_UPPER = 88,
  SHAPE_LOWER = 120,
  SHAPE_DIGIT = 100; // 'X' 'x' 'd'

function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * Reads text[start, end) once into out: [0] shape hash, [1] casing class, [2] 1 when it has a capital,
 * [3] hash of its lower-case form (the word), [4] hash of its characters as written (the form).
 */
function scanToken(text: string, start: number, end: number, out: Int32Array): void {
  let h = fnvStart(),
    w = fnvStart(),
    f = fnvStart(),
    last = -1,
    upper = 0,
    lower = 0,
    digit = 0,
    firstUpper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    f = fnvStep(f, c);
    let cls: number;
    if (isUpper(c)) {
      cls = SHAPE_UPPER;
      upper++;
      if (i === start) firstUpper = true;
      if (c < 128) w = fnvStep(w, c | 32);
      else {
        const l = String.fromCharCode(c).toLowerCase();
        for (let k = 0; k < l.length; k++) w = fnvStep(w, l.charCodeAt(k));
      }
    } else {
      w = fnvStep(w, c);
      if (isLower(c)) {
        cls = SHAPE_LOWER;
        lower++;
      } else if (c >= 48 && c <= 57) {
        cls = SHAPE_DIGIT;
        digit++;
      } else cls = c;
    }
    if (cls !== last) h = fnvStep(h, cls);
    last = cls;
  }
  out[0] = h | 0;
  let casing: Case;
  if (upper + lower === 0) casing = digit > 0 ? Case.Digit : Case.Punct;
  else if (digit > 0) casing = Case.Alnum;
  else if (!firstUpper) casing = Case.Lower;
  else if (lower > 0) casing = Case.Title;
  else casing = upper === 1 ? Case.Letter : Case.Upper;
  out[1] = casing;
  out[2] = upper > 0 ? 1 : 0;
  out[3] = w | 0;
  out[4] = f | 0;
}

// marks that never join two parts of a name (brackets, hyphens, ampersands, apostrophes may)
const QUIET_MARKS: ReadonlySet<number> = new Set([...',.;:!?"“”‘’—–…=$<>/_'].map((c) => c.charCodeAt(0)));

/** A token of quiet marks alone ("," or "___"). */
function isQuietMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!QUIET_MARKS.has(text.charCodeAt(i))) return false;
  return end > start;
}

const isHyphen = (text: string, tokens: TokenBounds, k: number) => tokens.end[k]! - tokens.start[k]! === 1 && text.charCodeAt(tokens.start[k]!) === 45;

const pool = { kept: new Int32Array(0), flags: new Uint8Array(0), fixed: new Int32Array(0), groups: new Int32Array(0), ints: new Int32Array(0), bytes: new Uint8Array(0) };
const tokenScratch = new Int32Array(5);
const docCase = new IntTable(1);

const capital = (c: Case) => c === Case.Title || c === Case.Upper || c === Case.Letter;

export interface FeatureOptions {
  /** The result may live in the module's buffers, overwritten by the next call that says so. */
  readonly reuseBuffers?: boolean;
  /** Score quiet tokens too (training: the tagger learns from whole sentences). */
  readonly everyToken?: boolean;
}

/** Extracts the tag-independent features of a document. */
export function documentFeatures(text: string, analysis: { readonly sentences: readonly Sentence[]; readonly tokens: readonly Token[] }, gazetteer: Gazetteer | null, options: FeatureOptions = {}): DocFeatures {
  const { reuseBuffers = false, everyToken = false } = options;
  const { tokens, sentences } = analysis;
  const n = tokens.length;
  // what the result keeps, in three blocks (the module's own when `reuseBuffers`); the rest in scratch blocks
  const kept = reuseBuffers ? (pool.kept = grown(pool.kept, 4 * n)) : new Int32Array(4 * n);
  const flags = reuseBuffers ? (pool.flags = grown(pool.flags, 3 * n)) : new Uint8Array(3 * n);
  flags.fill(0, 2 * n, 3 * n); // gazetteer tags
  const word = kept.subarray(0, n),
    shape = kept.subarray(n, 2 * n),
    form = kept.subarray(2 * n, 3 * n),
    row = kept.subarray(3 * n, 4 * n);
  const casing = flags.subarray(0, n),
    sentFlags = flags.subarray(n, 2 * n);
  const ints = (pool.ints = grown(pool.ints, 5 * n)),
    bytes = (pool.bytes = grown(pool.bytes, 2 * n));
  const pos = ints.subarray(0, n),
    runFrom = ints.subarray(n, 2 * n),
    runTo = ints.subarray(2 * n, 3 * n);
  // the tokens' offsets, read once: token objects lie all over memory
  const bounds = { start: ints.subarray(3 * n, 4 * n), end: ints.subarray(4 * n, 5 * n), spaceBefore: bytes.subarray(0, n) };
  const quiet = bytes.subarray(n, 2 * n);
  const normal: string[] = new Array<string>(n);
  const scratch = tokenScratch;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    bounds.start[i] = t.start;
    bounds.end[i] = t.end;
    bounds.spaceBefore[i] = t.spaceBefore ? 1 : 0;
    normal[i] = t.normal;
    pos[i] = posId(t.pos);
    scanToken(text, t.start, t.end, scratch);
    shape[i] = scratch[0]!;
    casing[i] = scratch[1]!;
    word[i] = scratch[3]!;
    form[i] = scratch[4]!;
    quiet[i] = (scratch[1] === Case.Lower && scratch[2] === 0) || (scratch[1] === Case.Punct && isQuietMark(text, t.start, t.end)) ? 1 : 0;
  }
  for (let i = 1; i < n; i++) {
    // "al-Qaeda", "Jae-in", "Seoul-based"
    if (!bounds.spaceBefore[i] && (isHyphen(text, bounds, i - 1) || isHyphen(text, bounds, i))) quiet[i - 1] = quiet[i] = 0;
  }
  row.fill(-1);
  let rows = 0;
  for (const s of sentences) {
    const a = s.tokenStart,
      b = s.tokenEnd;
    const loud = (i: number) => i >= a && i < b && !quiet[i];
    for (let i = a; i < b; i++) {
      if (everyToken || loud(i) || ((loud(i - 1) || loud(i - 2)) && (loud(i + 1) || loud(i + 2)))) row[i] = rows++;
    }
  }

  docCase.reset(n);
  for (const s of sentences) {
    let letters = 0,
      caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const c = casing[i] as Case;
      if (c === Case.Punct || c === Case.Digit) continue;
      letters++;
      if (c === Case.Upper || c === Case.Letter) caps++;
    }
    const headline = letters >= 2 && caps >= 0.7 * letters;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      sentFlags[i] = (i === s.tokenStart ? SENT_INITIAL : 0) | (headline ? SENT_CAPS : 0) | (s.index === 0 ? SENT_FIRST : 0);
      if (headline) continue;
      const c = casing[i] as Case;
      let bits = 0;
      if (c === Case.Lower) bits = DOC_LOWER;
      else if (capital(c) && i > s.tokenStart) {
        bits = DOC_CAP_MID;
        const left = i - 1 > s.tokenStart && capital(casing[i - 1] as Case);
        const right = i + 1 < s.tokenEnd && capital(casing[i + 1] as Case);
        if (left || right) bits |= DOC_CAP_PAIR;
      }
      if (bits) docCase.values[docCase.add(word[i]!)]! |= bits;
    }
  }

  const gaz = flags.subarray(2 * n, 3 * n);
  if (gazetteer) gazetteerTags(text, bounds, sentences, casing, gazetteer, gaz);

  // runs of capitalised words ("Korean Central News Agency"): every word sees the run's first and last
  // word and its own place in the run, so the head ("Agency") types the whole name
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd;) {
      let j = i + 1;
      if (capital(casing[i] as Case)) while (j < s.tokenEnd && capital(casing[j] as Case)) j++;
      for (let k = i; k < j; k++) {
        runFrom[k] = i;
        runTo[k] = j;
      }
      i = j;
    }
  }

  const F = CONTEXT_FEATURES;
  const fixed = reuseBuffers ? (pool.fixed = grown(pool.fixed, rows * F)) : new Int32Array(rows * F);
  const group = reuseBuffers ? (pool.groups = grown(pool.groups, rows * GROUP_COUNT)) : new Int32Array(rows * GROUP_COUNT);
  for (const s of sentences) {
    const a = s.tokenStart,
      b = s.tokenEnd;
    const at = (arr: Int32Array, i: number) => (i < a ? BOUNDARY[0] : i >= b ? BOUNDARY[1] : arr[i]!);
    const gazAt = (i: number) => (i < a || i >= b ? GAZ_OUTSIDE : gaz[i]!);
    for (let i = a; i < b; i++) {
      if (row[i]! < 0) continue;
      const o = row[i]! * F;
      let k = o;
      const w0 = word[i]!,
        wm1 = at(word, i - 1),
        wp1 = at(word, i + 1);
      const sh0 = shape[i]!,
        shm1 = at(shape, i - 1),
        shp1 = at(shape, i + 1);
      const p0 = pos[i]!,
        pm1 = i > a ? pos[i - 1]! : POS_BEFORE,
        pp1 = i + 1 < b ? pos[i + 1]! : POS_AFTER;
      const c0 = casing[i]!,
        sf = sentFlags[i]!;
      const slot = docCase.find(word[i]!),
        dc = slot < 0 ? 0 : docCase.values[slot]!;
      const wm2 = at(word, i - 2),
        wp2 = at(word, i + 2);
      fixed[k++] = mix(T_WM1, wm1);
      fixed[k++] = mix(T_WP1, wp1);
      fixed[k++] = mix(mix(T_W_M1_0, wm1), w0);
      fixed[k++] = mix(mix(T_W_0_P1, w0), wp1);
      fixed[k++] = mix(mix(T_WM1_SH0, wm1), sh0);
      fixed[k++] = mix(mix(T_SH0_WP1, sh0), wp1);
      fixed[k++] = mix(mix(T_WM2_WM1, wm2), wm1);
      fixed[k++] = mix(mix(T_WP1_WP2, wp1), wp2);
      fixed[k++] = sf & SENT_CAPS ? mix(T_W_CAPS, w0) : 0;
      const r0 = runFrom[i]!,
        r1 = runTo[i]!;
      const place = r1 - r0 === 1 ? 0 : i === r0 ? 1 : i === r1 - 1 ? 2 : 3;
      const capsRun = capital(c0 as Case) && !(sf & SENT_CAPS);
      fixed[k++] = capsRun ? mix(mix(T_RUN_LAST, word[r1 - 1]!), place) : 0;
      fixed[k++] = capsRun ? mix(mix(T_RUN_FIRST, word[r0]!), place) : 0;
      fixed[k++] = mix(mix(mix(T_SH_M1_0_P1, shm1), sh0), shp1);
      while (k < o + F) fixed[k++] = 0;
      // in the order of GROUPS
      let g = row[i]! * GROUP_COUNT;
      group[g++] = posWordIndex(p0, c0);
      group[g++] = posPairIndex(pm1, p0);
      group[g++] = posPairIndex(p0, pp1);
      group[g++] = caseIndex(c0, dc, sf);
      group[g++] = gazIndex(gazAt(i), c0, (sf & SENT_CAPS) !== 0);
      group[g++] = gazSidesIndex(gazAt(i - 1), gazAt(i + 1));
      group[g] = capsRun ? runIndex(r1 - r0, place, i === s.tokenStart) : 0;
    }
  }
  return { n, fixed, groups: group, word, form, shape, casing, sentFlags, row, gaz, normal, sentences };
}

/** Writes the own features of token i (see OWN_FEATURES) to out[at ...]; returns where they end. */
export function ownFeatures(doc: DocFeatures, i: number, out: Int32Array, at: number): number {
  out[at++] = T_BIAS;
  out[at++] = mix(T_W0, doc.word[i]!);
  out[at++] = mix(T_FORM, doc.form[i]!);
  out[at++] = mix(T_SH0, doc.shape[i]!);
  const w = doc.normal[i]!;
  let pre = fnvStart(),
    suf = fnvStart();
  for (let k = 0; k < 4 && k < w.length; k++) {
    pre = fnvStep(pre, w.charCodeAt(k));
    suf = fnvStep(suf, w.charCodeAt(w.length - 1 - k));
    out[at++] = mix(T_PRE[k]!, pre | 0);
    out[at++] = mix(T_SUF[k]!, suf | 0);
  }
  return at;
}

export function isHeadlineToken(doc: DocFeatures, i: number): boolean {
  return (doc.sentFlags[i]! & SENT_CAPS) !== 0;
}

/** Changes whenever the feature templates change, so stale weights are refused at load time. */
export const FEATURE_VERSION = '5';
