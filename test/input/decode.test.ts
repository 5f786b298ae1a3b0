import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from '../../src/input/decode.js';

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
