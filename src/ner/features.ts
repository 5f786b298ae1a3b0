// Per-token feature hashes for the tagger. Everything that does not depend on the tags chosen so far is
// computed once per document into one Int32Array; `decode.ts` adds the few features that do (the previous
// tag, the document's earlier labels for the same word).
import type { Sentence, Token } from '../types.js';
import { gazetteerTags, type Gazetteer } from './gazetteer.js';
import * as hash from './hash.js';

// module constants rather than imported bindings in the loops (see decode.ts)
const { fnvStart, fnvStep, hashString, mix } = hash;

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

const BOUNDARY = [hashString('<s>'), hashString('</s>')] as const;

// Template ids: a feature is mix(template, part) or mix(mix(template, a), b).
let nextTemplate = 1;
const T = () => hashString(`t${nextTemplate++}`);
const T_BIAS = T(), T_W0 = T(), T_WM1 = T(), T_WP1 = T(), T_WM2 = T(), T_WP2 = T(), T_FORM = T();
const T_SH0 = T(), T_SHM1 = T(), T_SHP1 = T(), T_SH_M1_0 = T(), T_SH_0_P1 = T(), T_SH_M1_0_P1 = T();
const T_POS0 = T(), T_POSM1 = T(), T_POSP1 = T(), T_POS_M1_0 = T(), T_POS_0_P1 = T(), T_POS_CASE = T();
const T_PRE = [T(), T(), T(), T()], T_SUF = [T(), T(), T(), T()];
const T_W_M1_0 = T(), T_W_0_P1 = T(), T_WM1_SH0 = T(), T_SH0_WP1 = T();
const T_CASE_SENT = T(), T_CASE_DOC = T(), T_CASE_DOC_SENT = T(), T_W_CAPS = T();
const T_GAZ0 = T(), T_GAZM1 = T(), T_GAZP1 = T(), T_GAZ_CASE = T(), T_WM2_WM1 = T(), T_WP1_WP2 = T();
const T_RUN_LAST = T(), T_RUN_FIRST = T(), T_RUN_SHAPE = T();
export const T_PREV = T(), T_PREV_W = T(), T_PREV_SH = T(), T_HIST = T(), T_HIST_CASE = T(), T_HIST_SENT = T();

/**
 * Number of static features per token (0 where a feature is absent; the decoder adds its own after
 * them). The first OWN_FEATURES depend on the token's characters alone, the same for every mention of a
 * word, so the decoder keeps their scores per written form.
 */
export const STATIC_FEATURES = 44;
export const OWN_FEATURES = 12;

export interface DocFeatures {
  readonly n: number;
  /** STATIC_FEATURES hashes per scored token, at row[token] * STATIC_FEATURES. */
  readonly fixed: Int32Array;
  readonly word: Int32Array;
  /** Hash of each token's characters as written. */
  readonly form: Int32Array;
  readonly shape: Int32Array;
  readonly casing: Uint8Array;
  readonly sentFlags: Uint8Array;
  /**
   * Row of each token in `fixed`; -1 where the tagger does not score it. A quiet token (a lower-case word,
   * a comma or full stop, not joined to a hyphen) is O without being scored unless it may bridge two
   * parts of a name ("Bank of England", "van der Westhuizen"): unless other tokens are within two places
   * on both sides. That leaves 31% of PolNeAR's tokens to score; of the 69% left out, the full model had
   * tagged 14 in 258k otherwise.
   */
  readonly row: Int32Array;
  /** BILOU tags of gazetteer phrases (gazetteer.ts). */
  readonly gaz: Uint8Array;
  /** Lower-case form of each token, the key of the document's label history. */
  readonly normal: readonly string[];
  readonly sentences: readonly Sentence[];
}

const SHAPE_UPPER = 88, SHAPE_LOWER = 120, SHAPE_DIGIT = 100; // 'X' 'x' 'd'

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

/** Fills shape hash, casing class and whether there is a capital of text[start, end) into out[0..2]. */
function shapeOf(text: string, start: number, end: number, out: Int32Array): void {
  let h = fnvStart(), last = -1, upper = 0, lower = 0, digit = 0, firstUpper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (isUpper(c)) { cls = SHAPE_UPPER; upper++; if (i === start) firstUpper = true; }
    else if (isLower(c)) { cls = SHAPE_LOWER; lower++; }
    else if (c >= 48 && c <= 57) { cls = SHAPE_DIGIT; digit++; }
    else cls = c;
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
}

function formHash(text: string, start: number, end: number): number {
  let h = fnvStart();
  for (let i = start; i < end; i++) h = fnvStep(h, text.charCodeAt(i));
  return h | 0;
}

