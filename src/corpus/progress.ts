// What an ingest tells the person waiting for it: a live line on a terminal (rate, events, errors and
// an ETA when the number of documents is known beforehand), a plain line every few seconds otherwise.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { kindOf, walk } from '../input/sources.js';
import { isWarcPath, isWebAddress } from '../sources/index.js';
import type { IngestProgress } from './ingest.js';

/** How many documents the inputs hold, or null when that cannot be known without reading them (stdin, gzip, archives, the web). */
export async function countDocuments(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isWebAddress(input) || isWarcPath(input)) return null;
    const info = await stat(input).catch(() => null);
    const files = !info ? [input] : info.isDirectory() ? await walk(input) : [input];
    for (const file of files) {
      if (kindOf(file) !== 'jsonl') total += 1;
      else if (file.toLowerCase().endsWith('.gz')) return null;
      // a FIFO or a device is never read (it becomes one error record): counting its lines would hang
      else if (!(await stat(file).catch(() => null))?.isFile()) total += 1;
      else total += await countLines(file);
    }
  }
  return total;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 10 ? lines : lines + 1;
}

export interface ProgressOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** A progress reporter for `out`; `finish` ends a live line so what follows starts on its own. */
export function progressPrinter(out: ProgressOutput, total: number | null): { update(p: IngestProgress): void; finish(): void } {
  const every = out.isTTY ? 200 : 5000;
  let last = 0;
  let live = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < every) return;
      last = now;
      const line = describe(p, total);
      if (out.isTTY) {
        out.write(`\r\x1b[2K${line}`);
        live = true;
      } else out.write(`${line}\n`);
    },
    finish() {
      if (live) out.write('\n');
      live = false;
    },
  };
}

export function describe(p: IngestProgress, total: number | null): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.documents / seconds : 0;
  const done = total ? ` of ${total}` : '';
  const eta = total && rate > 0 && p.documents < total ? `, ETA ${formatDuration((total - p.documents) / rate)}` : '';
  return `dyad ingest: ${p.documents}${done} documents (${p.new} new, ${p.duplicates} held, ${p.errors} errors), ${rate.toFixed(1)} docs/s, ${p.events} events, ${p.mentions} mentions${eta}`;
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
