import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtmlBytes } from '../../src/html/index.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const CASES: readonly { name: string; bytes: Uint8Array; contentType?: string; want: string }[] = [
  { name: 'utf-8 without any label', bytes: utf8('<p>Crème brûlée</p>'), want: '<p>Crème brûlée</p>' },
  { name: 'utf-8 byte-order mark', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>Zürich</p>')]), want: '<p>Zürich</p>' },
  { name: 'utf-16le byte-order mark', bytes: Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x70, 0, 0x3e, 0, 0xe9, 0]), want: '<p>é' },
  { name: 'charset from the header', bytes: latin1('<p>caf\xe9</p>'), contentType: 'text/html; charset=ISO-8859-1', want: '<p>café</p>' },
  { name: '<meta charset>', bytes: latin1('<meta charset="windows-1252"><p>\x93quoted\x94</p>'), want: '<meta charset="windows-1252"><p>“quoted”</p>' },
  { name: '<meta http-equiv>', bytes: latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>a\xf1o</p>'), want: '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>año</p>' },
  { name: 'the header wins over the meta tag', bytes: utf8('<meta charset="iso-8859-1"><p>año</p>'), contentType: 'text/html; charset=utf-8', want: '<meta charset="iso-8859-1"><p>año</p>' },
  { name: 'invalid utf-8 without a label falls back to windows-1252', bytes: latin1('<p>na\xefve \x80</p>'), want: '<p>naïve €</p>' },
  { name: 'an unknown label is ignored', bytes: utf8('<meta charset="no-such-charset"><p>ok ü</p>'), want: '<meta charset="no-such-charset"><p>ok ü</p>' },
  { name: 'a meta tag claiming utf-16 on ASCII bytes is ignored', bytes: utf8('<meta charset="utf-16"><p>ok</p>'), want: '<meta charset="utf-16"><p>ok</p>' },
  { name: 'shift_jis from the meta tag', bytes: Uint8Array.from([...utf8('<meta charset="shift_jis">'), 0x93, 0xfa, 0x96, 0x7b]), want: '<meta charset="shift_jis">日本' },
  { name: 'empty input', bytes: new Uint8Array(0), want: '' },
];

for (const c of CASES) {
  test(`decodeHtmlBytes: ${c.name}`, () => assert.equal(decodeHtmlBytes(c.bytes, c.contentType), c.want));
}
