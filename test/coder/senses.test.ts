// The senses table (kb/senses.tsv) loads, and its bad lines become issues with file and line. The
// sentence-level rules are in test/events/golden.tsv ("senses").
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinSenses, loadSenses } from '../../src/coder/senses.js';

describe('senses table', () => {
  it('loads the built-in table without issues', () => {
    const table = builtinSenses();
    assert.deepEqual(table.issues, []);
    assert.ok(table.contexts.get('sport')?.has('champion'));
    assert.ok(table.drops.get('sport')?.has('19'));
    assert.equal(table.verbal[0]?.code, '111');
    assert.ok(table.actors.some((a) => a.code === '042' && a.side === 'source' && a.words.has('peacekeeper')));
  });

  it('reports malformed lines and undefined contexts, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-senses-'));
    const path = join(dir, 'senses.tsv');
    writeFileSync(path, 'context  sport  match; cup\ndrop  sport  19; x9\ndrop  sport  18\ndrop  chess  19\nverbal  18  attack  111\nactor  042  source  peacekeeper  074\nactor  042  visitor  peacekeeper  074\n');
    const t = loadSenses(path, 'senses.tsv');
    assert.deepEqual([...(t.drops.get('sport') ?? [])], ['18']);
    assert.deepEqual(
      t.issues.map((i) => i.line),
      [2, 5, 7, 0],
    );
    assert.match(t.issues[3]!.message, /context "chess" is not defined/);
    assert.deepEqual(
      t.actors.map((a) => a.recode),
      ['074'],
    );
  });
});
