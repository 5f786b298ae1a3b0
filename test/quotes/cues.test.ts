// The cue table: every row parses, and its provenance points at the line it stands on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ALL_CUES } from '../../src/quotes/index.js';

describe('quotes: cue table', () => {
  const lines = readFileSync(new URL('../../src/quotes/cues.ts', import.meta.url), 'utf8').split('\n');
  it('points each entry at its own line', () => {
    for (const cue of ALL_CUES) assert.equal(lines[cue.ref.line - 1]?.trim(), cue.ref.text, cue.lemma);
  });
  it('gives every cue a weight in (0, 1] and at least one construction', () => {
    for (const cue of ALL_CUES) {
      assert.ok(cue.weight > 0 && cue.weight <= 1, cue.lemma);
      assert.ok(cue.clause || cue.quote || cue.postposed || cue.object || cue.infinitive || cue.lemma === 'according', cue.lemma);
    }
  });
  it('takes a hearer object with "tell" and not with "say"', () => {
    assert.equal(ALL_CUES.find((c) => c.lemma === 'tell')?.hearer, true);
    assert.equal(ALL_CUES.find((c) => c.lemma === 'say')?.hearer, false);
  });
});
