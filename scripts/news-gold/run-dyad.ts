// Sends base texts through the project CLI (`dyad code - --format jsonl`), the way a user's script
// would, and reads back what the scorer compares: sentences, events with their trigger spans, and
// the actor codes dyad's entities gave anywhere in the document.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { ScoredEvent, Span } from './match.js';

export interface SystemEvent extends ScoredEvent {
  readonly historical: boolean;
  readonly date: string | null;
  /** The rule that coded it (a verb pattern, a modality, a quote's comment ...). */
  readonly rule: string;
  readonly confidence: number;
}

export interface SystemDocument {
  readonly id: string;
  /** The text dyad read; it must be the base text itself for the offsets to agree. */
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Events other than plain statements (010). */
  readonly events: readonly SystemEvent[];
  readonly statements: number;
  readonly actorCodes: ReadonlySet<string>;
  readonly error: string | null;
}

export interface Input {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
}

interface RawEvent {
  code: string;
  source: { code: string | null } | null;
  target: { code: string | null } | null;
  sentence: number;
  historical: boolean;
  date: string | null;
  confidence: number;
  evidence?: { verb?: Span; rule?: string };
}

interface RawRecord {
  id: string;
  error: { message: string } | null;
  article: { text: string } | null;
  sentences?: Span[];
  entities?: { actor: string | null }[];
  references?: { actor: string | null }[];
  events?: RawEvent[];
}

const PLAIN_STATEMENT = '010';

const slot = (actor: { code: string | null } | null): string[] | null => (actor?.code ? [actor.code] : null);

export function readRecord(record: RawRecord): SystemDocument {
  const sentences = (record.sentences ?? []).map(({ start, end }) => ({ start, end }));
  const all = record.events ?? [];
  const events = all
    .filter((e) => e.code !== PLAIN_STATEMENT)
    .map((e): SystemEvent => {
      // The trigger is the verb span; an event without one stands at its sentence's start.
      const trigger = e.evidence?.verb ?? sentences[e.sentence] ?? { start: 0, end: 0 };
      return { start: trigger.start, end: trigger.end, code: e.code, source: slot(e.source), target: slot(e.target), historical: e.historical, date: e.date, rule: e.evidence?.rule ?? '-', confidence: e.confidence };
    });
  const actorCodes = new Set<string>();
  for (const m of [...(record.entities ?? []), ...(record.references ?? [])]) if (m.actor) actorCodes.add(m.actor);
  return {
    id: record.id,
    text: record.article?.text ?? '',
    sentences,
    events,
    statements: all.length - events.length,
    actorCodes,
    error: record.error?.message ?? null,
  };
}

/** Codes every input in one CLI run (with the user's knowledge folders, if any); the records come back in input order. */
export function runDyad(root: string, inputs: readonly Input[], kb: readonly string[] = []): SystemDocument[] {
  if (!inputs.length) return [];
  const stdin = inputs.map(({ id, text, date }) => JSON.stringify({ id, text, ...(date ? { date } : {}), verbatim: true })).join('\n') + '\n';
  const run = spawnSync(process.execPath, [join(root, 'bin/dyad.js'), 'code', '-', '--format', 'jsonl', ...kb.flatMap((dir) => ['--kb', dir])], { cwd: root, input: stdin, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`dyad code failed (${run.status}): ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => readRecord(JSON.parse(l) as RawRecord));
}
