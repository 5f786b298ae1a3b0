// Name mentions: knowledge-base names and the recogniser's spans, merged. A knowledge-base match
// wins where the two overlap, except when the recogniser's span holds it and more ("Russian Foreign
// Ministry" around "Russian"): then the longer name is the entity and the inner match its owner; and
// except when the recogniser reads a place name as a person in context ("Jordan scored twice",
// "Washington said" of a man named Washington), which the gazetteer cannot see.
import type { Alias } from '../kb/types.js';
import type { EntityType, Span } from '../types.js';
import type { GazetteerMatch } from './gazetteer.js';
import { spanIndex } from '../span-index.js';

export interface RecognisedSpan extends Span {
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

/** A known name with the alias it means on the document's day; `coded` is false for a person out of every office then. */
export type KnownName = GazetteerMatch<Alias> & { readonly alias: Alias; readonly coded: boolean };

export type NameSpan = { readonly source: 'kb'; readonly start: number; readonly end: number; readonly known: KnownName } | { readonly source: 'ner'; readonly start: number; readonly end: number; readonly recognised: RecognisedSpan };

const PLACE_KINDS = new Set(['country', 'name', 'capital']);
/** How sure the recogniser must be that a known place name is a person here. */
const PERSON_OVER_PLACE = 0.8;
/**
 * Below this, a miscellaneous span does not swallow the known names at its end: "During the Cold War
 * Moscow armed Cuba" is the Cold War and Moscow, read as one name for want of a comma.
 */
const MISC_OVER_KNOWN = 0.6;

/**
 * True when a person's name written with these first words is someone else: "Jeb Bush" is not
 * George W. Bush, whose known name "Bush" ends it.
 */
export type Namesake = (person: KnownName, spanStart: number) => boolean;

/** Capitalised plurals after a country adjective: a people of that country ("Kurds", "Serb refugees"). */
const GROUP_WORDS = /^(?:\s+\p{Lu}\p{Ll}+)*\s+\p{Lu}\p{Ll}+s$/u;

/**
 * "Iraqi Kurds", "Bosnian Serbs", "Turkish Kurd refugees": the recogniser reads a nationality and
 * the group after it as one name that no dictionary knows, and the country the adjective gives is
 * lost. A group of a country's people is that country's, as "Iraqi protesters" is: the adjective
 * that names the country, or null.
 */
function peopleOfCountry(text: string, r: RecognisedSpan, inside: readonly KnownName[]): KnownName | null {
  if ((r.type !== 'MISC' && r.type !== 'NORP') || inside.length === 0 || inside.some((k) => k.alias.kind !== 'adj')) return null;
  // the first adjective is the country; a second one is the group ("Bosnian Serbs" are Bosnia's)
  const adj = inside.reduce((a, b) => (b.start < a.start ? b : a));
  return adj.start === r.start && adj.end < r.end && GROUP_WORDS.test(text.slice(adj.end, r.end)) ? adj : null;
}

export function mergeNames(text: string, known: readonly KnownName[], recognised: readonly RecognisedSpan[], namesake: Namesake = () => false): NameSpan[] {
  const out: NameSpan[] = [];
  const swallowed = new Set<KnownName>();
  for (const r of recognised) {
    const overlapping = spanIndex(known).overlapping(r.start, r.end);
    // a place that is no actor (a US state) only names: the recogniser's reading of its words stands
    // ("COLORADO" is a team in a results table)
    const inside = overlapping.filter((k) => k.alias.kind !== 'place');
    const before = out.length;
    const surname = inside.length === 1 && inside[0]!.alias.kind === 'person' && inside[0]!.end === r.end && inside[0]!.start > r.start ? inside[0]! : null;
    // "The Philippines": a leading article is all the recogniser's span has more than the known name
    const onlyArticle = inside.length === 1 && inside[0]!.end === r.end && /^the\s+$/i.test(text.slice(r.start, inside[0]!.start));
    const holdsAll = !onlyArticle && inside.length > 0 && inside.every((k) => k.start >= r.start && k.end <= r.end && k.end - k.start < r.end - r.start);
    // a known name inside a longer one ("Russian" in "Russian Foreign Ministry", "League" in
    // "National League", "West" in "West Bank") is at most its owner, not the entity; a known
    // person inside a longer span stays the entity, the span being the recogniser's mistake
    const weak = r.type === 'MISC' && r.confidence < MISC_OVER_KNOWN && inside.length > 0 && inside.every((k) => k.end === r.end && k.start > r.start);
    const country = peopleOfCountry(text, r, inside);
    if (country) {
      // the country's adjective stays the name, and the coder reads the group as its country's
      for (const k of inside) if (k !== country) swallowed.add(k);
    } else if (weak) {
      const end = r.start + text.slice(r.start, inside[0]!.start).trimEnd().length;
      // what is left of "R-Texas" is no name
      if (/\p{L}{2}/u.test(text.slice(r.start, end))) out.push({ source: 'ner', start: r.start, end, recognised: { ...r, end } });
    } else if (holdsAll && inside.every((k) => k.alias.kind !== 'person')) {
      for (const k of inside) swallowed.add(k);
      out.push({ source: 'ner', start: r.start, end: r.end, recognised: r });
    } else if (r.type === 'PERSON' && surname && namesake(surname, r.start)) {
      swallowed.add(surname);
      out.push({ source: 'ner', start: r.start, end: r.end, recognised: r });
    } else if (inside.length === 0) {
      out.push({ source: 'ner', start: r.start, end: r.end, recognised: r });
    } else if (r.type === 'PERSON' && r.confidence >= PERSON_OVER_PLACE && inside.every((k) => k.start === r.start && k.end === r.end && PLACE_KINDS.has(k.alias.kind))) {
      for (const k of inside) swallowed.add(k);
      out.push({ source: 'ner', start: r.start, end: r.end, recognised: r });
    }
    if (out.length > before) for (const k of overlapping) if (k.alias.kind === 'place') swallowed.add(k);
  }
  for (const k of known) if (!swallowed.has(k)) out.push({ source: 'kb', start: k.start, end: k.end, known: k });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A dash between blanks ends a name ("shot Scott - Brentley Vinson, who" names two people), and so
 * does a long dash between words ("The Washington Post–shows"): names join words with hyphens only.
 */
const SPACED_DASH = /\s[-–—]\s|[–—]/g;

export function splitAtDashes(text: string, r: RecognisedSpan): RecognisedSpan[] {
  const out: RecognisedSpan[] = [];
  let start = r.start;
  for (const m of text.slice(r.start, r.end).matchAll(SPACED_DASH)) {
    out.push({ ...r, start, end: r.start + m.index });
    start = r.start + m.index + m[0].length;
  }
  out.push({ ...r, start, end: r.end });
  // what the dash cuts off in lower case ("shows") is no name
  return out.length === 1 ? out : out.filter((p) => p.end > p.start && /^[\p{Lu}\p{N}]/u.test(text.slice(p.start, p.end)));
}
