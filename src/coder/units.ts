// Noun-phrase chunks and actor units.
//
// A chunk is a run of nominal words (determiners, adjectives, nouns, numbers, possessive 's, and
// any word inside a dictionary phrase). A unit is what a verb's source or target can be: a chunk,
// or chunks joined by and/or/nor or list commas ("Arnor, Osgiliath and Gondor"), with an agent
// chunk distributed over the actors of an of/in/from phrase ("lawmakers in Fornost and Gondor").
import type { DictionaryRef, Span } from '../types.js';
import type { AgentEntry } from '../dictionary/model.js';
import { type ActorMatch, CARRIED_MENTION, type PhraseMatch } from './phrases.js';
import type { Word } from './words.js';
import { OTHERS_OF_OWNER } from '../language/others-of-owner.js';

export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly actor: ActorMatch | null;
  readonly agents: readonly AgentEntry[];
  readonly former: boolean;
  readonly determined: boolean;
  /** The owner that opens the phrase: a possessive pronoun or a name before 's ("their meeting", "Iran's attack"). */
  readonly possessor: ActorMatch | null;
}

export interface Member {
  /** null: a new actor known only by its words. */
  readonly code: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly ref: DictionaryRef | null;
  readonly rule: string;
  /** Where an actor named outside the sentence's words stands in the text (a quote's speaker). */
  readonly span?: Span;
}

export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly members: readonly Member[];
  readonly chunks: readonly Chunk[];
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const NOT_NOMINAL = new Set(['THAT', 'WHICH', 'WHAT', 'WHOSE', 'THIS', 'THESE', 'THOSE']);
const HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM']);
const CONJUNCTIONS = new Set(['AND', 'OR', 'NOR']);
/** Prepositions that hang an actor on an agent ("ambassadors of", "soldiers from", "lawmakers in"). */
const AGENT_PREPOSITIONS = new Set(['OF', 'IN', 'FROM']);
const FORMER = 'FORMER';

function isNominal(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (NOT_NOMINAL.has(w.text)) return false;
  if (NOMINAL_POS.has(w.pos)) return true;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.text === "'S" || w.text === "'") return prev !== undefined && NOMINAL_POS.has(prev.pos);
  if (w.pos === 'ADV') return next?.pos === 'ADJ';
  if (w.pos === 'CCONJ') return prev?.pos === 'ADJ' && next?.pos === 'ADJ';
  return false;
}

export function findChunks(words: readonly Word[], phrases: readonly PhraseMatch[]): Chunk[] {
  const phraseAt = new Map(phrases.map((p) => [p.start, p]));
  const chunks: Chunk[] = [];
  let start = -1;
  let members: PhraseMatch[] = [];
  let lastPos = '';
  const close = (end: number) => {
    if (start >= 0) chunks.push(makeChunk(words, start, end, members));
    start = -1;
    members = [];
    lastPos = '';
  };
  let i = 0;
  while (i < words.length) {
    const p = phraseAt.get(i);
    if (p) {
      if (start < 0) start = i;
      members.push(p);
      i = p.end;
      lastPos = 'PROPN';
      continue;
    }
    if (!isNominal(words, i)) {
      close(i);
      i++;
      continue;
    }
    const w = words[i]!;
    if (w.pos === 'DET' && start >= 0 && HEAD_POS.has(lastPos)) close(i);
    if (start < 0) start = i;
    lastPos = w.pos;
    i++;
  }
  close(words.length);
  return chunks;
}

function makeChunk(words: readonly Word[], start: number, end: number, phrases: PhraseMatch[]): Chunk {
  // a possessive pronoun resolved to an actor ("his South Korean counterpart") does not name the phrase it opens
  const possessive = (p: PhraseMatch) => p.end - p.start === 1 && words[p.start]!.pos === 'PRON' && p.end < end;
  const owner = phrases.find((p): p is ActorMatch => p.kind === 'actor' && p.codes.length > 0 && p.start === start && (possessive(p) || (words[p.end]?.text === "'S" && p.end + 1 < end)));
  const ofOthers = owner !== undefined && OTHERS_OF_OWNER.has(words[end - 1]!.lemma);
  const actors = phrases.filter((p): p is ActorMatch => p.kind === 'actor' && p.codes.length > 0 && !possessive(p) && !(ofOthers && p === owner));
  // the first actor names the phrase, unless a later one is the same actor more precisely
  // ("North Korean leader Kim Jong Un": PRK, then PRKGOV)
  let actor = actors[0] ?? null;
  for (const later of actors.slice(1)) {
    if (actor && later.codes.some((c) => actor!.codes.some((a) => c.length > a.length && c.startsWith(a)))) actor = later;
  }
  const agents = phrases.filter((p) => p.kind === 'agent').map((p) => (p.kind === 'agent' ? p.entry : null!));
  // a "former" inside a mention the entity stage coded is already in its code ("the former banker")
  const coded = (i: number) => actor !== null && (actor.rule === 'coder/mention' || actor.rule === CARRIED_MENTION) && actor.start <= i && i < actor.end;
  let former = false;
  for (let i = start; i < end; i++) if (words[i]!.text === FORMER && !coded(i)) former = true;
  return { start, end, actor, agents, former, determined: words[start]!.pos === 'DET', possessor: owner ?? null };
}

