import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, decodeLine } from '../../src/input/decode.js';

const text = (d: ReturnType<typeof decodeBytes>) => ('text' in d ? d.text : `error ${d.error.code}`);

test('encodings: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252', () => {
  assert.equal(text(decodeBytes(Buffer.from('Café “news”', 'utf8'), 'a')), 'Café “news”');
  assert.equal(text(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kyiv', 'utf8')]), 'a')), 'Kyiv');
  assert.equal(text(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich', 'utf16le')]), 'a')), 'Zürich');
  const be = Buffer.from('Zürich', 'utf16le').swap16();
  assert.equal(text(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a')), 'Zürich');
  assert.equal(text(decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x94]), 'a')), 'Café “n”');
});

test('empty and binary inputs are errors naming the input', () => {
  const empty = decodeBytes(new Uint8Array(0), 'x.txt');
  assert.ok('error' in empty && empty.error.code === 'empty' && empty.error.message.includes('x.txt'));
  const binary = decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'y.txt');
  assert.ok('error' in binary && binary.error.code === 'binary' && binary.error.message.includes('y.txt'));
});

test('finding 11: one stray byte in a UTF-8 file spoils its own line only, with an issue', () => {
  const bytes = Buffer.concat([Buffer.from('Café in Zürich.\nThe mayor said', 'utf8'), Buffer.from([0x20, 0x93, 0x6e, 0x6f, 0x94]), Buffer.from('.\nNaïve end.\n', 'utf8')]);
  const d = decodeBytes(bytes, 'mixed.txt');
  assert.ok('text' in d);
  assert.equal(d.text, 'Café in Zürich.\nThe mayor said “no”.\nNaïve end.\n');
  assert.equal(d.issues[0]!.code, 'mixed-encoding');
  assert.match(d.issues[0]!.message, /mixed\.txt: UTF-8 with 1 line\(s\) that are not \(line 2\)/);
});

test('finding 11: a Windows-1252 file that starts with bytes FF FE is not read as UTF-16', () => {
  const d = decodeBytes(Buffer.from('\xff\xfeHello, this is a caf\xe9 in town.', 'latin1'), 'ffe.txt');
  assert.ok('text' in d);
  assert.equal(d.text, 'ÿþHello, this is a café in town.');
  assert.equal(d.issues[0]!.code, 'guessed-encoding');
});

test('finding 11: a NUL byte anywhere, even after the first 64 KiB, makes the file binary', () => {
  const bytes = Buffer.concat([Buffer.from('Plain words. '.repeat(10_000)), Buffer.from([0]), Buffer.from('more')]);
  const d = decodeBytes(bytes, 'late-nul.txt');
  assert.ok('error' in d && d.error.code === 'binary');
});

test('finding 11: a JSON line that is not UTF-8 is decoded by itself, with an issue', () => {
  const d = decodeLine(Buffer.from('{"text":"\x93Caf\xe9\x94"}', 'latin1'), 'x.jsonl:3');
  assert.equal(d.text, '{"text":"“Café”"}');
  assert.match(d.issues[0]!.message, /x\.jsonl:3: the line is not UTF-8; read as windows-1252/);
  assert.deepEqual(decodeLine(Buffer.from('{"text":"ok"}'), 'x').issues, []);
});
