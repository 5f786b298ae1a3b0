import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readWarc } from '../../src/sources/warc.js';
import type { RawDocument } from '../../src/types.js';
import { writeWarc, type FixtureRecord } from './warc-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const page = (title: string): string => `<html><head><title>${title}</title></head><body><article><p>${title} opened talks on Monday.</p></article></body></html>`;

const MIXED: readonly FixtureRecord[] = [
  { url: 'https://news.example/talks', contentType: 'text/html; charset=utf-8', body: page('Ruritania') },
  { url: 'https://news.example/talks', type: 'request' },
  { url: 'https://news.example/report.pdf', contentType: 'application/pdf', body: '%PDF-1.7' },
  { url: 'https://news.example/talks', type: 'revisit', contentType: 'text/html' },
  { url: 'https://news.example/gone', contentType: 'text/html', status: 404, body: 'not found' },
  { url: 'https://news.example/cut', contentType: 'text/html', body: page('Cut'), warcHeaders: { 'WARC-Truncated': 'length' } },
  { url: 'https://news.example/second', contentType: 'application/xhtml+xml', body: page('Freedonia'), date: '2024-03-06T23:59:00Z' },
];

async function read(path: string, options = {}): Promise<RawDocument[]> {
  const docs: RawDocument[] = [];
  for await (const d of readWarc(path, options)) docs.push(d);
  return docs;
}

describe('WARC source', () => {
  for (const gzip of [true, false]) {
    it(`reads HTML responses and reports the rest with a reason (${gzip ? 'gzipped' : 'plain'})`, async () => {
      const path = join(dir, `mixed${gzip ? '.warc.gz' : '.warc'}`);
      await writeWarc(path, MIXED, { gzip });
      const docs = await read(path);
      assert.deepEqual(
        docs.map((d) => [d.url ?? d.id, d.error?.code ?? 'ok']),
        [
          ['https://news.example/talks', 'ok'],
          ['https://news.example/report.pdf', 'skipped'],
          ['https://news.example/talks', 'skipped'],
          ['https://news.example/gone', 'skipped'],
          ['https://news.example/cut', 'truncated'],
          ['https://news.example/second', 'ok'],
        ],
      );
      assert.equal(docs[0]!.date, '2024-03-05');
      assert.equal(docs[5]!.date, '2024-03-06');
      assert.match(docs[0]!.html!, /Ruritania opened talks/);
      assert.match(docs[1]!.error!.message, /not an HTML page \(Content-Type application\/pdf\)/);
      assert.match(docs[2]!.error!.message, /revisit/);
    });

    it(`reports an archive cut inside its last record (${gzip ? 'gzipped' : 'plain'})`, async () => {
      const path = join(dir, `cut${gzip ? '.warc.gz' : '.warc'}`);
      await writeWarc(path, [MIXED[0]!, MIXED[6]!], { gzip, cutLast: 0.7 });
      const docs = await read(path);
      assert.equal(docs.length, 2);
      assert.equal(docs[0]!.error, undefined);
      assert.equal(docs[1]!.error?.code, 'truncated');
      assert.match(docs[1]!.error!.message, /cut\.warc(\.gz)?#\d+/);
    });
  }

  it('takes the charset from the HTTP header, else from the page', async () => {
    const path = join(dir, 'charsets.warc.gz');
    const cp1252 = Uint8Array.from([...new TextEncoder().encode('<html><body><p>Caf'), 0xe9, ...new TextEncoder().encode(' talks</p></body></html>')]);
    const meta = Uint8Array.from([...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body><p>'), 0x93, ...new TextEncoder().encode('Yes'), 0x94, ...new TextEncoder().encode('</p></body></html>')]);
    await writeWarc(
      path,
      [
        { url: 'https://a.example/1', contentType: 'text/html; charset=windows-1252', body: cp1252 },
        { url: 'https://a.example/2', contentType: 'text/html', body: meta },
      ],
      { gzip: true },
    );
    const docs = await read(path);
    assert.match(docs[0]!.html!, /Café talks/);
    assert.match(docs[1]!.html!, /\u201cYes\u201d/);
  });

  it('stops at --limit, samples the same records every run, and refuses oversized records', async () => {
    const path = join(dir, 'many.warc.gz');
    const records = Array.from({ length: 40 }, (_, i): FixtureRecord => ({ url: `https://b.example/${i}`, contentType: 'text/html', body: page(`Story ${i}`) }));
    await writeWarc(path, records, { gzip: true });
    assert.equal((await read(path, { limit: 5 })).length, 5);
    const first = (await read(path, { sample: 0.5 })).map((d) => d.url);
    const second = (await read(path, { sample: 0.5 })).map((d) => d.url);
    assert.deepEqual(first, second);
    assert.ok(first.length > 5 && first.length < 35, `a share near half, got ${first.length}`);
    const big = await read(path, { maxBytes: 50 });
    assert.ok(big.every((d) => d.error?.code === 'too-large'));
  });

  it('names a missing archive', async () => {
    const docs = await read(join(dir, 'missing.warc.gz'));
    assert.equal(docs.length, 1);
    assert.ok(docs[0]!.error);
    assert.match(docs[0]!.error!.message, /missing\.warc\.gz/);
  });
});