/** 3-letter pieces of a CAMEO actor code. */
function pieces(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 3) out.push(code.slice(i, i + 3));
  return out;
}

/** Actor code plus agent codes, PETRARCH style: suffix agents appended piece by piece without repeats. */
export function combineCodes(actor: string | null, agents: readonly AgentEntry[], former: boolean): string {
  if (former && actor) return actor.endsWith('ELI') ? actor : actor + 'ELI';
  let code = actor ?? '---';
  for (const a of agents) {
    if (a.position === 'prefix') {
      code = code === '---' ? a.code : a.code + code;
      continue;
    }
    const have = pieces(code);
    for (const p of pieces(a.code)) {
      if (!have.includes(p)) {
        code += p;
        have.push(p);
      }
    }
  }
  return former && !code.endsWith('ELI') ? code + 'ELI' : code;
}

export interface UnitOptions {
  readonly newActorLength: number;
  /** Whether a noun names an act a verb pattern codes ("criticism", "invasion"): its "of" phrase is its object, not its owner. */
  readonly isActNoun?: (lemma: string) => boolean;
}

/** Surface text of words [start, end) without possessive markers. */
export function wordsText(words: readonly Word[], start: number, end: number): string {
  const out: string[] = [];
  for (let i = start; i < end; i++) if (words[i]!.text !== "'S" && words[i]!.text !== "'") out.push(words[i]!.surface);
  return out.join(' ');
}

function chunkMembers(words: readonly Word[], c: Chunk, inherited: { code: string; agents: readonly AgentEntry[] } | null): Member[] {
  const text = wordsText(words, c.start, c.end);
  if (c.actor) {
    const a = c.actor;
    return a.codes.map((code) => ({ code: combineCodes(code, c.agents, c.former), text, start: c.start, end: c.end, ref: a.ref, rule: a.rule }));
  }
  if (c.agents.length === 0) return [];
  const ref = c.agents[0]!.ref;
  if (inherited) return [{ code: combineCodes(inherited.code, [...inherited.agents, ...c.agents], c.former), text, start: c.start, end: c.end, ref, rule: 'coder/agent-shared-actor' }];
  return [{ code: combineCodes(null, c.agents, c.former), text, start: c.start, end: c.end, ref, rule: 'coder/agent-only' }];
}

/** An agent chunk combined with each actor of the phrase hung on it ("ambassadors of Arnor and Gondor"). */
function agentOfActors(words: readonly Word[], agent: Chunk, host: readonly Chunk[]): Member[] {
  return host.flatMap((h) =>
    (h.actor?.codes ?? []).map((code) => ({
      code: combineCodes(code, [...agent.agents, ...h.agents], agent.former || h.former),
      text: wordsText(words, agent.start, h.end),
      start: agent.start,
      end: h.end,
      ref: h.actor!.ref,
      rule: 'coder/agent-of-actor',
    })),
  );
}

/**
 * Units over the chunks whose words are kept. `kept[i]` is false for words removed by the comma rules;
 * `listCommas` holds the commas that separate items of a list; no unit joins chunks across one of
 * `clauseStarts` ("Japan praised Korea | and China condemned Russia").
 */
