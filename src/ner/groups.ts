// Features over few values (parts of speech, casing, gazetteer tags, the shape of a capitalised run,
// the document's earlier labels), scored as groups: a token's inputs to a group make one small index,
// and the decoder keeps the summed scores of each index in a dense table (no hashing or probing at run
// time). The features themselves are hashed like all others, so training sees them one by one.
import { hashString, mix } from './hash.js';
import * as t from './templates.js';

export interface FeatureGroup {
  /** Number of distinct indices. */
  readonly size: number;
  /** Writes the features of an index to out[at ...]; returns where they end. */
  features(index: number, out: Int32Array, at: number): number;
}

/** Universal parts of speech as analyze() gives them; anything else counts as X. */
const POS_NAMES = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const POS_ID = new Map(POS_NAMES.map((name, id) => [name, id]));
const POS_X = POS_ID.get('X')!;
/** Part-of-speech ids before the first and after the last token of a sentence. */
export const POS_BEFORE = POS_NAMES.length,
  POS_AFTER = POS_NAMES.length + 1;
const POS_HASH = [...POS_NAMES.map(hashString), ...t.BOUNDARY];
const POS = POS_HASH.length;

export function posId(tag: string): number {
  return POS_ID.get(tag) ?? POS_X;
}

const CASES = 7; // features.ts Case
const SENT_FLAGS = 8;
const DOC_FLAGS = 8;
/** Gazetteer tags (tags.ts) and one for "outside the sentence". */
export const GAZ_OUTSIDE = 17;
const GAZ = GAZ_OUTSIDE + 1;
const gazPart = (g: number) => (g === GAZ_OUTSIDE ? 255 : g);
const RUN_LENGTHS = 6,
  RUN_PLACES = 4;
const HISTORIES = 9; // decode.ts historyValue

// the index of each group, as features.ts computes it, and the group's features for it
export const posWordIndex = (p0: number, c0: number) => p0 * CASES + c0;
export const posPairIndex = (left: number, right: number) => left * POS + right;
export const caseIndex = (c0: number, doc: number, sent: number) => (c0 * DOC_FLAGS + doc) * SENT_FLAGS + sent;
export const gazIndex = (g0: number, c0: number, caps: boolean) => (g0 * CASES + c0) * 2 + (caps ? 1 : 0);
export const gazSidesIndex = (left: number, right: number) => left * GAZ + right;
/** 0: the token is in no capitalised run of a normal sentence. */
export const runIndex = (length: number, place: number, initial: boolean) => 1 + (Math.min(length, RUN_LENGTHS - 1) * RUN_PLACES + place) * 2 + (initial ? 1 : 0);
export const historyIndex = (history: number, c0: number, sent: number) => (history * CASES + c0) * SENT_FLAGS + sent;

const group = (size: number, features: FeatureGroup['features']): FeatureGroup => ({ size, features });

/** The groups of features.ts, in the order of DocFeatures.groups. */
export const GROUPS: readonly FeatureGroup[] = [
  group(POS * CASES, (i, out, at) => {
    const p0 = POS_HASH[Math.floor(i / CASES)]!,
      c0 = i % CASES;
    out[at++] = mix(t.T_POS0, p0);
    out[at++] = mix(mix(t.T_POS_CASE, p0), c0);
    return at;
  }),
  group(POS * POS, (i, out, at) => {
    out[at++] = mix(mix(t.T_POS_M1_0, POS_HASH[Math.floor(i / POS)]!), POS_HASH[i % POS]!);
    return at;
  }),
  group(POS * POS, (i, out, at) => {
    out[at++] = mix(mix(t.T_POS_0_P1, POS_HASH[Math.floor(i / POS)]!), POS_HASH[i % POS]!);
    return at;
  }),
  group(CASES * DOC_FLAGS * SENT_FLAGS, (i, out, at) => {
    out[at++] = mix(mix(t.T_CASE_DOC_SENT, Math.floor(i / SENT_FLAGS)), i % SENT_FLAGS);
    return at;
  }),
  group(GAZ * CASES * 2, (i, out, at) => {
    const g0 = gazPart(Math.floor(i / (CASES * 2))),
      c0 = Math.floor(i / 2) % CASES,
      caps = i % 2;
    out[at++] = mix(t.T_GAZ0, g0);
    out[at++] = mix(mix(t.T_GAZ_CASE, g0), c0 * 8 + caps);
    return at;
  }),
  group(GAZ * GAZ, (i, out, at) => {
    out[at++] = mix(t.T_GAZM1, gazPart(Math.floor(i / GAZ)));
    out[at++] = mix(t.T_GAZP1, gazPart(i % GAZ));
    return at;
  }),
  group(1 + RUN_LENGTHS * RUN_PLACES * 2, (i, out, at) => {
    if (i === 0) return at;
    const length = Math.floor((i - 1) / (RUN_PLACES * 2)),
      place = Math.floor((i - 1) / 2) % RUN_PLACES,
      initial = (i - 1) % 2;
    out[at++] = mix(mix(t.T_RUN_SHAPE, length), place * 8 + initial);
    return at;
  }),
];

/** The document's earlier labels for the token's word (decode.ts), with its casing and sentence. */
export const HISTORY: FeatureGroup = group(HISTORIES * CASES * SENT_FLAGS, (i, out, at) => {
  const history = Math.floor(i / (CASES * SENT_FLAGS)),
    c0 = Math.floor(i / SENT_FLAGS) % CASES,
    sent = i % SENT_FLAGS;
  out[at++] = mix(t.T_HIST, history);
  out[at++] = mix(mix(t.T_HIST_CASE, history), c0);
  out[at++] = mix(mix(t.T_HIST_SENT, history), sent);
  return at;
});

/** Most features one group gives. */
export const GROUP_FEATURES = 3;
