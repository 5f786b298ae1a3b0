// The dyad command line. Exit status: 0 when the run was carried out (even if some documents
// failed: each failure is a record with `error`), 2 for usage errors, 1 when the run could not be
// carried out at all.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { normaliseDate } from '../input/dates.js';
import { runCode, type OutputFormat } from './code-command.js';
import { runKbCheck } from './kb-command.js';

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

function checkDictionaries(dir: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`--dictionaries ${dir}: no such directory`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('dyad')
    .description('Reads raw news and writes down who did and said what to whom, when and where.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  let status = 0;
  program
    .command('code')
    .description('code articles: clean text, entities, quotes and CAMEO events')
    .argument('<inputs...>', 'files (.txt, .html, .htm, .jsonl, optionally .gz), directories, or - for JSON lines on standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl', 'json']).default('text'))
    .option('-d, --date <YYYY-MM-DD>', 'reference date for documents that carry none', parseDateOption)
    .option('--dictionaries <dir>', 'PETRARCH dictionaries to use instead of the built-in knowledge base')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: { format: OutputFormat; date?: string; dictionaries?: string }) => {
      if (opts.dictionaries) checkDictionaries(opts.dictionaries);
      const result = await runCode({
        inputs,
        format: opts.format,
        ...(opts.date ? { date: opts.date } : {}),
        ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
      });
      if (result.failed) process.stderr.write(`dyad: ${result.failed} of ${result.documents} documents failed (see their "error")\n`);
      status = 0;
    });

  program
    .command('kb')
    .description('the built-in knowledge base')
    .command('check')
    .description('load and check the knowledge base: counts, duplicates, overlapping dates, unknown codes')
    .option('--dir <dir>', 'a knowledge-base folder other than the built-in one')
    .action((opts: { dir?: string }) => {
      status = runKbCheck(opts.dir);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof UsageError) {
      process.stderr.write(`dyad: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`dyad: the run could not be carried out: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
