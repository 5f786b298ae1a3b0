// The fuzzing harness's ingest mode: a corpus of hostile documents mixed with good ones goes into a
// store through `dyad ingest`, once cleanly and once killed (SIGKILL) at random points and resumed.
// Checked: the clean run ends with status 0, reads every input once and stores every bad document as
// an error row naming its input (none of them `internal`); the killed store, once resumed, holds what
// the clean one holds (documents, error rows, replaced versions, the rows of every table) and exports
// the same bytes, but for the time each row was added.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DATEADDED, dyad, EVENT_TIME, rows, startDyad, summary } from '../../test/cli/corpus.js';
import { writeCorpus } from './corpus.js';
import { rng } from './mutate.js';

export interface IngestFuzzOptions {
  /** Documents in the corpus. */
  readonly n: number;
  readonly seed: number;
  /** Ingests killed before the one that is let finish. */
  readonly kills: number;
  /** Seeds the points the ingests are killed at (the corpus is seeded by `seed`). */
  readonly killSeed?: number;
  readonly threads: number;
  /** A folder to work in (removed at the end). */
  readonly dir: string;
}

export interface IngestFuzzReport {
  readonly documents: number;
  readonly inputs: number;
  readonly stored: number;
  readonly errors: Record<string, number>;
  /** Each kill: when, and how many documents and error rows the store held after it. */
  readonly killed: readonly string[];
  readonly cleanSeconds: number;
  readonly problems: string[];
}

/** What must be the same in the clean store and the resumed one: everything but the time rows were added. */
const COMPARED: readonly [string, string][] = [
  ['documents', 'select url, content_hash, id, origin, site, title, byline, published, date, dateline_place, language, tone, word_count, length, md5(text) as text, issues from documents order by url'],
  ['errors', 'select url, content_hash, id, origin, code, reason from errors order by url, content_hash'],
  ['superseded', 'select url, content_hash from superseded order by url, content_hash'],
  ['entities', "select url, count(*) as n, md5(string_agg(concat_ws('|', start_offset, end_offset, type, actor, rule, confidence), ',' order by seq)) as rows from entities group by url order by url"],
  ['quotes', "select url, count(*) as n, md5(string_agg(concat_ws('|', start_offset, end_offset, cue, speaker_actor, rule, confidence), ',' order by seq)) as rows from quotes group by url order by url"],
  ['mentions', "select url, count(*) as n, md5(string_agg(concat_ws('|', event_id, code, source, target, day, rule, confidence), ',' order by seq)) as rows from mentions group by url order by url"],
];

/** GDELT's MentionTimeDate: the document's date, else the time the mention was added. */
const MENTION_TIME = 2;

/** The exports compared, with the columns that hold the time of the ingest blanked. */
const EXPORTS: readonly [string, readonly number[]][] = [
  ['gdelt-events', [DATEADDED]],
  ['gdelt-mentions', [EVENT_TIME, MENTION_TIME]],
  ['quotes', []],
  ['entities', []],
];

