// Titles before the names of people no list holds (issue 15): a state's governor or mayor is the
// country's government (guide §4.1), a former one its former elite; a description with no name
// ("the Ohio governor") is not coded from the state, it refers to someone named before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions, type Want } from './expect.js';

const DATE = '2016-03-01';

const CODED: [string, Want[]][] = [
  ['Ohio Gov. Jane Roe criticized the Pentagon on Monday.', [['Jane Roe', 'USAGOV']]],
  ['Former Ohio Gov. Jack Bell criticized the Pentagon on Monday.', [['Jack Bell', 'USAELI']]],
];

for (const [text, wants] of CODED) test(`title: ${text}`, () => expectMentions(text, DATE, wants));

test('a description of a governor with no name is not coded from the state', async () => {
  const found = await mentions('The Ohio governor criticized the plan on Monday.', DATE);
  assert.ok(!found.some((m) => m.text.toLowerCase().includes('governor') && m.actor !== null), found.map((m) => `${m.text}:${m.actor}`).join(', '));
});
