import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchByline } from '../../src/article/byline.js';

test('bylines give their authors', () => {
  assert.deepEqual(matchByline('By Jennie Oh'), { byline: 'Jennie Oh', authors: ['Jennie Oh'] });
  assert.deepEqual(matchByline('By Jennie Oh and Tom Park'), { byline: 'Jennie Oh and Tom Park', authors: ['Jennie Oh', 'Tom Park'] });
  assert.deepEqual(matchByline('By JENNIE OH, UPI'), { byline: 'Jennie Oh', authors: ['Jennie Oh'] });
  assert.deepEqual(matchByline('By Ana Ruiz, Li Wen and Sam de Vries | Reuters'), { byline: 'Ana Ruiz and Li Wen and Sam de Vries', authors: ['Ana Ruiz', 'Li Wen', 'Sam de Vries'] });
});

test('sentences that start with By are not bylines', () => {
  for (const line of ['By the time the talks ended, both sides had left.', 'By Monday, the army had withdrawn.', 'By 2030 the plant will close.']) {
    assert.equal(matchByline(line), null, line);
  }
});
