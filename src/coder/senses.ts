// Senses of conflict words that are no political events (kb/senses.tsv): conflict roots in a
// sentence about sport or business are dropped, and "attacked Clinton" with no weapon in sight is
// criticism (111), not an assault. Applied to our own lemma patterns' events, sentence by sentence.
import { join } from 'node:path';
import { columns, issue, list, readLines } from '../kb/lines.js';
import { defaultKbDir } from '../kb/paths.js';
import type { CodedEvent, Issue, Mention } from '../types.js';
import type { Word } from './words.js';

interface Verbal {
  readonly roots: ReadonlySet<string>;
  readonly triggers: ReadonlySet<string>;
  readonly code: string;
  readonly unless: string;
  readonly ref: { readonly file: string; readonly line: number };
}

/** An act whose actor on one side is named as such is another act: peacekeepers "arriving in" a country are deployed, not visiting. */
interface ActorSense {
  readonly code: string;
  readonly side: 'source' | 'target';
  readonly words: ReadonlySet<string>;
  readonly recode: string;
}

export interface SenseTable {
  /** context name -> its nouns (lemmas). */
  readonly contexts: ReadonlyMap<string, ReadonlySet<string>>;
  /** context name -> the CAMEO roots dropped in it. */
  readonly drops: ReadonlyMap<string, ReadonlySet<string>>;
  readonly verbal: readonly Verbal[];
  readonly actors: readonly ActorSense[];
  /** Codes of travel that is no visit when it reaches a capital of the traveller's own country. */
  readonly homeTravel: ReadonlySet<string>;
  readonly issues: readonly Issue[];
}

let cached: SenseTable | null = null;

export function builtinSenses(): SenseTable {
  cached ??= loadSenses(join(defaultKbDir(), 'senses.tsv'), 'kb/senses.tsv');
  return cached;
}

export function loadSenses(path: string, file: string): SenseTable {
  const contexts = new Map<string, Set<string>>();
  const drops = new Map<string, Set<string>>();
  const verbal: Verbal[] = [];
  const actors: ActorSense[] = [];
  const homeTravel = new Set<string>();
  const issues: Issue[] = [];
  const roots = (cell: string) => list(cell).every((r) => /^\d\d$/.test(r));
  for (const line of readLines(path, file)) {
    const [kind, a, b, c, d, ...rest] = columns(line.text);
    const at = { file: line.file, line: line.line };
    if (kind === 'context' && a && b && c === undefined) {
      contexts.set(a, new Set(list(b)));
    } else if (kind === 'drop' && a && b && c === undefined && roots(b)) {
      drops.set(a, new Set(list(b)));
    } else if (kind === 'verbal' && a && b && c && d && rest.length === 0 && roots(a) && /^\d{2,4}$/.test(c)) {
      verbal.push({ roots: new Set(list(a)), triggers: new Set(list(b)), code: c, unless: d, ref: at });
    } else if (kind === 'actor' && a && (b === 'source' || b === 'target') && c && d && rest.length === 0 && /^\d{2,4}$/.test(a) && /^\d{2,4}$/.test(d)) {
      actors.push({ code: a, side: b, words: new Set(list(c)), recode: d });
    } else if (kind === 'home' && a && b === undefined && list(a).every((code) => /^\d{2,4}$/.test(code))) {
      for (const code of list(a)) homeTravel.add(code);
    } else {
      issues.push(issue('kb/senses', `cannot read "${line.text.trim()}": want context NAME WORDS, drop NAME ROOTS, verbal ROOTS TRIGGERS CODE UNLESS, actor CODE source|target WORDS CODE, or home CODES`, at));
    }
  }
  for (const name of [...drops.keys(), ...verbal.map((v) => v.unless)]) {
    if (!contexts.has(name)) issues.push(issue('kb/senses', `context "${name}" is not defined`, { file, line: 0 }));
  }
  return { contexts, drops, verbal, actors, homeTravel, issues };
}

/** The contexts a sentence is in: any of a context's nouns stands in it. */
function contextsOf(table: SenseTable, words: readonly Word[]): Set<string> {
  const nouns = new Set(words.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN').map((w) => w.lemma));
  const found = new Set<string>();
  for (const [name, set] of table.contexts) for (const n of set) if (nouns.has(n)) found.add(name);
  return found;
}

/** The act an event is when its actor is named as one that does another (kb/senses.tsv `actor`), else null. */
function actorSense(table: SenseTable, e: CodedEvent, words: readonly Word[]): string | null {
  for (const sense of table.actors) {
    const span = sense.code === e.code ? e[sense.side]?.span : undefined;
    if (span && words.some((w) => w.start >= span.start && w.end <= span.end && sense.words.has(w.lemma))) return sense.recode;
  }
  return null;
}

/** How a capital standing for its government is coded (entities/entity-stage.ts). */
const CAPITAL = 'kb/capital';

/**
 * A visit whose host is a capital of the visitor's own country ("Trump arrived in Washington"):
 * travel at home, with no host to receive it. A named seat stays a host: a senator at the White
 * House visits the president.
 */
function travelAtHome(table: SenseTable, e: CodedEvent, mentions: readonly Mention[]): boolean {
  if (!table.homeTravel.has(e.code) || !e.source.code || !e.target?.code) return false;
  const capital = ({ span }: CodedEvent['source']) => span !== null && mentions.some((m) => m.provenance.rule === CAPITAL && m.start < span.end && span.start < m.end);
  return e.source.code.slice(0, 3) === e.target.code.slice(0, 3) && (capital(e.source) || capital(e.target));
}

/** The sentence's events with conflict senses of sport and business dropped, verbal attacks and acts of named actors recoded. */
export function applySenses(table: SenseTable, events: readonly CodedEvent[], words: readonly Word[], mentions: readonly Mention[], recoded: (e: CodedEvent, code: string, rule: string) => CodedEvent): CodedEvent[] {
  if (events.length === 0) return [];
  const contexts = contextsOf(table, words);
  const dropped = new Set<string>();
  for (const c of contexts) for (const r of table.drops.get(c) ?? []) dropped.add(r);
  const out: CodedEvent[] = [];
  for (const e of events) {
    const root = e.code.slice(0, 2);
    if (dropped.has(root) || travelAtHome(table, e, mentions)) continue;
    const trigger = words.find((w) => w.start === e.verbSpan.start)?.lemma ?? '';
    const verbal = table.verbal.find((v) => v.roots.has(root) && v.triggers.has(trigger) && !contexts.has(v.unless));
    const span = e.target?.span;
    const person = span ? mentions.some((m) => m.type === 'PERSON' && m.start < span.end && span.start < m.end) : false;
    const actorCode = actorSense(table, e, words);
    out.push(verbal && person ? recoded(e, verbal.code, 'coder/sense-verbal') : actorCode ? recoded(e, actorCode, 'coder/sense-actor') : e);
  }
  return out;
}