export function buildUnits(words: readonly Word[], chunks: readonly Chunk[], kept: readonly boolean[], listCommas: ReadonlySet<number>, clauseStarts: readonly number[], options: UnitOptions): Unit[] {
  const visible = chunks.filter((c) => kept[c.start]);
  const between = (a: Chunk, b: Chunk): Word[] => {
    const out: Word[] = [];
    for (let i = a.end; i < b.start; i++) if (kept[i]) out.push(words[i]!);
    return out;
  };
  const joins = (a: Chunk, b: Chunk): boolean => {
    if (clauseStarts.some((c) => c >= a.end && c <= b.start)) return false;
    const sep: number[] = [];
    for (let i = a.end; i < b.start; i++) if (kept[i]) sep.push(i);
    if (sep.length === 1) return CONJUNCTIONS.has(words[sep[0]!]!.text) || listCommas.has(sep[0]!);
    return sep.length === 2 && listCommas.has(sep[0]!) && CONJUNCTIONS.has(words[sep[1]!]!.text);
  };
  const groupFrom = (j: number): number => {
    let k = j;
    while (k + 1 < visible.length && joins(visible[k]!, visible[k + 1]!)) k++;
    return k;
  };
  const units: Unit[] = [];
  let j = 0;
  while (j < visible.length) {
    const k = groupFrom(j);
    const group = visible.slice(j, k + 1);
    const last = group[group.length - 1]!;
    // members of each conjunct; a bare agent after an actor conjunct shares its actor ("Danish media and government")
    const perChunk = group.map((c, n) => {
      const prev = n > 0 ? group[n - 1]! : null;
      const shared = prev?.actor && !c.actor && !c.determined && c.agents.length > 0 ? { code: prev.actor.codes[0]!, agents: prev.agents.slice(0, -1) } : null;
      return chunkMembers(words, c, shared);
    });
    let next = k + 1;
    const after = visible[next];
    const sep = after ? between(last, after) : [];
    if (after && sep.length === 1 && AGENT_PREPOSITIONS.has(sep[0]!.text)) {
      const hk = groupFrom(next);
      const host = visible.slice(next, hk + 1);
      const hung = hangPhrase(words, group, perChunk, host, sep[0]!.text, options);
      if (hung) {
        perChunk.splice(0, perChunk.length, ...hung);
        next = hk + 1;
      }
    }
    const members = perChunk.flat();
    if (members.length > 0 && options.newActorLength > 0) {
      // in a compound with known actors, the unknown conjuncts are new actors
      group.forEach((c, n) => {
        if (perChunk[n]!.length > 0) return;
        const text = wordsText(words, c.start, c.end);
        if (text.split(' ').length <= options.newActorLength) members.push({ code: null, text, start: c.start, end: c.end, ref: null, rule: 'coder/new-actor' });
      });
    }
    const chunksOfUnit = visible.slice(j, next);
    units.push({ start: group[0]!.start, end: chunksOfUnit[chunksOfUnit.length - 1]!.end, members, chunks: chunksOfUnit });
    j = next;
  }
  return units;
}

/**
 * A prepositional phrase with actors hung on a group of conjuncts: spread over all of them when they
 * are all agents ("lawmakers and officials in Fornost"), else given to the last one when it is an
 * agent ("Ithilen and the government of Gondor") or a plain noun with "of" ("goats of Gondor").
 * Returns the conjuncts' new members, or null when the phrase does not attach.
 */
function hangPhrase(words: readonly Word[], group: readonly Chunk[], perChunk: readonly Member[][], host: readonly Chunk[], preposition: string, options: UnitOptions): Member[][] | null {
  const hostMembers = host.flatMap((c) => chunkMembers(words, c, null)).filter((m) => !m.code?.startsWith('---'));
  if (hostMembers.length === 0) return null;
  const last = group[group.length - 1]!;
  const others = perChunk.slice(0, -1);
  if (group.every((c) => !c.actor && c.agents.length > 0)) return group.map((c) => agentOfActors(words, c, host));
  if (!last.actor && last.agents.length > 0) return [...others, agentOfActors(words, last, host)];
  // "criticism of Uganda" is an act and its object: Uganda is the act's target, not the phrase's actor
  if (!last.actor && preposition === 'OF' && !options.isActNoun?.(words[last.end - 1]!.lemma)) return [...others, hostMembers];
  return null;
}

/** A new actor named by a plain unit's words (and an of-phrase after it), when short enough. */
export function newActor(words: readonly Word[], unit: Unit, units: readonly Unit[], kept: readonly boolean[], maxLength: number): Member | null {
  let end = unit.end;
  let of = end;
  while (of < words.length && !kept[of]) of++;
  if (words[of]?.text === 'OF') {
    // "the Ministry of Magic": a plain phrase right after "of" belongs to the name
    const host = units.find((u) => u.start > of);
    let gap = of + 1;
    while (host && gap < host.start && !kept[gap]) gap++;
    if (host && host.members.length === 0 && gap === host.start) end = host.end;
  }
  const parts: string[] = [];
  for (let i = unit.start; i < end; i++) if (kept[i] && words[i]!.text !== "'S" && words[i]!.text !== "'") parts.push(words[i]!.surface);
  if (parts.length === 0 || parts.length > maxLength) return null;
  return { code: null, text: parts.join(' '), start: unit.start, end, ref: null, rule: 'coder/new-actor' };
}