export async function fuzzIngest(options: IngestFuzzOptions): Promise<IngestFuzzReport> {
  const { dir } = options;
  const problems: string[] = [];
  const problem = (p: string) => {
    if (problems.length < 50) problems.push(p.slice(0, 500));
  };
  const inputsDir = join(dir, 'inputs');
  mkdirSync(inputsDir, { recursive: true });
  const corpus = writeCorpus(rng(options.seed), inputsDir, { n: options.n, batch: 200, good: 0.4 });
  const ingestArgs = (store: string) => ['ingest', ...corpus.inputs, '--store', store, '--threads', String(options.threads), '--json'];

  // the clean run
  const clean = join(dir, 'clean.duckdb');
  const started = Date.now();
  // a run that does not end in a generous time is a hang: it is stopped and reported
  const limitMs = (120 + options.n) * 1000;
  const startIngest = (store: string) => {
    const run = startDyad(ingestArgs(store));
    const deadline = setTimeout(() => {
      problem(`ingest: dyad ${ingestArgs(store).join(' ').slice(0, 200)} was still running after ${limitMs / 1000} s: a hang`);
      run.child.kill('SIGKILL');
    }, limitMs);
    void run.exited.then(() => clearTimeout(deadline));
    return run;
  };
  const cleanRun = startIngest(clean);
  let stdout = '';
  cleanRun.child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  const storing = await firstCommit(cleanRun);
  const ended = await cleanRun.exited;
  const cleanSeconds = (Date.now() - started) / 1000;
  // how long the clean run took from its first commit to its end: the span the kills fall in
  const codingMs = storing === null ? 0 : Date.now() - storing;
  if (ended.status !== 0) problem(`ingest: the clean run ended with ${ended.signal ?? `status ${ended.status}`}: ${ended.stderr.slice(-1000)}`);
  const unexpected = ended.stderr.split('\n').filter((l) => l.trim() && !/^(dyad ingest: \d+ (of \d+ )?documents |dyad: \d+ of \d+ documents )/.test(l));
  if (unexpected.length) problem(`ingest: unexpected standard error: ${unexpected.slice(0, 5).join(' | ')}`);
  const report = (stored: number, errors: Record<string, number>, killed: string[]): IngestFuzzReport => {
    rmSync(dir, { recursive: true, force: true });
    return { documents: options.n, inputs: corpus.expected.length, stored, errors, killed, cleanSeconds, problems };
  };
  // with no clean run to compare with, killing and resuming would tell nothing
  if (ended.status !== 0) return report(0, {}, []);
  const tally = summary({ status: 0, stdout, stderr: '' });
  if (tally.documents !== corpus.expected.length) problem(`ingest: read ${tally.documents} documents of ${corpus.expected.length} inputs`);

  const query = async (store: string, sql: string): Promise<Record<string, unknown>[]> => {
    const r = await dyad(['query', '--store', store, sql]);
    if (r.status !== 0) {
      problem(`ingest: query on ${store} failed: ${r.stderr.slice(0, 300)}`);
      return [];
    }
    return r.stdout
      .split('\n')
      .filter((l) => l)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  // every bad document is an error row that names its input and the problem
  const errorRows = await query(clean, 'select id, origin, code, reason from errors');
  const errors: Record<string, number> = {};
  for (const e of errorRows) {
    const [origin, code, reason] = [String(e.origin), String(e.code), String(e.reason)];
    errors[code] = (errors[code] ?? 0) + 1;
    if (code === 'internal') problem(`ingest: internal error: ${reason}`);
    if (!reason.includes(origin)) problem(`ingest: the error row of ${origin} does not name it: ${reason}`);
  }
  const [stored] = await query(clean, 'select count(*) as n from documents');
  const rowsInAll = Math.max(1, Number(stored?.n ?? 0) + errorRows.length);
  // the share of the clean run's rows the killed store holds: each kill falls in what is left to do
  let done = 0;

  // killed at random points, then resumed
  const r = rng(options.killSeed ?? options.seed ^ 0x5eed);
  const killedStore = join(dir, 'killed.duckdb');
  const killed: string[] = [];
  // the kill points are scaled by the clean run's pace; a machine whose load falls can make the
  // killed runs faster, so that the first ends before its kill: then the store starts afresh, with
  // the kill points brought forward
  let pace = 1;
  for (let k = 0, retries = 0; k < options.kills; k++) {
    // killed once it has committed, at a random point of what is left (each run has less to do)
    const delay = Math.round((0.05 + 0.75 * r.next()) * codingMs * (1 - done) * pace);
    const child = startIngest(killedStore);
    await firstCommit(child);
    await sleep(delay);
    child.child.kill('SIGKILL');
    const { signal } = await child.exited;
    const [held] = await query(killedStore, 'select (select count(*) from documents) as documents, (select count(*) from errors) as errors');
    killed.push(`${signal ?? 'ended'} ${delay} ms after its first commit: ${held?.documents ?? '?'} documents, ${held?.errors ?? '?'} errors`);
    done = Math.min(0.95, (Number(held?.documents ?? 0) + Number(held?.errors ?? 0)) / rowsInAll);
    if (signal === null && !killed.some((line) => line.startsWith('SIGKILL')) && retries < MAX_RETRIES) {
      retries += 1;
      pace /= 4;
      done = 0;
      k = -1;
      for (const suffix of ['', '.wal']) rmSync(killedStore + suffix, { force: true });
    }
  }
  const resumed = startIngest(killedStore);
  const resumedEnd = await resumed.exited;
  if (resumedEnd.status !== 0) problem(`ingest: the resumed run ended with ${resumedEnd.signal ?? `status ${resumedEnd.status}`}: ${resumedEnd.stderr.slice(-1000)}`);

  for (const [table, sql] of COMPARED) {
    const [a, b] = [await query(clean, sql), await query(killedStore, sql)];
    const differ = difference(a, b);
    if (differ) problem(`ingest: ${table} differ after kills and a resume (${killed.join('; ')}): ${differ}`);
  }
  for (const [format, blank] of EXPORTS) {
    const [a, b] = [await dyad(['export', '--store', clean, '--format', format]), await dyad(['export', '--store', killedStore, '--format', format])];
    if (a.status !== 0 || b.status !== 0) problem(`ingest: export ${format} failed: ${a.stderr.slice(0, 200)} ${b.stderr.slice(0, 200)}`);
    const differ = difference(rows(a.stdout, blank), rows(b.stdout, blank));
    if (differ) problem(`ingest: export ${format} differs after kills and a resume (${killed.join('; ')}): ${differ}`);
  }
  return report(Number(stored?.n ?? 0), errors, killed);
}

/** Fresh starts of the killed store when its first run ended before its kill. */
const MAX_RETRIES = 3;

/** When the ingest first said what it stored (it says so after its first commit), or null if it ended first. */
async function firstCommit(run: ReturnType<typeof startDyad>): Promise<number | null> {
  let over = false;
  void run.exited.then(() => (over = true));
  while (!over && !/dyad ingest: \d+ (of \d+ )?documents/.test(run.stderr())) await sleep(20);
  return over ? null : Date.now();
}

/** Where two lists of rows first differ, or null when they are the same. */
function difference(a: readonly unknown[], b: readonly unknown[]): string | null {
  const [x, y] = [a.map((v) => JSON.stringify(v)), b.map((v) => JSON.stringify(v))];
  if (x.length !== y.length) {
    const onlyA = x.filter((v) => !y.includes(v)).slice(0, 2);
    const onlyB = y.filter((v) => !x.includes(v)).slice(0, 2);
    return `${x.length} rows against ${y.length}; only in the clean run: ${onlyA.join(' ')}; only after the resume: ${onlyB.join(' ')}`.slice(0, 400);
  }
  const i = x.findIndex((v, k) => v !== y[k]);
  if (i < 0) return null;
  const [p, q] = [a[i] as Record<string, unknown>, b[i] as Record<string, unknown>];
  // rows of the same table: name the row (its first column) and the columns that differ
  const fields = typeof p === 'object' && p !== null ? Object.keys(p).filter((k) => JSON.stringify(p[k]) !== JSON.stringify(q?.[k])) : [];
  const first = typeof p === 'object' && p !== null ? JSON.stringify(Object.values(p)[0]) : '';
  return fields.length ? `row ${i} (${first}): ${fields.map((k) => `${k} ${JSON.stringify(p[k]).slice(0, 300)} against ${JSON.stringify(q?.[k]).slice(0, 300)}`).join('; ')}` : `row ${i}: ${x[i]!.slice(0, 300)} against ${y[i]!.slice(0, 300)}`;
}
