// Namesakes of known people. A known surname written after a given name or initials that none of
// the person's names has is another person: "Jonathan P. Blair" is not Tony Blair, "Jeb Bush" not
// George W. Bush, "George P. Bush" not George W. Bush either (the middle initial differs). A title or
// form of address before the surname ("Prime Minister Blair", "Mr. Blair") says nothing against them.
import type { Person } from '../kb/types.js';
import type { Token } from '../types.js';
import type { EntityKnowledge } from './knowledge.js';
import type { KnownName, Namesake, RecognisedSpan } from './names.js';

/** Words before a surname that are a form of address or a rank, not a first name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'sen', 'gov', 'rep', 'gen', 'col', 'lt', 'sgt', 'prof', 'rev', 'st', 'president', 'judge', 'justice']);
const GIVEN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** At most a given name and two initials or middle names before the surname. */
const MAX_WORDS_BEFORE = 3;

const isHonorific = (word: string) => HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));

/** The rule of a span read as a namesake of a known person. */
export const NAMESAKE_RULE = 'entities/namesake';

/**
 * True when `written` ("Jonathan P. Blair"), ending in one of the person's names, is someone else:
 * its given name starts none of the person's full names, or its middle initials are not the ones the
 * person's names with that given name carry.
 */
export function isNamesake(written: string, person: Person): boolean {
  const words = written.split(/\s+/);
  const given = words[0]!;
  if (words.length < 2 || isHonorific(given)) return false;
  const names = [person.name, ...person.aliases];
  if (names.some((n) => n.toLowerCase() === written.toLowerCase())) return false;
  const sameGiven = names.filter((n) => n.startsWith(`${given} `));
  if (sameGiven.length === 0) return true;
  const initials = words.slice(1, -1).filter((w) => INITIAL.test(w));
  const known = new Set(
    sameGiven.flatMap((n) =>
      n
        .split(' ')
        .slice(1, -1)
        .filter((w) => INITIAL.test(w)),
    ),
  );
  return initials.length > 0 && known.size > 0 && !initials.every((i) => known.has(i));
}

/** The recogniser's person span that ends in a known person's surname is a namesake ("Jeb Bush"). */
export function namesakeOf(text: string, knowledge: EntityKnowledge, roles: readonly { start: number }[]): Namesake {
  return (surname, start) => {
    const person = knowledge.people.get(surname.alias.canonical);
    if (!person || roles.some((r) => r.start === start)) return false;
    const before = text.slice(start, surname.start).trim().split(/\s+/);
    if (!before[0] || !GIVEN_NAME.test(before[0]) || isHonorific(before[0])) return false;
    return isNamesake(`${before.join(' ')} ${text.slice(surname.start, surname.end)}`, person);
  };
}

export interface NamesakeContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly token: (offset: number) => number;
  readonly startsSentence: (i: number) => boolean;
  /** True when a role word ends at this offset ("Prime Minister Blair"). */
  readonly isRoleEnd: (end: number) => boolean;
}

export interface NamesakeReading {
  readonly known: KnownName[];
  /** The namesakes' full names, as person spans that replace the recogniser's spans they overlap. */
  readonly spans: RecognisedSpan[];
}

/**
 * Known surnames written one word alone after given names or initials the recogniser may have left
 * out of its span ("Jonathan" and "Blair" apart): the whole name is a namesake's, and the surname
 * match goes.
 */
export function readNamesakes(ctx: NamesakeContext, knowledge: EntityKnowledge, known: readonly KnownName[]): NamesakeReading {
  const spans: RecognisedSpan[] = [];
  const kept = known.filter((k) => {
    if (k.alias.kind !== 'person' || /\s/.test(ctx.text.slice(k.start, k.end))) return true;
    const person = knowledge.people.get(k.alias.canonical);
    const start = givenNamesBefore(ctx, knowledge, k, known);
    if (!person || start === null || !isNamesake(ctx.text.slice(start, k.end).replace(/\s+/g, ' '), person)) return true;
    spans.push({ start, end: k.end, type: 'PERSON', confidence: 0.75, rule: NAMESAKE_RULE });
    return false;
  });
  return { known: kept, spans };
}

/** Where the given names and initials right before a surname start, or null when there are none. */
function givenNamesBefore(ctx: NamesakeContext, knowledge: EntityKnowledge, k: KnownName, known: readonly KnownName[]): number | null {
  let i = ctx.token(k.start);
  let start: number | null = null;
  let after = k.start;
  for (let n = 0; n < MAX_WORDS_BEFORE; n++) {
    const t = ctx.tokens[i - 1];
    if (!t || ctx.text.slice(t.end, after) !== ' ' || t.pos !== 'PROPN' || ctx.isRoleEnd(t.end)) break;
    const word = ctx.text.slice(t.start, t.end);
    if (!(GIVEN_NAME.test(word) || INITIAL.test(word)) || isHonorific(word)) break;
    if (known.some((o) => o.start <= t.start && t.start < o.end)) break;
    // a capitalised first word of a sentence may be any word ("Police Blair"), unless it is a known
    // person's given name or an initial follows
    const initialAfter = INITIAL.test(ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[i]!.end));
    if (ctx.startsSentence(i - 1) && !initialAfter && !knowledge.givenNames.has(word)) break;
    start = t.start;
    after = t.start;
    i--;
  }
  return start !== null && INITIAL.test(ctx.text.slice(start, ctx.tokens[ctx.token(start)]!.end)) ? null : start;
}
