import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadPetrarchDictionaries } from '../../src/dictionary/petrarch/load.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from './fixtures.js';

describe('dictionary cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  const cacheDir = join(dir, 'cache');
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('test.actors.txt', ACTORS);
  write('test.agents.txt', AGENTS);
  write('test.verbs.txt', VERBS);
  write('test.discards.txt', DISCARDS);
  write('notes.txt', 'not a dictionary');

  it('compiles once, then reads the cache with the same content', () => {
    const first = loadPetrarchDictionaries(dir, { cacheDir });
    const second = loadPetrarchDictionaries(dir, { cacheDir });
    assert.equal(first.fromCache, false);
    assert.equal(second.fromCache, true);
    assert.equal(first.files.length, 4);
    assert.deepEqual(second.dictionaries.data, first.dictionaries.data);
    assert.equal(second.dictionaries.actors.length, first.dictionaries.actors.length);
  });
  it('a changed file is compiled again', () => {
    write('test.discards.txt', `${DISCARDS}\nHOCKEY\n`);
    utimesSync(join(dir, 'test.discards.txt'), new Date(), new Date(Date.now() + 5000));
    const again = loadPetrarchDictionaries(dir, { cacheDir });
    assert.equal(again.fromCache, false);
    assert.ok(again.dictionaries.data.discards.includes('HOCKEY'));
  });
  it('works without a cache', () => assert.equal(loadPetrarchDictionaries(dir, { cacheDir: null }).fromCache, false));
});
