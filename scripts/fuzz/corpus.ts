// The inputs of a fuzzing run, written to a folder: batches of mutated JSON lines, loose .txt/.html
// files (some gzipped, some in other encodings or binary), FIFOs and links to a device, each with
// the id its record must carry. The ingest mode mixes in good articles too, some syndicated (the same
// text under another URL), some updated (another text under a URL already given) and some ids given
// twice in a file, so that resuming a killed ingest must get the store's bookkeeping right.
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { article, fileBytes, record, type Random } from './mutate.js';

export interface Expected {
  readonly input: string;
  /** The id the record must carry. */
  readonly id: string;
  /** True when the harness gave this id to more than one input on purpose. */
  readonly shared?: boolean;
}

export interface FuzzCorpus {
  /** The paths to hand to dyad, in order. */
  readonly inputs: string[];
  /** One per document dyad must give back, in order. */
  readonly expected: Expected[];
  /** Every JSON line written, with its place (`path:n`) and its position among the documents. */
  readonly lines: { readonly line: string; readonly origin: string; readonly index: number }[];
}

export interface CorpusOptions {
  /** Documents in all. */
  readonly n: number;
  /** JSON lines per batch file. */
  readonly batch: number;
  /** Share of JSON lines that are good articles with a URL and a date (the ingest mode's mix). */
  readonly good?: number;
}

/** The id dyad gives a JSON line: its own non-empty id, else its place (see src/input). */
export function idOfLine(line: string, path: string, n: number): string {
  const fallback = `${basename(path)}:${n}`;
  // a byte order mark opening a line is dropped with the decoding (the first line's or any other's)
  const raw = line.replace(/^\ufeff/, '');
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return fallback;
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return fallback;
  const id = (o as { id?: unknown }).id;
  const given = typeof id === 'string' || typeof id === 'number' ? String(id) : fallback;
  return given === '' ? `${path}:${n}` : given;
}

export function writeCorpus(r: Random, dir: string, options: CorpusOptions): FuzzCorpus {
  const { n, batch: size } = options;
  const good = options.good ?? 0;
  const inputs: string[] = [];
  const expected: Expected[] = [];
  const lines: FuzzCorpus['lines'] = [];
  const texts: string[] = [];
  let made = 0;
  let batch = 0;
  while (made < n) {
    if (r.chance(0.1)) {
      const kind = r.chance(0.5) ? 'txt' : 'html';
      const path = join(dir, `f${made}.${kind}${r.chance(0.2) ? '.gz' : ''}`);
      const bytes = fileBytes(r, kind);
      writeFileSync(path, path.endsWith('.gz') ? gzipSync(bytes) : bytes);
      inputs.push(path);
      expected.push({ input: path, id: path });
      made += 1;
      continue;
    }
    const path = join(dir, `batch${batch++}.jsonl`);
    const written: { line: string; shared: boolean }[] = [];
    const count = Math.min(size, n - made);
    for (let i = 0; i < count; i++) {
      if (good > 0 && r.chance(good)) written.push(goodLine(r, made + i, texts));
      else written.push({ line: record(r, `d${made + i}`).line, shared: false });
    }
    writeFileSync(path, `${written.map((w) => w.line).join('\n')}\n`);
    written.forEach(({ line, shared }, i) => {
      const place = i + 1;
      if (!line.trim()) return;
      const origin = `${path}:${place}`;
      expected.push({ input: origin, id: idOfLine(line, path, place), ...(shared ? { shared } : {}) });
      lines.push({ line, origin, index: made + i });
    });
    inputs.push(path);
    made += count;
  }
  // inputs that once hung a run: FIFOs and links to a device, as a text file and as JSON lines
  for (const fifo of [join(dir, 'fifo.txt'), join(dir, 'fifo.jsonl')]) {
    if (spawnSync('mkfifo', [fifo]).status !== 0) continue;
    inputs.unshift(fifo);
    expected.unshift({ input: fifo, id: fifo });
  }
  for (const device of [join(dir, 'zero.txt'), join(dir, 'zero.jsonl')]) {
    symlinkSync('/dev/zero', device);
    inputs.push(device);
    expected.push({ input: device, id: device });
  }
  return { inputs, expected, lines };
}

/**
 * A good article with a URL and a date; now and then a syndicated copy of an earlier text, a new
 * text under an earlier URL (an update), or an id given twice.
 */
function goodLine(r: Random, k: number, texts: string[]): { line: string; shared: boolean } {
  const syndicated = texts.length > 0 && r.chance(0.15);
  const text = syndicated ? r.pick(texts) : article(r);
  texts.push(text);
  // a small space of URLs, so that some are given again with other text
  const url = `https://site${r.int(4)}.example/news/${r.int(Math.max(8, k))}`;
  const shared = r.chance(0.05);
  const id = shared ? `twice${r.int(3)}` : `g${k}`;
  const date = `20${15 + r.int(9)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
  return { line: JSON.stringify({ id, url, date, text }), shared };
}
