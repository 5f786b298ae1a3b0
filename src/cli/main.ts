// The dyad command line. Exit status: 0 when the run was carried out (even if some documents
// failed: each failure is a record with `error`), 2 for usage errors, 1 when the run could not be
// carried out at all.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { normaliseDate } from '../input/dates.js';
import { StoreError } from '../store/store.js';
import { defaultThreads } from '../pool/pool.js';
import { runCode, type OutputFormat } from './code-command.js';
import { runExport, EXPORT_FORMATS, type ExportFormat } from './export-command.js';
import { runIngest } from './ingest-command.js';
import { runKbCheck } from './kb-command.js';
import { runWorkerCommand } from './worker-command.js';
import { runPartners, runQuery, runTimeline } from './query-command.js';
import { processIo, type Io } from './io.js';
import type { TableFormat } from './table-output.js';

class UsageError extends Error {}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const EXAMPLES = `
Examples:
  dyad code samples                              read every sample article, print a readable summary
  dyad code article.txt --date 2018-03-21        code one scraped article dated 21 March 2018
  dyad code page.html --format json              a web page, as one JSON document
  dyad code feed.jsonl.gz --format jsonl         one JSON line out per JSON line in
  cat records.jsonl | dyad code - --format jsonl standard input (JSON lines)
  dyad code in/ --dictionaries petrarch/dicts    code with PETRARCH dictionaries instead of the built-in base`;

