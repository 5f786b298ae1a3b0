// The input layer as the library sees it (issue 18): JSON lines in any of the encodings news comes
// in, standard input named twice, a line over the cap.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { byteLines } from '../../src/input/lines.js';
import { readSources } from '../../src/input/sources.js';
import type { RawDocument } from '../../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sources-'));

async function all(inputs: string[], stdin?: string): Promise<RawDocument[]> {
  const out: RawDocument[] = [];
  for await (const d of readSources(inputs, stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) })) out.push(d);
  return out;
}

const records = '{"id":"a","text":"Caf\u00e9 \u201cnews\u201d"}\r\n{"id":"b","text":"Z\u00fcrich"}\n';

test('finding 11: JSON lines in UTF-16 (either order, with or without BOM) and Windows-1252', async () => {
  const le = Buffer.from(records, 'utf16le');
  const files = {
    le: [join(dir, 'le.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    leBare: [join(dir, 'le-bare.jsonl'), le],
    be: [join(dir, 'be.jsonl'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])],
    cp: [join(dir, 'cp.jsonl'), Buffer.from('{"id":"a","text":"Caf\xe9 \x93news\x94"}\n{"id":"b","text":"Z\xfcrich"}\n', 'latin1')],
  } as const;
  for (const [, [path, bytes]] of Object.entries(files)) writeFileSync(path, bytes);
  for (const [name, [path]] of Object.entries(files)) {
    const docs = await all([path]);
    assert.deepEqual(
      docs.map((d) => d.text),
      ['Café “news”', 'Zürich'],
      name,
    );
    assert.equal(docs[0]!.issues!.length, name === 'cp' ? 1 : 0, name);
  }
});

test('finding 5: the library reads standard input once and says so for the second -', async () => {
  const docs = await all(['-', '-'], '{"id":"a","text":"One."}\n');
  assert.deepEqual(
    docs.map((d) => d.error?.code ?? d.id),
    ['a', 'stdin-twice'],
  );
});

test('finding 1: the line reader keeps no more than the cap of a long line', async () => {
  const chunks = [Buffer.from('short\n'), ...Array.from({ length: 50 }, () => Buffer.alloc(1000, 0x61)), Buffer.from('\nlast')];
  const lines = [];
  for await (const l of byteLines(Readable.from(chunks), 4096)) lines.push('bytes' in l ? l.bytes.toString() : `too long ${l.tooLong}`);
  assert.deepEqual(lines, ['short', 'too long 50000', 'last']);
});

test('finding 13: record dates outside 1800-2200 are refused with an issue', async () => {
  const docs = await all(['-'], ['0000-01-01', '9999-12-31', '17991231', '2200-12-31'].map((date, i) => JSON.stringify({ id: `d${i}`, text: 'x', date })).join('\n'));
  assert.deepEqual(
    docs.map((d) => d.date ?? null),
    [null, null, null, '2200-12-31'],
  );
  assert.match(docs[0]!.issues![0]!.message, /"0000-01-01" is outside the years 1800-2200/);
});
