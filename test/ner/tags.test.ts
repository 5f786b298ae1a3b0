import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteerFromEntries } from '../../src/ner/gazetteer.js';
import { ALLOWED, decodeTags, encodeTags, TAG_COUNT, TAG_NAMES, tagOf } from '../../src/ner/tags.js';

const name = (tags: ArrayLike<number>) => Array.from(tags, (t) => TAG_NAMES[t]);

test('BILOU encoding and decoding round-trip', () => {
  const entities = [
    { from: 0, to: 3, cls: 0 },
    { from: 4, to: 5, cls: 2 },
  ];
  const tags = encodeTags(6, entities);
  assert.deepEqual(name(tags), ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'O']);
  assert.deepEqual(decodeTags(tags), entities);
});

// [previous tag, tag, allowed]
const ORDER: readonly [string, string, boolean][] = [
  ['O', 'B-ORG', true],
  ['O', 'I-ORG', false],
  ['B-ORG', 'L-ORG', true],
  ['B-ORG', 'L-PER', false],
  ['I-PER', 'O', false],
  ['U-LOC', 'U-LOC', true],
  ['L-PER', 'I-PER', false],
];

test('BILOU order is enforced', () => {
  for (const [prev, tag, allowed] of ORDER) {
    const p = TAG_NAMES.indexOf(prev),
      t = TAG_NAMES.indexOf(tag);
    assert.equal(ALLOWED[p * TAG_COUNT + t] === 1, allowed, `${prev} -> ${tag}`);
  }
  assert.equal(ALLOWED[TAG_COUNT * TAG_COUNT + tagOf('I', 0)], 0, 'no I at a sentence start');
});

test('gazetteers ignore spacing, and case except in acronyms', () => {
  const g = gazetteerFromEntries([
    ['Korean Central News Agency', 'ORG'],
    ['Seoul', 'GPE'],
    ['WHO', 'ORG'],
  ]);
  assert.equal(g.lookup('KOREAN CENTRAL  NEWS AGENCY'), 'ORG');
  assert.equal(g.lookup('seoul'), 'GPE');
  assert.equal(g.lookup('Busan'), null);
  assert.equal(g.lookup('WHO'), 'ORG');
  assert.equal(g.lookup('Who'), null, 'acronyms are matched as written');
});
