// The modality table (kb/modality.tsv): its lines load, bad lines become issues with file and line,
// and the recoding follows CAMEO (intent 03 for cooperation, 13 for harm, 12 for refusals). The
// sentence-level rules are in test/events/golden.tsv ("modality as CAMEO codes it").
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinModality, loadModality, negatedAct, recode } from '../../src/coder/modality.js';

describe('modality table', () => {
  const table = builtinModality();

  it('loads the built-in table without issues', () => {
    assert.deepEqual(table.issues, []);
    assert.ok(table.cues.length >= 40);
    assert.ok(table.defers.some((d) => d.words.join(' ') === 'agree to'));
    assert.ok(table.governors.has('provide'));
    assert.ok(table.phases.has('resume'));
  });

  // class, act code, expected code (null: no event)
  const RULES: [string, string, string | null][] = [
    ['intent', '036', '036'],
    ['intent', '040', '036'],
    ['intent', '073', '0333'],
    ['intent', '0841', '0353'],
    ['intent', '163', '1312'],
    ['intent', '190', '1384'],
    ['intent', '1723', '1323'],
    ['intent', '111', '111'],
    ['threat', '087', '130'],
    ['threat', '166', '136'],
    ['refuse', '0841', '1243'],
    ['refuse', '040', '125'],
    ['refuse', '190', null],
    ['fail', '057', '127'],
    ['fail', '040', null],
    ['fail', '190', null],
    ['prepare', '194', '150'],
    ['prepare', '073', '0333'],
    ['hedge', '190', '1384'],
    ['hedge', '073', '0333'],
  ];
  for (const [cls, code, want] of RULES) {
    it(`${cls} ${code} -> ${want ?? 'no event'}`, () => assert.equal(recode(table, cls, code), want));
  }

  // a plainly negated act: a stance whose denial is one, else no event (null)
  const NEGATED: [string, string | null][] = [
    ['051', '110'],
    ['040', null],
    ['110', null],
    ['190', null],
  ];
  for (const [code, want] of NEGATED) {
    it(`negated ${code} -> ${want ?? 'no event'}`, () => assert.equal(negatedAct(table, code), want));
  }

  it('reports a malformed line with its file and line, and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-modality-'));
    const path = join(dir, 'modality.tsv');
    writeFileSync(path, 'cue  intent  will\nact  intent  04  036\ncue intent\nact  intent  4x  036\ncue  wish  hope to\ngovern  send; give\ngovern  send  give\n');
    const bad = loadModality(path, 'modality.tsv');
    assert.equal(bad.cues.length, 2);
    assert.deepEqual(
      bad.issues.map((i) => `${i.file}:${i.line}`),
      ['modality.tsv:3', 'modality.tsv:4', 'modality.tsv:7', 'modality.tsv:5'],
    );
    assert.deepEqual([...bad.governors], ['send', 'give']);
    assert.equal(recode(bad, 'intent', '042'), '036');
  });
});
