// Dates read from sentences we wrote, against a reference date and without one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from '../../src/time/find-times.js';

function times(text: string, reference: string | null) {
  return findTimes(text, [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, paragraph: 0 }], reference);
}

type Want = [text: string, date: string | null, year: number | null];
const DATED: [sentence: string, reference: string | null, want: Want][] = [
  ['Ministers met on Tuesday in Geneva.', '2018-03-22', ['on Tuesday', '2018-03-20', 2018]],
  ['Ministers met on Thursday in Geneva.', '2018-03-22', ['on Thursday', '2018-03-22', 2018]],
  ['The summit will open next Tuesday.', '2018-03-22', ['next Tuesday', '2018-03-27', 2018]],
  ['The treaty was signed on March 3, 2011.', null, ['March 3, 2011', '2011-03-03', 2011]],
  ['The treaty was signed on March 3, 2011.', '2018-03-22', ['March 3, 2011', '2011-03-03', 2011]],
  ['Talks resumed yesterday.', '2020-01-02', ['yesterday', '2020-01-01', 2020]],
  ['The 1950-53 war ended in an armistice.', '2018-03-22', ['1950-53', null, 1950]],
];

// An undated article: relative expressions are found but get no day and no year.
const UNDATED: [sentence: string, text: string][] = [
  ['Ministers met on Tuesday in Geneva.', 'On Tuesday'],
  ['Talks resumed yesterday.', 'yesterday'],
  ['Envoys visited the capital earlier this month.', 'this month'],
];

test('dates are resolved against the reference date', () => {
  for (const [sentence, reference, [text, date, year]] of DATED) {
    const t = times(sentence, reference).find((x) => x.text.toLowerCase() === text.toLowerCase());
    assert.ok(
      t,
      `${sentence}: no "${text}" (found ${times(sentence, reference)
        .map((x) => x.text)
        .join(', ')})`,
    );
    assert.equal(t.date, date, sentence);
    assert.equal(t.year, year, sentence);
  }
});

test('without a reference date nothing relative is dated', () => {
  for (const [sentence, text] of UNDATED) {
    const t = times(sentence, null).find((x) => x.text.toLowerCase() === text.toLowerCase());
    assert.ok(t, `${sentence}: no "${text}"`);
    assert.equal(t.date, null, sentence);
    assert.equal(t.year, null, sentence);
  }
});

// Month names reach chrono as the names and abbreviations it reads, whole words ...
const MONTHS: [sentence: string, text: string][] = [
  ['The ceasefire began on Sept. 4 in the south.', 'Sept. 4'],
  ['Envoys met on Dec 12 in Oslo.', 'Dec 12'],
  ['The vote was held in May.', 'May'],
];

// ... and a word that only starts like one ("mayor", "market", "decision") sends no sentence to
// chrono, which would read the verb "sat" there as a Saturday and "now" as a date.
const NO_MONTH: string[] = ['The mayor sat with the council.', 'The market is calm now.', 'Marco said the decision stands now.'];

test('month names and their abbreviations are read', () => {
  for (const [sentence, text] of MONTHS) {
    const found = times(sentence, '2018-03-22').map((x) => x.text);
    assert.ok(found.includes(text), `${sentence}: no "${text}" (found ${found.join(', ')})`);
  }
});

test('a word that starts like a month is no month', () => {
  for (const sentence of NO_MONTH) assert.deepEqual(times(sentence, '2018-03-22'), [], sentence);
});
