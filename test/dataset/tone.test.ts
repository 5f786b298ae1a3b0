import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTone } from '../../src/dataset/tone.js';
import { analyze } from '../../src/language/analyze.js';

// Texts we write; the expected signs and bounds follow from which of their words carry feeling.
const positive = 'The two leaders praised the peaceful agreement and welcomed the generous aid with great hope.';
const negative = 'Rebels killed dozens of civilians in a brutal attack, and the angry crowd blamed the corrupt police.';

test('a hopeful sentence has a positive tone, a violent one a negative tone', () => {
  const good = documentTone(positive);
  const bad = documentTone(negative);
  assert.ok(good.tone > 0 && good.positive > 0 && good.negative === 0, JSON.stringify(good));
  assert.ok(bad.tone < 0 && bad.negative > 0, JSON.stringify(bad));
  assert.ok(good.tone > bad.tone);
});

test('the parts agree: tone = positive - negative, polarity = positive + negative, all percentages', () => {
  for (const text of [positive, negative, `${positive} ${negative}`]) {
    const t = documentTone(text);
    assert.ok(Math.abs(t.tone - (t.positive - t.negative)) < 1e-9);
    assert.ok(Math.abs(t.polarity - (t.positive + t.negative)) < 1e-9);
    for (const v of [t.positive, t.negative, t.polarity, t.activity, t.selfGroup]) assert.ok(v >= 0 && v <= 100, String(v));
  }
});

test('the word count counts words, not numbers or punctuation', () => {
  assert.equal(documentTone('Troops crossed the river on Monday.').wordCount, 6);
  assert.equal(documentTone('Talks resumed, 3 days later!').wordCount, 4);
});

test('one word of feeling among four words is 25 percent', () => {
  const t = documentTone('The talks were good.');
  assert.equal(t.wordCount, 4);
  assert.equal(t.positive, 25);
  assert.equal(t.tone, 25);
});

test('a negated word counts with the opposite sign', () => {
  const t = documentTone('The talks were not good.');
  assert.ok(t.negative > 0 && t.positive === 0, JSON.stringify(t));
});

test('pronouns raise self/group density, verbs activity density', () => {
  const we = documentTone('We told them that they and we would stay.');
  const none = documentTone('The minister announced the budget in parliament.');
  assert.ok(we.selfGroup > 30, JSON.stringify(we));
  assert.equal(none.selfGroup, 0);
  assert.ok(none.activity > 0);
});

// Negative table: texts with no feeling words, or no words at all, score 0 in tone and polarity.
const flat = ['', '   ', '2024-01-05 12:00', 'The committee met in the capital on Tuesday.', '!!! ... ???'];
for (const text of flat) {
  test(`no feeling: ${JSON.stringify(text)}`, () => {
    const t = documentTone(text);
    assert.equal(t.tone, 0);
    assert.equal(t.polarity, 0);
  });
}

test('the same text always gives the same tone', () => {
  assert.deepEqual(documentTone(negative), documentTone(negative));
});

test('the word count does not depend on the texts read before (wink keeps the first type it saw for a new token)', () => {
  // a number never seen before, first glued to a word by a full stop (wink then types it a word)
  const fresh = String(100_000_000 + Math.floor(Math.random() * 800_000_000));
  assert.equal(documentTone(`Talks ended.${fresh}`).wordCount, 2);
  assert.equal(documentTone(`The year ${fresh} came.`).wordCount, 3);
});

test("the pipeline's tokens give the tone a second tagging of the text gives", () => {
  const texts = [`${positive}\n\n${negative}`, 'She said they would not back the plan.\nWe welcomed it; they did not.\n\nTalks resume on 12 May, 2025.', "Officials in the port city didn't expect the storm's damage to be so severe."];
  for (const text of texts) assert.deepEqual(documentTone(text, analyze(text).tokens), documentTone(text));
});

test('tokens the pipeline made are what is counted, not a fresh reading of the text', () => {
  const text = 'The talks were good.';
  const tokens = analyze(text).tokens;
  // the same text with its last word dropped from the tokens: three words, the feeling still read from the text
  const t = documentTone(text, tokens.slice(0, 3));
  assert.equal(t.wordCount, 3);
  assert.ok(Math.abs(t.positive - 100 / 3) < 1e-9, JSON.stringify(t));
});