// one-character marks that never join a name (brackets, hyphens, ampersands and quotation marks may)
const QUIET_MARKS: ReadonlySet<number> = new Set([...',.;:!?"'].map((c) => c.charCodeAt(0)));

const isHyphen = (text: string, t: Token) => t.end - t.start === 1 && text.charCodeAt(t.start) === 45;

const capital = (c: Case) => c === Case.Title || c === Case.Upper || c === Case.Letter;

/** Extracts the tag-independent features of a document. */
export function documentFeatures(
  text: string,
  analysis: { readonly sentences: readonly Sentence[]; readonly tokens: readonly Token[] },
  gazetteer: Gazetteer | null,
): DocFeatures {
  const { tokens, sentences } = analysis;
  const n = tokens.length;
  const word = new Int32Array(n), shape = new Int32Array(n), form = new Int32Array(n), pos = new Int32Array(n);
  const casing = new Uint8Array(n), sentFlags = new Uint8Array(n);
  const pre = new Int32Array(n * 4), suf = new Int32Array(n * 4);
  const normal: string[] = new Array<string>(n);
  const quiet = new Uint8Array(n);
  const scratch = new Int32Array(3);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.normal;
    normal[i] = w;
    word[i] = hashString(w);
    pos[i] = hashString(t.pos);
    shapeOf(text, t.start, t.end, scratch);
    shape[i] = scratch[0]!;
    casing[i] = scratch[1]!;
    quiet[i] = (scratch[1] === Case.Lower && scratch[2] === 0) || (t.end - t.start === 1 && QUIET_MARKS.has(text.charCodeAt(t.start))) ? 1 : 0;
  }
  for (let i = 1; i < n; i++) {
    // "al-Qaeda", "Jae-in", "Seoul-based"
    if (!tokens[i]!.spaceBefore && (isHyphen(text, tokens[i - 1]!) || isHyphen(text, tokens[i]!))) quiet[i - 1] = quiet[i] = 0;
  }
  const row = new Int32Array(n).fill(-1);
  let rows = 0;
  for (const s of sentences) {
    const a = s.tokenStart, b = s.tokenEnd;
    const loud = (i: number) => i >= a && i < b && !quiet[i];
    for (let i = a; i < b; i++) {
      if (loud(i) || ((loud(i - 1) || loud(i - 2)) && (loud(i + 1) || loud(i + 2)))) row[i] = rows++;
    }
  }
  for (let i = 0; i < n; i++) {
    if (row[i]! < 0) continue;
    const t = tokens[i]!;
    const w = t.normal;
    form[i] = formHash(text, t.start, t.end);
    let h = fnvStart();
    for (let k = 0; k < 4; k++) {
      if (k < w.length) h = fnvStep(h, w.charCodeAt(k));
      pre[i * 4 + k] = k < w.length ? h | 0 : 0;
    }
    h = fnvStart();
    for (let k = 0; k < 4; k++) {
      if (k < w.length) h = fnvStep(h, w.charCodeAt(w.length - 1 - k));
      suf[i * 4 + k] = k < w.length ? h | 0 : 0;
    }
  }

  const docCase = new Map<number, number>();
  for (const s of sentences) {
    let letters = 0, caps = 0;
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
      if (bits) docCase.set(word[i]!, (docCase.get(word[i]!) ?? 0) | bits);
    }
  }

  const gaz = gazetteer ? gazetteerTags(text, tokens, sentences, casing, gazetteer) : new Uint8Array(n);

  // runs of capitalised words ("Korean Central News Agency"): every word sees the run's first and last
  // word and its own place in the run, so the head ("Agency") types the whole name
  const runFrom = new Int32Array(n), runTo = new Int32Array(n);
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      let j = i + 1;
      if (capital(casing[i] as Case)) while (j < s.tokenEnd && capital(casing[j] as Case)) j++;
      for (let k = i; k < j; k++) { runFrom[k] = i; runTo[k] = j; }
      i = j;
    }
  }

  const F = STATIC_FEATURES;
  const fixed = new Int32Array(rows * F);
  for (const s of sentences) {
    const a = s.tokenStart, b = s.tokenEnd;
    const at = (arr: Int32Array, i: number) => (i < a ? BOUNDARY[0] : i >= b ? BOUNDARY[1] : arr[i]!);
    const gazAt = (i: number) => (i < a || i >= b ? 255 : gaz[i]!);
    for (let i = a; i < b; i++) {
      if (row[i]! < 0) continue;
      const o = row[i]! * F;
      let k = o;
      const w0 = word[i]!, wm1 = at(word, i - 1), wp1 = at(word, i + 1);
      const sh0 = shape[i]!, shm1 = at(shape, i - 1), shp1 = at(shape, i + 1);
      const p0 = pos[i]!, pm1 = at(pos, i - 1), pp1 = at(pos, i + 1);
      const c0 = casing[i]!, sf = sentFlags[i]!;
      const dc = docCase.get(word[i]!) ?? 0;
      // the own features first (see OWN_FEATURES)
      fixed[k++] = T_BIAS;
      fixed[k++] = mix(T_W0, w0);
      fixed[k++] = mix(T_FORM, form[i]!);
      fixed[k++] = mix(T_SH0, sh0);
      for (let j = 0; j < 4; j++) {
        const pv = pre[i * 4 + j]!, sv = suf[i * 4 + j]!;
        fixed[k++] = pv ? mix(T_PRE[j]!, pv) : 0;
        fixed[k++] = sv ? mix(T_SUF[j]!, sv) : 0;
      }
      const wm2 = at(word, i - 2), wp2 = at(word, i + 2);
      fixed[k++] = mix(T_WM1, wm1);
      fixed[k++] = mix(T_WP1, wp1);
      fixed[k++] = mix(T_WM2, wm2);
      fixed[k++] = mix(T_WP2, wp2);
      fixed[k++] = mix(mix(T_W_M1_0, wm1), w0);
      fixed[k++] = mix(mix(T_W_0_P1, w0), wp1);
      fixed[k++] = mix(mix(T_WM1_SH0, wm1), sh0);
      fixed[k++] = mix(mix(T_SH0_WP1, sh0), wp1);
      fixed[k++] = mix(mix(T_WM2_WM1, wm2), wm1);
      fixed[k++] = mix(mix(T_WP1_WP2, wp1), wp2);
      fixed[k++] = sf & SENT_CAPS ? mix(T_W_CAPS, w0) : 0;
      const r0 = runFrom[i]!, r1 = runTo[i]!;
      const place = r1 - r0 === 1 ? 0 : i === r0 ? 1 : i === r1 - 1 ? 2 : 3;
      const capsRun = capital(c0 as Case) && !(sf & SENT_CAPS);
      fixed[k++] = capsRun ? mix(mix(T_RUN_LAST, word[r1 - 1]!), place) : 0;
      fixed[k++] = capsRun ? mix(mix(T_RUN_FIRST, word[r0]!), place) : 0;
      fixed[k++] = mix(T_SHM1, shm1);
      fixed[k++] = mix(T_SHP1, shp1);
      fixed[k++] = mix(mix(T_SH_M1_0, shm1), sh0);
      fixed[k++] = mix(mix(T_SH_0_P1, sh0), shp1);
      fixed[k++] = mix(mix(mix(T_SH_M1_0_P1, shm1), sh0), shp1);
      fixed[k++] = mix(T_POS0, p0);
      fixed[k++] = mix(T_POSM1, pm1);
      fixed[k++] = mix(T_POSP1, pp1);
      fixed[k++] = mix(mix(T_POS_M1_0, pm1), p0);
      fixed[k++] = mix(mix(T_POS_0_P1, p0), pp1);
      fixed[k++] = mix(mix(T_POS_CASE, p0), c0);
      fixed[k++] = mix(mix(T_CASE_SENT, c0), sf);
      fixed[k++] = mix(mix(T_CASE_DOC, c0), dc);
      fixed[k++] = mix(mix(T_CASE_DOC_SENT, c0 * 8 + dc), sf);
      fixed[k++] = mix(T_GAZ0, gazAt(i));
      fixed[k++] = mix(T_GAZM1, gazAt(i - 1));
      fixed[k++] = mix(T_GAZP1, gazAt(i + 1));
      fixed[k++] = mix(mix(T_GAZ_CASE, gazAt(i)), c0 * 8 + (sf & SENT_CAPS));
      fixed[k++] = capsRun ? mix(mix(T_RUN_SHAPE, Math.min(r1 - r0, 5)), place * 8 + (i === s.tokenStart ? 1 : 0)) : 0;
      while (k < o + F) fixed[k++] = 0;
    }
  }
  return { n, fixed, word, form, shape, casing, sentFlags, row, gaz, normal, sentences };
}

export function isHeadlineToken(doc: DocFeatures, i: number): boolean {
  return (doc.sentFlags[i]! & SENT_CAPS) !== 0;
}

/** Changes whenever the feature templates change, so stale weights are refused at load time. */
export const FEATURE_VERSION = '3';
