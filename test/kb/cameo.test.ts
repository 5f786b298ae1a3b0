import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cameoTable, loadKnowledgeBase } from '../../src/kb/index.js';

// The reference tables sit beside the repository (../shared); they are read, never copied.
const reference = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'shared', 'data', 'cameo');
const skip = existsSync(reference) ? false : 'reference tables in ../shared/data/cameo are not here';

function referenceRows(): string[][] {
  return readFileSync(join(reference, 'cameo-codes.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
}

/** The reference PLOVER mapping, read by its README's rules: exact code, 3-digit prefix, root. */
function referencePlover(): (code: string) => string | null {
  const map = new Map<string, string>();
  for (const raw of readFileSync(join(reference, 'cameo-to-plover.txt'), 'utf8').split('\n')) {
    if (raw.startsWith('~~~~~')) break;
    const m = /^(\d+):\s*([A-Z_]+)/.exec(raw.replace(/#.*/, '').trim());
    if (m && !map.has(m[1]!)) map.set(m[1]!, m[2]!);
  }
  return (code) => map.get(code) ?? map.get(code.slice(0, 3)) ?? map.get(code.slice(0, 2)) ?? null;
}

test('every reference CAMEO code is in our table with the same goldstein and quadclass', { skip }, () => {
  const t = cameoTable();
  const rows = referenceRows();
  assert.equal(rows.length, 311);
  for (const [code = '', , goldstein, quad, root] of rows) {
    assert.ok(t.isCameoCode(code), code);
    assert.equal(t.goldstein(code), Number(goldstein), code);
    assert.equal(t.quadClass(code), Number(quad), code);
    assert.equal(t.codes.get(code)?.root, root, code);
  }
});

test('PLOVER types follow the reference mapping; roots 01 and 02 have none', { skip }, () => {
  const t = cameoTable();
  const expected = referencePlover();
  for (const code of t.codes.keys()) assert.equal(t.plover(code), expected(code), code);
  assert.equal(t.plover('051'), 'SUPPORT');
  assert.equal(t.plover('163'), 'COERCE');
  assert.equal(t.plover('0874'), 'RETREAT');
  assert.equal(t.plover('010'), null);
  assert.equal(t.plover('0233'), null);
});

test('the codes GDELT lacks are there, and the helpers answer for unknown codes', () => {
  const t = cameoTable();
  for (const code of ['155', '176', '1834', '1951', '1952', '1213', '1214', '109', '1641']) assert.ok(t.isCameoCode(code), code);
  assert.equal(t.goldstein('051'), 3.4);
  assert.equal(t.quadClass('190'), 4);
  assert.equal(t.isCameoCode('51'), false);
  assert.equal(t.goldstein('999'), null);
  assert.equal(t.plover('999'), null);
});

test('the built-in table loads without issues and every root has its row', () => {
  const { kb, issues } = loadKnowledgeBase();
  assert.deepEqual(issues.filter((i) => i.file?.endsWith('cameo-codes.tsv')), []);
  const roots = kb.cameo.filter((c) => c.code.length === 2).map((c) => c.code);
  assert.deepEqual(roots, Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
});
