// Helpers for the corpus command tests: run dyad from source, build inputs, read exports.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

const RUNNER = new URL('./run-cli.ts', import.meta.url).pathname;
export const ARTICLES = new URL('../corpus/articles.jsonl', import.meta.url).pathname;

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `dyad-${prefix}-`));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs dyad's main in this process with its output captured: the same code as the command line
 * without starting Node and loading the modules again for every command (the tests run many).
 */
export async function dyad(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const collect = () => {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString('utf8');
        done();
      },
    });
    return { stream, text: () => text };
  };
  const [stdout, stderr] = [collect(), collect()];
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const status = await main(args, { stdout: stdout.stream, stderr: stderr.stream });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** Starts dyad in a process of its own and returns the child, for tests that interrupt or kill it. */
export function startDyad(args: readonly string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal, stderr })));
  return { child, exited, stderr: () => stderr };
}

export interface Article {
  readonly id: string;
  readonly url: string;
  readonly date?: string;
  readonly text: string;
}

export const articles = (): Article[] =>
  readFileSync(ARTICLES, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Article);

export function writeJsonl(path: string, records: readonly object[]): string {
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

/** The same articles under other URLs on another site: syndicated copies. */
export const syndicated = (records: readonly Article[], site: string): Article[] => records.map((r) => ({ ...r, id: `${r.id}@${site}`, url: r.url.replace(/^https:\/\/[^/]+/, `https://${site}`) }));

export function summary(run: Run): Record<string, number> {
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as Record<string, number>;
}

/** Export rows split into cells, with the given columns (DATEADDED and its copies) blanked. */
export function rows(tsv: string, blank: readonly number[]): string[][] {
  return tsv
    .split('\n')
    .filter((l) => l)
    .map((l) => l.split('\t').map((cell, i) => (blank.includes(i) ? '' : cell)));
}

export const DATEADDED = 59;
export const EVENT_TIME = 1;
