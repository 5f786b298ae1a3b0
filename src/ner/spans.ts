// From BILOU tags to entity spans: exact boundaries, in-document consistency and dyad's types.
import type { EntityType, Token } from '../types.js';
import { Case, type DocFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { HYPHEN_SUFFIXES, LOC_HEADS, NORP_SUFFIX, TITLES } from './lexicon.js';
import { CLASSES, decodeTags } from './tags.js';
import { WEEKDAYS } from '../time/weekdays.js';

export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

interface Range {
  from: number;
  to: number;
  cls: number;
  confidence: number;
  rule: string;
}

const PER = 0,
  ORG = 1,
  LOC = 2,
  MISC = 3;
const CLASS_COUNT = CLASSES.length;
/** Confidence above which a tagged name may type other mentions of its words. */
const SURE = 0.9;
const MAX_SYLLABLE = 4;
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export function entitySpans(text: string, tokens: readonly Token[], doc: DocFeatures, tags: Uint8Array, confidence: Float32Array, gazetteer: Gazetteer): EntitySpan[] {
  const ranges: Range[] = [];
  for (const e of decodeTags(tags)) {
    let { from, to } = e;
    while (from < to && doc.casing[from] === Case.Punct) from++;
    while (to > from && (doc.casing[to - 1] === Case.Punct || POSSESSIVE.has(doc.normal[to - 1]!)) && !closesBracket(doc, from, to)) to--;
    if (from >= to) continue;
    let sum = 0;
    for (let i = e.from; i < e.to; i++) sum += confidence[i]!;
    if (e.cls === PER) while (to - from > 1 && TITLES.has(doc.normal[from]!)) from++;
    to = joinHyphenated(text, tokens, doc, to);
    let cls: number = e.cls,
      rule = 'ner/perceptron';
    // wire style puts the day straight after the subject ("Moscow Tuesday said"), and the tagger may
    // read the pair as one name: no name ends in a weekday, so the rest takes the gazetteer's class
    if (to - from > 1 && WEEKDAYS.has(doc.normal[to - 1]!)) {
      to--;
      cls = classOfKnown(gazetteer.lookup(text.slice(tokens[from]!.start, tokens[to - 1]!.end))) ?? cls;
      rule = 'ner/weekday-after-name';
    }
    ranges.push({ from, to, cls, confidence: sum / (e.to - e.from), rule });
  }
  preferGazetteerPeople(doc, ranges);
  voteByName(text, tokens, ranges);
  addLaterMentions(doc, ranges);
  ranges.sort((a, b) => a.from - b.from);
  return ranges.map((r) => {
    const start = tokens[r.from]!.start,
      end = tokens[r.to - 1]!.end;
    return { start, end, type: typeOf(text.slice(start, end), r.cls, doc.normal[r.to - 1]!, gazetteer), confidence: r.confidence, rule: r.rule };
  });
}

/** "Mladost (L)" keeps its closing bracket when the opening one is inside the name. */
function closesBracket(doc: DocFeatures, from: number, to: number): boolean {
  if (doc.normal[to - 1] !== ')') return false;
  for (let i = from; i < to - 1; i++) if (doc.normal[i] === '(') return true;
  return false;
}

/**
 * "Moon Jae" + "-in": a name goes on through a hyphen written without spaces when a short lower-case
 * syllable follows (Korean given names), but not into an adjective ("Seoul-based").
 */
function joinHyphenated(text: string, tokens: readonly Token[], doc: DocFeatures, to: number): number {
  while (to + 1 < doc.n) {
    const dash = tokens[to]!,
      next = tokens[to + 1]!;
    if (dash.spaceBefore || next.spaceBefore || text.slice(dash.start, dash.end) !== '-') break;
    if (doc.casing[to + 1] !== Case.Lower || next.end - next.start > MAX_SYLLABLE || HYPHEN_SUFFIXES.has(doc.normal[to + 1]!)) break;
    to += 2;
  }
  return to;
}

/**
 * A person's name of several words that the gazetteer knows replaces whatever the tagger found over it
 * ("Kim Jong Un" is no ORG, "Moon Jae-in" no "Moon Jae"). Only people: a place name also names teams and
 * firms ("New York" beat Boston).
 */
function preferGazetteerPeople(doc: DocFeatures, ranges: Range[]): void {
  for (const g of decodeTags(doc.gaz)) {
    if (g.cls !== PER || g.to - g.from < 2) continue;
    const overlapping = ranges.filter((r) => r.to > g.from && r.from < g.to);
    if (overlapping.some((r) => r.cls === PER && r.from <= g.from && r.to >= g.to)) continue; // already a person, maybe longer
    for (const r of overlapping) ranges.splice(ranges.indexOf(r), 1);
    ranges.push({ from: g.from, to: g.to, cls: PER, confidence: 0.9, rule: 'ner/gazetteer' });
  }
}

/**
 * Every mention of a name that the document mostly gives to a person is a person (votes weighted by
 * confidence). Other classes are left alone: a city also names its team.
 */
function voteByName(text: string, tokens: readonly Token[], ranges: Range[]): void {
  const votes = new Map<string, Float32Array>();
  const keys = ranges.map((r) => text.slice(tokens[r.from]!.start, tokens[r.to - 1]!.end).toLowerCase());
  ranges.forEach((r, k) => {
    let v = votes.get(keys[k]!);
    if (!v) votes.set(keys[k]!, (v = new Float32Array(CLASS_COUNT)));
    v[r.cls]! += r.confidence;
  });
  ranges.forEach((r, k) => {
    const v = votes.get(keys[k]!)!;
    let best = r.cls;
    for (let c = 0; c < CLASS_COUNT; c++) if (v[c]! > v[best]!) best = c;
    if (best === PER && r.cls !== PER) {
      r.cls = best;
      r.rule = 'ner/consistency';
    }
  });
}

/**
 * Later short mentions take the type of the full name: a capitalised word that is the first or last word
 * of a person confidently named in the document ("Kulik" after "Andrei Kulik", "Kim" after "Kim Jong Un")
 * is a person, whether the tagger left it out or gave it another class.
 */
function addLaterMentions(doc: DocFeatures, ranges: Range[]): void {
  const covered = new Uint8Array(doc.n);
  const nameParts = new Set<string>();
  for (const r of ranges) {
    for (let i = r.from; i < r.to; i++) covered[i] = 1;
    if (r.cls !== PER || r.to - r.from < 2 || r.confidence < SURE) continue;
    for (const i of [r.from, r.to - 1]) if (doc.casing[i] === Case.Title) nameParts.add(doc.normal[i]!);
  }
  for (const r of ranges) {
    if (r.to - r.from === 1 && r.cls !== PER && nameParts.has(doc.normal[r.from]!)) {
      r.cls = PER;
      r.rule = 'ner/consistency';
    }
  }
  for (let i = 0; i < doc.n; i++) {
    if (covered[i] || doc.casing[i] !== Case.Title || !nameParts.has(doc.normal[i]!)) continue;
    if ((i > 0 && covered[i - 1] && !isBoundary(doc, i - 1)) || (i + 1 < doc.n && covered[i + 1])) continue;
    ranges.push({ from: i, to: i + 1, cls: PER, confidence: 0.6, rule: 'ner/consistency' });
    covered[i] = 1;
  }
}

function isBoundary(doc: DocFeatures, i: number): boolean {
  return doc.casing[i] === Case.Punct;
}

function classOfKnown(type: EntityType | null): number | null {
  if (type === 'PERSON') return PER;
  if (type === 'GPE' || type === 'LOC') return LOC;
  if (type === 'ORG') return ORG;
  if (type === 'NORP' || type === 'MISC') return MISC;
  return null;
}

function typeOf(phrase: string, cls: number, lastWord: string, gazetteer: Gazetteer): EntityType {
  if (cls === PER) return 'PERSON';
  if (cls === LOC) return gazetteer.lookup(phrase) === 'LOC' || LOC_HEADS.has(lastWord) ? 'LOC' : 'GPE';
  if (cls === MISC) return gazetteer.lookup(phrase) === 'NORP' || NORP_SUFFIX.test(phrase) ? 'NORP' : 'MISC';
  return 'ORG';
}
