// The golden event set (golden.tsv): sentences we wrote ourselves, each with the events the whole
// pipeline must code from it. Shared by the test and scripts/golden-events.ts.
//
// golden.tsv, tab separated, `#` comment lines:
//   root  date  sentence  expected  [todo: why it still fails]
// expected: `-` for no event, else events joined by ` ; `, each `SOURCE TARGET CODE [historical]`.
// SOURCE, TARGET and CODE take alternatives (`RUS|RUSGOV`); a TARGET `-` is an event with no target,
// a SOURCE `-` one whose doer is not said ("were killed in a bombing in Kandahar");
// a two-digit CODE is a root ("19": any 19x code). A leading `?` marks an event that may come out but need not. Every coded event must
// match an expectation, so the negatives and wrong-actor traps fail on any extra event; `historical`
// must be present exactly when the event is background.
import { readFileSync } from 'node:fs';
import type { CodedEvent } from '../../src/types.js';

export const GOLDEN_FILE = new URL('./golden.tsv', import.meta.url);

export interface ExpectedEvent {
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly codes: readonly string[];
  readonly historical: boolean;
  readonly optional: boolean;
}

export interface GoldenCase {
  readonly line: number;
  /** The CAMEO root the sentence tests (its negatives included). */
  readonly root: string;
  readonly date: string;
  readonly text: string;
  readonly expected: readonly ExpectedEvent[];
  /** Why the sentence still fails, when it is a known failure left to the code. */
  readonly todo: string | null;
}

function parseEvent(text: string, where: string): ExpectedEvent {
  const optional = text.startsWith('?');
  const [source, target, code, flag, ...rest] = text.replace(/^\?/, '').trim().split(/\s+/);
  if (!source || !target || !code || rest.length > 0 || (flag !== undefined && flag !== 'historical')) {
    throw new Error(`${where}: bad event "${text}" (SOURCE TARGET CODE [historical])`);
  }
  return { sources: source.split('|').map((s) => (s === '-' ? '' : s)), targets: target.split('|').map((t) => (t === '-' ? '' : t)), codes: code.split('|'), historical: flag === 'historical', optional };
}

/** The cases of golden.tsv, or of another file in its format. */
export function loadGolden(file: URL = GOLDEN_FILE): GoldenCase[] {
  const name = file.pathname.split('/').pop();
  const cases: GoldenCase[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim() || raw.startsWith('#')) return;
      const [root, date, text, expected, todo] = raw.split('\t');
      if (!root || !/^\d\d$/.test(root) || !date || !text || !expected) throw new Error(`${name}:${line}: want root, date, sentence, expected`);
      const events = expected.trim() === '-' ? [] : expected.split(' ; ').map((e) => parseEvent(e, `${name}:${line}`));
      cases.push({ line, root, date, text, expected: events, todo: todo?.replace(/^todo:\s*/, '') || null });
    });
  return cases;
}

export function showEvent(e: CodedEvent): string {
  const actor = (a: CodedEvent['source'] | null) => a?.code ?? (a ? `"${a.text}"` : '-');
  return `${actor(e.source)} ${actor(e.target)} ${e.code}${e.historical ? ' historical' : ''}`;
}

function fits(e: CodedEvent, want: ExpectedEvent): boolean {
  const codeFits = want.codes.some((c) => (c.length === 2 ? e.code.startsWith(c) : e.code === c));
  return codeFits && want.sources.includes(e.source.code ?? '') && want.targets.includes(e.target?.code ?? '') && e.historical === want.historical;
}

/** What is wrong with the coded events: required events not found, events nobody asked for. */
export function problems(events: readonly CodedEvent[], expected: readonly ExpectedEvent[]): string[] {
  const out: string[] = [];
  const used = new Set<CodedEvent>();
  for (const want of expected) {
    const hit = events.find((e) => !used.has(e) && fits(e, want));
    if (hit) used.add(hit);
    else if (!want.optional) out.push(`missing ${want.sources.join('|')} ${want.targets.join('|')} ${want.codes.join('|')}${want.historical ? ' historical' : ''}`);
  }
  for (const e of events) if (!used.has(e) && !expected.some((w) => fits(e, w))) out.push(`unexpected ${showEvent(e)}`);
  return out;
}
