// Sentence ends wink reads where none is: inside a US legislator's party tag, and before a word in
// small letters. Sentences we wrote in the constructions of US news.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../src/language/analyze.js';

const sentences = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence ends', () => {
  it('keeps a party tag and the words after it in one sentence', () => {
    assert.deepEqual(sentences('Sen. Jane Doe (D-Ore.)\u00a0on Monday criticized the plan to close the base.'), ['Sen. Jane Doe (D-Ore.)\u00a0on Monday criticized the plan to close the base.']);
    assert.deepEqual(sentences('Gov. Ann Smith (R-Okla.) said the bill was bad. She vetoed it.'), ['Gov. Ann Smith (R-Okla.) said the bill was bad.', 'She vetoed it.']);
  });
  it('does not end a sentence inside brackets', () => {
    assert.deepEqual(sentences('Rep. John Roe (R-N.Y.) later accused the governor of lying.'), ['Rep. John Roe (R-N.Y.) later accused the governor of lying.']);
  });
  it('joins a cue in small letters to the quote before it', () => {
    assert.deepEqual(sentences('“We will not stop.” he said on Tuesday.'), ['“We will not stop.” he said on Tuesday.']);
  });
  it('still ends a sentence before a name written with a small first letter', () => {
    assert.deepEqual(sentences('The firm sells the iPhone. iPhone sales fell.'), ['The firm sells the iPhone.', 'iPhone sales fell.']);
  });
});
