// Relatives of the dead are the civilians of the country the story is about (entities/bereaved.ts):
// "the brother of a victim", "families of those killed", "a father who lost his son", and a name
// with ", who lost his wife". Traps: a relative with no loss, a lost thing, a politician's child.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions, type Want } from './expect.js';

// every sentence names the United States twice (Texas, the FBI), which makes it the story's country
const HOME = 'in Texas, and the FBI';
const CODED: [string, Want[]][] = [
  [`The brother of a victim of the shooting ${HOME} said nothing.`, [['The brother of a victim', 'USACVL']]],
  [`Families of those killed ${HOME} demanded answers.`, [['Families of those killed', 'USACVL']]],
  [`A father who lost his son ${HOME} wept.`, [['A father who lost his son', 'USACVL']]],
  [`Dan Ruiz, who lost his wife in the flood ${HOME}, spoke.`, [['Dan Ruiz', 'USACVL']]],
  [`Tom Walsh, the 52-year-old father of a student, met agents ${HOME}.`, [['Tom Walsh', 'USACVL']]],
];

test('relatives of the dead are civilians of the story’s country', async () => {
  for (const [text, wants] of CODED) await expectMentions(text, '2019-05-01', wants);
});

// No loss, a lost thing, a relative owned by a named person, or no country: nothing is coded.
const NOT_CODED: [string, string][] = [
  [`The brother of the mayor ${HOME} said nothing.`, 'brother'],
  [`A father who lost his job ${HOME} wept.`, 'father'],
  [`Dan Ruiz, who lost his wallet in Texas, spoke to the FBI.`, 'Dan Ruiz'],
  [`The governor's daughter ${HOME} praised the plan.`, 'daughter'],
  ['Families of those killed demanded answers.', 'Families'],
  ['Senator Tom Hale spoke in Texas to the FBI. His son criticized the plan.', 'son'],
];

test('relatives with no loss, of a named person, or in a story with no country stay uncoded', async () => {
  for (const [text, word] of NOT_CODED) {
    const m = (await mentions(text, '2019-05-01')).find((x) => x.text.includes(word) && x.actor !== null);
    assert.equal(m, undefined, `${text}: ${word} got ${m?.actor} (${m?.provenance.rule})`);
  }
});
