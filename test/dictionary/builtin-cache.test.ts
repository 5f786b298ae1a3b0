// The built-in verb patterns compiled once and read back from the cache: the same data as compiled,
// and a new entry when the patterns change.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { builtinDictionaries } from '../../src/dictionary/builtin.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';

describe('built-in dictionary cache', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'dyad-builtin-'));
  after(() => rmSync(cacheDir, { recursive: true, force: true }));
  const { kb } = loadKnowledgeBase();
  const fresh = builtinDictionaries(kb);

  it('writes the compiled patterns once and reads back the same data', () => {
    const first = builtinDictionaries(kb, { cacheDir });
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length, 1);
    const second = builtinDictionaries(kb, { cacheDir });
    assert.deepEqual(first.data, fresh.data);
    assert.deepEqual(second.data, fresh.data);
    assert.ok(second.verbs.blocks.length > 100, `${second.verbs.blocks.length} verb blocks`);
  });

  it('patterns that changed are compiled again, under a key of their own', () => {
    const fewer = { ...kb, patterns: kb.patterns.slice(1) };
    const changed = builtinDictionaries(fewer, { cacheDir });
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.bin')).length, 2);
    assert.deepEqual(changed.data, builtinDictionaries(fewer).data);
    assert.notDeepEqual(changed.data.verbs.patterns, fresh.data.verbs.patterns);
  });
});