function parseDateOption(value: string): string {
  const date = normaliseDate(value);
  if (!date) throw new InvalidArgumentError(`"${value}" is not a date (YYYY-MM-DD or YYYYMMDD)`);
  return date;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

const storeOption = () => new Option('--store <path>', 'the store: a DuckDB file or a postgres:// URL (default: $DYAD_STORE, else dyad.duckdb)');
const tableFormatOption = () => new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl');

const CORPUS_EXAMPLES = `
Examples:
  dyad ingest news/ --store news.duckdb --json     code every article below news/ into news.duckdb
  dyad export --store news.duckdb --format gdelt-events --out events.tsv
  dyad query --store news.duckdb "select code, count(*) from events group by code order by 2 desc"
  dyad timeline PRKGOV RUSGOV --store news.duckdb  a dyad's events per month`;

function parseWhole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number`);
  return n;
}

function parseShare(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !(x > 0 && x <= 1)) throw new InvalidArgumentError(`"${value}" is not a share above 0 and at most 1`);
  return x;
}

function checkDictionaries(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--dictionaries ${dir}: no such directory`);
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command('dyad')
    .description('Reads raw news and writes down who did and said what to whom, when and where.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.stderr.write(s) });

  let status = 0;
  program
    .command('code')
    .description('code articles: clean text, entities, quotes and CAMEO events')
    .argument('<inputs...>', 'files (.txt, .html, .htm, .jsonl, optionally .gz), directories, or - for JSON lines on standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl', 'json']).default('text'))
    .option('-d, --date <YYYY-MM-DD>', 'reference date for documents that carry none', parseDateOption)
    .option('--dictionaries <dir>', 'PETRARCH dictionaries to use instead of the built-in knowledge base')
    .option('--threads <n>', 'worker threads that code documents', parseCount, 1)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: { format: OutputFormat; date?: string; dictionaries?: string; threads: number }) => {
      if (opts.dictionaries) checkDictionaries(opts.dictionaries);
      const result = await runCode({
        inputs,
        format: opts.format,
        threads: opts.threads,
        ...(opts.date ? { date: opts.date } : {}),
        ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
      }, io);
      if (result.failed) io.stderr.write(`dyad: ${result.failed} of ${result.documents} documents failed (see their "error")\n`);
      status = 0;
    });

  program
    .command('ingest')
    .description('code articles into a store: documents, entities, quotes and event mentions; events are clustered from the mentions')
    .argument('[inputs...]', 'files, directories, web archives (.warc, .warc.gz), http(s) pages, feeds and sitemaps, or - for JSON lines on standard input')
    .addOption(storeOption())
    .option('-d, --date <YYYY-MM-DD>', 'reference date for documents that carry none', parseDateOption)
    .option('--dictionaries <dir>', 'PETRARCH dictionaries to use instead of the built-in knowledge base')
    .option('--threads <n>', 'worker threads that code documents (default: one per core)', parseCount, defaultThreads())
    .option('--json', 'end with one JSON line: documents, new, duplicates, errors, events, mentions', false)
    .option('--urls <file>', 'read more sources from a file, one URL or path a line')
    .option('--follow <file>', 'poll the sources listed in the file every --every minutes until stopped (SIGTERM, Ctrl-C)')
    .option('--every <minutes>', 'minutes between two cycles of --follow', parseCount, 15)
    .option('--contact <who>', 'an e-mail or URL for site owners, sent in the User-Agent')
    .option('--host-delay <ms>', 'milliseconds between two requests to one host', parseWhole, 1000)
    .option('--limit <n>', 'read at most n documents of each web archive', parseCount)
    .option('--sample <share>', 'read this share (0..1] of each web archive, the same records every run', parseShare)
    .option('--queue <url>', 'publish the documents to a NATS JetStream queue (nats://host:port) for dyad workers, and wait until they are stored')
    .option('--stream <name>', 'the queue stream (default DYAD); one stream per store')
    .addHelpText('after', CORPUS_EXAMPLES)
    .action(async (inputs: string[], opts: { store?: string; date?: string; dictionaries?: string; threads: number; json: boolean; urls?: string; follow?: string; every: number; contact?: string; hostDelay: number; limit?: number; sample?: number; queue?: string; stream?: string }) => {
      if (opts.dictionaries) checkDictionaries(opts.dictionaries);
      if (opts.queue && !/^nats:\/\//i.test(opts.queue)) throw new UsageError(`--queue ${opts.queue}: give a nats://host:port URL`);
      if (opts.queue && opts.follow) throw new UsageError('--follow with --queue: run dyad ingest --queue once per cycle (cron) instead');
      if (opts.queue && opts.dictionaries) throw new UsageError('--dictionaries with --queue: give --dictionaries to the workers');
      for (const file of [opts.urls, opts.follow]) if (file && !existsSync(file)) throw new UsageError(`${file}: no such file`);
      if (!inputs.length && !opts.urls && !opts.follow) throw new UsageError('ingest needs inputs, --urls FILE or --follow FILE');
      status = await runIngest({ inputs, ...opts }, io);
    });

  // scale out: workers that code documents from a NATS JetStream queue into a (PostgreSQL) store
  program
    .command('worker')
    .description('code documents from a NATS JetStream queue (dyad ingest --queue) into the store, until SIGTERM')
    .requiredOption('--queue <url>', 'the NATS server (nats://host:port)')
    .addOption(storeOption())
    .option('--stream <name>', 'the queue stream (default DYAD)')
    .option('--threads <n>', 'worker threads that code documents (default: one per core)', parseCount, defaultThreads())
    .option('--dictionaries <dir>', 'PETRARCH dictionaries to use instead of the built-in knowledge base')
    .option('--max-deliveries <n>', 'attempts at a document before it goes to the dead letters (when this worker creates the queue)', parseCount, 5)
    .option('--ack-wait <seconds>', 'how long a silent worker keeps a document before another gets it (when this worker creates the queue)', parseCount, 30)
    .option('--grace <seconds>', 'on SIGTERM, how long documents in hand may take before they are handed back', parseWhole, 20)
    .option('--health-every <seconds>', 'seconds between two health lines on standard error', parseCount, 5)
    .action(async (opts: { queue: string; store?: string; stream?: string; threads: number; dictionaries?: string; maxDeliveries: number; ackWait: number; grace: number; healthEvery: number }) => {
      if (!/^nats:\/\//i.test(opts.queue)) throw new UsageError(`--queue ${opts.queue}: give a nats://host:port URL`);
      if (opts.dictionaries) checkDictionaries(opts.dictionaries);
      status = await runWorkerCommand(opts, io);
    });

  program
    .command('export')
    .description('write the store out: GDELT 2.0 events or mentions, the event rows as CSV, JSON lines or Parquet, or the quotes or entities as JSON lines')
    .addOption(storeOption())
    .addOption(new Option('-f, --format <format>', 'what to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --out <file>', 'write to this file instead of standard output (required for parquet)')
    .option('--from <YYYY-MM-DD>', 'events on or after this day', parseDateOption)
    .option('--to <YYYY-MM-DD>', 'events on or before this day', parseDateOption)
    .option('--actor <code>', 'events with this actor (or code prefix: RUS covers RUSGOV) as source or target')
    .option('--background', 'include background events (told of, not news of the day) under their own dates', false)
    .addHelpText('after', CORPUS_EXAMPLES)
    .action(async (opts: { store?: string; format: ExportFormat; out?: string; from?: string; to?: string; actor?: string; background: boolean }) => {
      if (opts.format === 'parquet' && !opts.out) throw new UsageError('--format parquet needs --out FILE');
      const { from, to, actor, background } = opts;
      await runExport({ format: opts.format, store: opts.store, out: opts.out, filter: { from, to, actor, background } }, io);
    });

  program
    .command('query')
    .description('run one read-only SQL statement over the store (tables and views: documents, events, mentions, quotes, entities, actors, errors)')
    .argument('<sql>', 'the statement')
    .addOption(storeOption())
    .addOption(tableFormatOption())
    .addHelpText('after', CORPUS_EXAMPLES)
    .action(async (sql: string, opts: { store?: string; format: TableFormat }) => {
      await runQuery(sql, opts, io);
    });

  program
    .command('timeline')
    .description("a dyad's events per month: count, mean Goldstein score and the share of each QuadClass")
    .argument('<source>', 'source actor code (PRKGOV)')
    .argument('<target>', 'target actor code (RUSGOV)')
    .addOption(storeOption())
    .addOption(tableFormatOption())
    .action(async (source: string, target: string, opts: { store?: string; format: TableFormat }) => {
      await runTimeline(source, target, opts, io);
    });

  program
    .command('partners')
    .description("an actor's top partners: the actors it has most events with, either way")
    .argument('<actor>', 'actor code (RUSGOV)')
    .addOption(storeOption())
    .addOption(tableFormatOption())
    .option('--limit <n>', 'how many partners', parseCount, 10)
    .action(async (actor: string, opts: { store?: string; format: TableFormat; limit: number }) => {
      await runPartners(actor, opts.limit, opts, io);
    });

  program
    .command('kb')
    .description('the built-in knowledge base')
    .command('check')
    .description('load and check the knowledge base: counts, duplicates, overlapping dates, unknown codes')
    .option('--dir <dir>', 'a knowledge-base folder other than the built-in one')
    .action((opts: { dir?: string }) => {
      status = runKbCheck(io, opts.dir);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof StoreError && err.code === 'bad-query') {
      io.stderr.write(`dyad: ${err.message}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`dyad: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`dyad: the run could not be carried out: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
