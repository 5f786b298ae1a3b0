// The table of acts only police or courts do (kb/institution-acts.tsv) loads, its bad lines become
// issues with file and line, and the country of such an act is the place's, else the story's own.
// The sentence-level rules are in test/coder/rules.tsv.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { actCountry, actKey, builtinInstitutions, loadInstitutions } from '../../src/coder/institutions.js';

describe('institution acts table', () => {
  it('loads the built-in table without issues', () => {
    const table = builtinInstitutions();
    assert.deepEqual(table.issues, []);
    assert.equal(table.agents.get(actKey('173', 'arrest')), 'COP');
    assert.equal(table.agents.get(actKey('116', 'convict')), 'JUD');
    assert.equal(table.agents.get(actKey('190', 'arrest')), undefined);
    assert.ok(table.reads.has('officer'));
  });

  it('reports malformed lines and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-institutions-'));
    const path = join(dir, 'institution-acts.tsv');
    writeFileSync(path, 'act  COP  173  arrest; detain\nact  police  173  arrest\nact  JUD  17x  charge\nreads  officer  soldier\n');
    const t = loadInstitutions(path, 'institution-acts.tsv');
    assert.deepEqual([...t.agents.keys()], ['173 arrest', '173 detain']);
    assert.deepEqual(
      t.issues.map((i) => i.line),
      [2, 3, 4],
    );
  });

  it('places the act where the sentence puts it, else at home when the one done to is of the home country', () => {
    assert.equal(actCountry('KEN', 'USA', ['USACRM']), 'KEN');
    assert.equal(actCountry(null, 'USA', ['USACRM']), 'USA');
    assert.equal(actCountry(null, 'USA', ['KENMED']), null);
    assert.equal(actCountry(null, null, ['USACRM']), null);
  });
});
