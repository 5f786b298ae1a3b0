// Web archives through to the store, each figure a ratio within one run (a busy machine moves both
// sides alike): WARC records read per second (the archive reader alone), documents per second through
// `ingest` into a fresh store, and `dyad code` on the same pages, all on one thread.
// Then the reader's peak RSS on a small and a large archive (each read in a process of its own): a
// CC-NEWS file of gigabytes must stream in bounded memory.
// usage: node --import tsx scripts/bench-sources.ts [--pages N] [--archive-mb SMALL,LARGE]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingest } from '../src/corpus/ingest.js';
import { createPipeline } from '../src/pipeline.js';
import { readWarc } from '../src/sources/warc.js';
import { openStore } from '../src/store/open.js';

const { values: o } = parseArgs({ options: { pages: { type: 'string', default: '200' }, 'archive-mb': { type: 'string', default: '64,1024' }, 'child-read': { type: 'string' } } });
const pages = Number(o.pages);

// child mode: read one archive through, then print the records and the peak RSS
if (o['child-read']) {
  let n = 0;
  for await (const doc of readWarc(o['child-read'])) if (!doc.error) n += 1;
  process.stdout.write(`${JSON.stringify({ records: n, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
  process.exit(0);
}

// pages we write: a headline and five paragraphs, varied by number so no two are the same text
const ACTORS = ['Ruritania', 'Freedonia', 'Sylvania', 'Grand Fenwick', 'Latveria'];
function page(i: number): string {
  const a = ACTORS[i % ACTORS.length]!;
  const b = ACTORS[(i + 2) % ACTORS.length]!;
  const paragraphs = [
    `${a} and ${b} agreed on Tuesday to resume talks on trade, officials in both capitals said in statement ${i}.`,
    `The foreign minister of ${a} met her counterpart from ${b} in Geneva and praised the progress of the negotiations.`,
    `Opposition leaders in ${b} criticised the government for giving up too much in the fishing dispute, report ${i} says.`,
    `Police in the capital of ${a} arrested twelve protesters outside parliament after a march against the agreement.`,
    `The United Nations welcomed the talks and urged both sides to reach a lasting settlement before the winter.`,
  ];
  return `<!doctype html><html><head><title>${a} and ${b} talks, part ${i}</title></head><body><article><h1>${a} and ${b} resume talks</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-sources-'));
try {
  const warc = join(dir, 'news.warc.gz');
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pages; i++) {
    const record = WARCRecord.create(
      { url: `https://news.example/${i}`, date: '2024-03-05T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' },
      once(new TextEncoder().encode(page(i))),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  writeFileSync(warc, Buffer.concat(parts));

  let t = performance.now();
  let records = 0;
  for await (const doc of readWarc(warc)) if (!doc.error) records += 1;
  const readSeconds = (performance.now() - t) / 1000;

  const pipeline = createPipeline();
  t = performance.now();
  for await (const raw of readWarc(warc)) await pipeline.process(raw);
  const codeSeconds = (performance.now() - t) / 1000;

  const store = await openStore(join(dir, 'bench.duckdb'), 'write');
  t = performance.now();
  const summary = await ingest({ store, threads: 1, inputs: [warc] });
  const ingestSeconds = (performance.now() - t) / 1000;
  await store.close();

  const rate = (n: number, s: number) => (n / s).toFixed(1);
  console.log(`WARC of ${pages} pages (${records} documents read)`);
  console.log(`read:   ${rate(records, readSeconds)} records/s (the archive reader alone)`);
  console.log(`code:   ${rate(pages, codeSeconds)} documents/s (the pipeline on the archive's pages, one thread)`);
  console.log(`ingest: ${rate(summary.new, ingestSeconds)} documents/s through to the store, one thread (${summary.new} new, ${summary.errors} errors)`);
  console.log(`ratio ingest/code: ${(codeSeconds / ingestSeconds).toFixed(2)} (1.00 = the store and the archive cost nothing)`);

  // archives of the given sizes, written record by record (each page padded to ~200 KB with comments)
  console.log('peak RSS of the archive reader alone, each archive in a process of its own:');
  for (const mb of o['archive-mb']!.split(',').map(Number)) {
    const path = join(dir, `big-${mb}.warc.gz`);
    const fd = openSync(path, 'w');
    for (let i = 0, written = 0; written < mb * 2 ** 20; i++) {
      const padded = page(i).replace('</body>', `<!-- ${'padding '.repeat(25_000)}${i} --></body>`);
      const record = WARCRecord.create(
        { url: `https://news.example/big/${i}`, date: '2024-03-05T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
        once(new TextEncoder().encode(padded)),
      );
      // stored, not deflated: the archive's size on disk is what the reader goes through
      written += writeSync(fd, await WARCSerializer.serialize(record, { gzip: false }));
    }
    closeSync(fd);
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child-read', path], { encoding: 'utf8' });
    const { records: n, maxRssKiB } = JSON.parse(r.stdout.trim().split('\n').at(-1) || '{"records":0,"maxRssKiB":0}') as { records: number; maxRssKiB: number };
    console.log(`  ${String(mb).padStart(6)} MB (${(statSync(path).size / 2 ** 20).toFixed(0)} MiB on disk, ${n} records): ${(maxRssKiB / 1024).toFixed(0)} MiB peak RSS${r.status ? ` (status ${r.status}: ${r.stderr.slice(-300)})` : ''}`);
    rmSync(path);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
