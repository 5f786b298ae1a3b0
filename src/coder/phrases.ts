// Finding dictionary phrases (actors, agents, discards) in a sentence: longest match first, left to right.
import type { DictionaryRef, Mention } from '../types.js';
import { type ActorEntry, type AgentEntry, type CompiledDictionaries, type DatedCode, type LazyTable, RUN, type RunIndex } from '../dictionary/model.js';
import type { Word } from './words.js';
import { IT_PREVIOUS_SUBJECT, ROLE_OF_PREVIOUS_SUBJECT } from '../entities/previous-subject.js';

export interface ActorMatch {
  readonly kind: 'actor';
  readonly start: number;
  readonly end: number;
  /** Codes valid at the document date; empty when the phrase is known not to be an actor (`---`). */
  readonly codes: readonly string[];
  readonly name: string;
  readonly ref: DictionaryRef | null;
  readonly rule: string;
}

export interface AgentMatch {
  readonly kind: 'agent';
  readonly start: number;
  readonly end: number;
  readonly entry: AgentEntry;
}

export type PhraseMatch = ActorMatch | AgentMatch;

/** Length of the phrase that matches at `at`, or 0. */
export function phraseAt(words: readonly Word[], at: number, phrase: readonly string[]): number {
  if (at + phrase.length > words.length) return 0;
  for (let k = 0; k < phrase.length; k++) if (words[at + k]!.text !== phrase[k]) return 0;
  return phrase.length;
}

/** The longest entry of `index` that matches at `at`. */
export function longestAt<T extends { readonly words: readonly string[] }>(words: readonly Word[], at: number, index: RunIndex, table: LazyTable<T>): T | null {
  const run = index.get(words[at]!.text);
  if (run === undefined) return null;
  const start = Math.floor(run / RUN);
  const end = start + (run % RUN);
  for (let id = start; id < end; id++) {
    const e = table.get(id);
    if (phraseAt(words, at, e.words) > 0) return e;
  }
  return null;
}

/** YYYY-MM-DD -> YYYYMMDD */
export function dateNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  return Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
}

/** Codes of an actor entry in force at `date`: the first dated code covering it, else the undated ones. */
export function codesAt(codes: readonly DatedCode[], date: number | null): string[] {
  if (date !== null) {
    for (const c of codes) {
      if (c.from === null && c.to === null) break;
      if ((c.from === null || date >= c.from) && (c.to === null || date <= c.to)) return c.code === '---' ? [] : [c.code];
    }
  }
  const open = codes.filter((c) => c.from === null && c.to === null && c.code !== '---').map((c) => c.code);
  return open;
}

/**
 * Actor and agent phrases of a sentence. Mentions that already carry an actor code (the actor stage
 * of the built-in pipeline) win over dictionary look-up on their words.
 */
export function findPhrases(words: readonly Word[], dict: CompiledDictionaries, date: number | null, mentions: readonly Mention[] = []): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const mention = mentionAt(words, i, mentions);
    if (mention) {
      out.push(mention);
      i = mention.end;
      continue;
    }
    // a pronoun is never the start of a name ("us" is not the US)
    if (words[i]!.pos === 'PRON') {
      i++;
      continue;
    }
    const actor = longestAt(words, i, dict.actorIndex, dict.actors);
    const agent = longestAt(words, i, dict.agentIndex, dict.agents);
    if (actor && (!agent || actor.words.length >= agent.words.length)) {
      out.push(actorMatch(actor, i, date));
      i += actor.words.length;
    } else if (agent) {
      out.push({ kind: 'agent', start: i, end: i + agent.words.length, entry: agent });
      i += agent.words.length;
    } else i++;
  }
  return out;
}

function actorMatch(e: ActorEntry, at: number, date: number | null): ActorMatch {
  return { kind: 'actor', start: at, end: at + e.words.length, codes: codesAt(e.codes, date), name: e.name, ref: e.ref, rule: 'coder/actor-dictionary' };
}

/** An actor the coder takes from a mention the entity stage read in the sentence before ("It accused", "The government said"). */
export const CARRIED_MENTION = 'coder/mention-carried';
const CARRIED_REFERENCES = new Set([IT_PREVIOUS_SUBJECT, ROLE_OF_PREVIOUS_SUBJECT]);

function mentionAt(words: readonly Word[], at: number, mentions: readonly Mention[]): ActorMatch | null {
  const w = words[at]!;
  const m = mentions.find((x) => x.actor && x.start <= w.start && w.start < x.end);
  if (!m || (at > 0 && words[at - 1]!.start >= m.start)) return null;
  let end = at;
  while (end < words.length && words[end]!.start < m.end) end++;
  return { kind: 'actor', start: at, end, codes: [m.actor!], name: m.name, ref: m.provenance.entry ?? null, rule: CARRIED_REFERENCES.has(m.provenance.rule) ? CARRIED_MENTION : 'coder/mention' };
}
