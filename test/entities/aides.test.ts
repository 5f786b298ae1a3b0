// A person's staff are coded in the person's branch (entities/titles.ts aideTo): "an aide to Senator
// X" is the senator's, "a senior adviser to Prime Minister Y" the prime minister's government. Not
// someone else's relation to the person ("a donor to", "a neighbour of"), nor the staff of someone
// the person owns ("an aide to X's lawyer").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions } from './expect.js';

test('the staff of a coded person take the person’s code', async () => {
  await expectMentions('An aide to Senator Bernie Sanders spoke on Monday.', '2019-05-01', [['An aide to Senator Bernie Sanders', 'USALEG']]);
  await expectMentions('Maria Keller, a senior adviser to Prime Minister Narendra Modi, spoke.', '2019-05-01', [['Maria Keller', 'INDGOV']]);
});

test('a relation that is no service, or service to someone the person owns, gives no code', async () => {
  for (const text of ['A donor to Bernie Sanders spoke on Monday.', 'An aide to the lawyer of Bernie Sanders spoke on Monday.', 'Maria Keller, a neighbour of Prime Minister Narendra Modi, spoke.']) {
    const coded = (await mentions(text, '2019-05-01')).filter((m) => m.provenance.rule === 'actor/aide-to');
    assert.deepEqual(
      coded.map((m) => m.text),
      [],
      text,
    );
  }
});
