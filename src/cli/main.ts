// The dyad command line. Exit status: 0 when the run was carried out (even if some documents
// failed: each failure is a record with `error`), 2 for usage errors, 1 when the run could not be
// carried out at all.
import { existsSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { dateProblem, normaliseDate } from '../input/dates.js';
import { StoreError } from '../store/store.js';
import { dyadVersion } from '../versions.js';
import { DEFAULT_DOC_TIMEOUT_MS, defaultThreads } from '../pool/pool.js';
import type { StdinFormat } from '../input/stdin.js';
import type { OutputFormat } from './code-command.js';
import { EXPORT_FORMATS, type ExportFormat } from '../corpus/export-formats.js';
import { addKnowledgeOptions, knowledgePipeline, type KnowledgeFlags } from './knowledge-options.js';
import type { PipelineOptions } from '../pipeline.js';
import { DEFAULT_BATCH } from '../queue/batch-size.js';
import { processIo, type Io } from './io.js';
export { toleratePipeClosed } from './io.js';
import type { TableFormat } from './table-output.js';

class UsageError extends Error {}

const EXAMPLES = `
Examples:
  dyad code samples                              read every sample article, print a readable summary
  dyad code article.txt --date 2018-03-21        code one scraped article dated 21 March 2018
  dyad code page.html --format json              a web page, as one JSON document
  dyad code feed.jsonl.gz --format jsonl         one JSON line out per JSON line in
  cat records.jsonl | dyad code - --format jsonl standard input (JSON lines)
  pbpaste | dyad code -                          standard input (one plain-text article)
  dyad code corpus/ -f jsonl -o coded.jsonl      records to a file, progress and a summary on the terminal
  dyad code nyt/ -f jsonl --date-from-filename   dates from names such as nyt_20150302_0041.txt
  dyad code in/ --dictionaries petrarch/dicts    code with PETRARCH dictionaries instead of the built-in base`;

function parseDateOption(value: string): string {
  const date = normaliseDate(value);
  if (!date) throw new InvalidArgumentError(`"${value}" ${dateProblem(value)}`);
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

function parseSeconds(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !(x >= 0 && x <= 86_400)) throw new InvalidArgumentError(`"${value}" is not a number of seconds from 0 to 86400`);
  return x;
}

function parseShare(value: string): number {
  const x = Number(value);
  if (value.trim() === '' || !(x > 0 && x <= 1)) throw new InvalidArgumentError(`"${value}" is not a share above 0 and at most 1`);
  return x;
}

/** The pipeline options for the knowledge flags; a folder with nothing to read is a usage error. */
function knowledge(flags: KnowledgeFlags): PipelineOptions {
  const options = knowledgePipeline(flags);
  if ('problem' in options) throw new UsageError(options.problem);
  return options;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command('dyad')
    .description('Reads raw news and writes down who did and said what to whom, when and where.')
    .version(dyadVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.stderr.write(s) });

  let status = 0;
  addKnowledgeOptions(program.command('code'))
    .description('code articles: clean text, entities, quotes and CAMEO events')
    .argument('<inputs...>', 'files (.txt, .html, .htm, .jsonl, optionally .gz), directories, or - for standard input (JSON lines or one plain-text article)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl', 'json']).default('text'))
    .option('-d, --date <YYYY-MM-DD>', 'reference date for documents that carry none', parseDateOption)
    .option('--threads <n>', 'worker threads that code documents', parseCount, 1)
    .option('--date-from-filename', 'take the date of a document that carries none from its file name (2015-03-02, 20150302)', false)
    .option('-o, --out <file>', 'write the records to this file instead of standard output')
    .addOption(new Option('--stdin-format <format>', 'what - reads: one plain-text article or JSON lines (default: guessed from the first character)').choices(['text', 'jsonl']))
    .option('-q, --quiet', 'print nothing on standard error but missing inputs (no progress, no summary)', false)
    .option('--min-confidence <x>', 'leave out events whose confidence is below x (above 0, at most 1): precision for recall', parseShare)
    .option('--doc-timeout <seconds>', 'seconds of CPU time one document may take before it becomes an error record "timeout" (0: no limit)', parseSeconds, DEFAULT_DOC_TIMEOUT_MS / 1000)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: KnowledgeFlags & { format: OutputFormat; date?: string; dateFromFilename: boolean; threads: number; out?: string; stdinFormat?: StdinFormat; quiet: boolean; docTimeout: number; minConfidence?: number }) => {
      if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('- (standard input) may be named only once');
      const { docTimeout, minConfidence, ...rest } = opts;
      const pipeline = { ...knowledge(opts), ...(minConfidence ? { minConfidence } : {}) };
      const { runCode } = await import('./code-command.js');
      status = await runCode({ inputs, ...rest, docTimeoutMs: Math.round(docTimeout * 1000), pipeline }, io);
    });

  addKnowledgeOptions(program.command('ingest'))
    .description('code articles into a store: documents, entities, quotes and event mentions; events are clustered from the mentions')
    .argument('[inputs...]', 'files, directories, web archives (.warc, .warc.gz), http(s) pages, feeds and sitemaps, or - for JSON lines on standard input')
    .addOption(storeOption())
    .option('-d, --date <YYYY-MM-DD>', 'reference date for documents that carry none', parseDateOption)
    .option('--threads <n>', 'worker threads that code documents (default: one per core)', parseCount, defaultThreads())
    .option('--date-from-filename', 'take the date of a document that carries none from its file name (2015-03-02, 20150302)', false)
    .option('-q, --quiet', 'no progress and no summary on standard error', false)
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
    .action(
      async (
        inputs: string[],
        opts: KnowledgeFlags & {
          store?: string;
          date?: string;
          dateFromFilename: boolean;
          threads: number;
          quiet: boolean;
          json: boolean;
          urls?: string;
          follow?: string;
          every: number;
          contact?: string;
          hostDelay: number;
          limit?: number;
          sample?: number;
          queue?: string;
          stream?: string;
        },
      ) => {
        const pipeline = knowledge(opts);
        if (opts.queue && !/^nats:\/\//i.test(opts.queue)) throw new UsageError(`--queue ${opts.queue}: give a nats://host:port URL`);
        if (opts.queue && opts.follow) throw new UsageError('--follow with --queue: run dyad ingest --queue once per cycle (cron) instead');
        if (opts.queue && (opts.dictionaries || opts.kb.length)) throw new UsageError('--kb or --dictionaries with --queue: give them to the workers, which do the coding');
        for (const file of [opts.urls, opts.follow]) if (file && !existsSync(file)) throw new UsageError(`${file}: no such file`);
        if (!inputs.length && !opts.urls && !opts.follow) throw new UsageError('ingest needs inputs, --urls FILE or --follow FILE');
        if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('- (standard input) may be named only once');
        const { runIngest } = await import('./ingest-command.js');
        status = await runIngest({ inputs, ...opts, pipeline }, io);
      },
    );

  // scale out: workers that code documents from a NATS JetStream queue into a (PostgreSQL) store
  addKnowledgeOptions(program.command('worker'))
    .description('code documents from a NATS JetStream queue (dyad ingest --queue) into the store, until SIGTERM')
    .requiredOption('--queue <url>', 'the NATS server (nats://host:port)')
    .addOption(storeOption())
    .option('--stream <name>', 'the queue stream (default DYAD)')
    .option('--threads <n>', 'worker threads that code documents (default: one per core)', parseCount, defaultThreads())
    .option('--max-deliveries <n>', 'attempts at a document before it goes to the dead letters (when this worker creates the queue)', parseCount, 5)
    .option('--ack-wait <seconds>', 'how long a silent worker keeps a document before another gets it (when this worker creates the queue)', parseCount, 30)
    .option('--grace <seconds>', 'on SIGTERM, how long documents in hand may take before they are handed back', parseWhole, 20)
    .option('--health-every <seconds>', 'seconds between two health lines on standard error', parseCount, 5)
    .option('--batch <n>', 'documents written in one store transaction at most (each acknowledged once it commits)', parseCount, DEFAULT_BATCH)
    .action(async (opts: KnowledgeFlags & { queue: string; store?: string; stream?: string; threads: number; maxDeliveries: number; ackWait: number; grace: number; healthEvery: number; batch: number }) => {
      if (!/^nats:\/\//i.test(opts.queue)) throw new UsageError(`--queue ${opts.queue}: give a nats://host:port URL`);
      const { runWorkerCommand } = await import('./worker-command.js');
      status = await runWorkerCommand({ ...opts, pipeline: knowledge(opts) }, io);
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
      const { runExport } = await import('./export-command.js');
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
      const { runQuery } = await import('./query-command.js');
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
      const { runTimeline } = await import('./query-command.js');
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
      const { runPartners } = await import('./query-command.js');
      await runPartners(actor, opts.limit, opts, io);
    });

  program
    .command('serve')
    .description('the HTTP API and the web UI over a store, read-only: timelines, partners, map, events and annotated articles')
    .addOption(storeOption())
    .option('--host <host>', 'address to listen on (anything but loopback serves the store to the network)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', parseWhole, 8080)
    .action(async (opts: { store?: string; host: string; port: number }) => {
      const { runServe } = await import('./serve-command.js');
      status = await runServe(opts, io);
    });

  program
    .command('kb')
    .description('the built-in knowledge base')
    .command('check')
    .description('load and check the knowledge base: counts, duplicates, overlapping dates, unknown codes')
    .option('--dir <dir>', 'a knowledge-base folder other than the built-in one, or a folder of PETRARCH dictionaries')
    .option('--kb <dir>', 'your own knowledge-base folder, checked as read on top of the built-in one; repeatable', (v: string, p: string[]) => [...p, v], [])
    .action(async (opts: { dir?: string; kb: string[] }) => {
      const { runKbCheck } = await import('./kb-command.js');
      status = runKbCheck(io, opts.dir, opts.kb);
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
