// Quote cues in classes: speech and writing are quotes; a vote or decision and a "Name: charges ..."
// list line are stances; thoughts and intentions are quotes marked with their class (cues.ts says why).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitStances } from '../../src/quotes/index.js';
import { quotesOf } from './helpers.js';

// text, the class of its first attribution, whether it stays a quote
const CASES: [string, string, boolean][] = [
  ['The mayor said that the bridge would reopen in May.', 'speech', true],
  ['The senator tweeted that the bill was a disgrace.', 'writing', true],
  ['The senator believes that the bill will fail in the House.', 'thought', true],
  ['The governor wants the legislature to pass the budget by June.', 'intention', true],
  ['The council approved a plan to rebuild the harbour walls.', 'vote', false],
  ['Senator Jones voted for a bill that would raise the minimum wage.', 'vote', false],
  ['John Smith: charged with fraud and released on bail last week.', 'list', false],
];

describe('quotes: cue classes and stances', () => {
  for (const [text, cls, quote] of CASES) {
    it(`${cls}: ${text}`, () => {
      const all = quotesOf(text);
      assert.ok(all.length > 0, 'no attribution found');
      assert.equal(all[0]!.cueClass, cls);
      const { quotes, stances } = splitStances(all);
      assert.equal(quotes.length > 0, quote);
      assert.equal(stances.length > 0, !quote);
    });
  }

  it('keeps a quoted "Name:" line with a subject as speech', () => {
    const all = quotesOf('Smith: "We will win this seat back in November."');
    assert.equal(all[0]?.cueClass, 'speech');
  });
});
