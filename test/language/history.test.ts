// A document's tokens do not depend on the documents read before it in the same process: wink-nlp
// learns every unknown word it meets, and its tokenizer used to keep a learned "Clinton's" whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/language/analyze.js';

const tokens = (text: string) => analyze(text).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

const PROBES = ['Aide Jake Sullivan spoke for Clinton’s campaign.', "Aide Jake Sullivan spoke for Clinton's campaign.", 'The ballot had 778899 votes in Dorvania.'];
// each teaches wink a word a probe holds: a possessive before a full stop, a number alone, a new name
const TEACHERS = ['Their list of donors rivals Clinton’s. Yet so far', "Their list of donors rivals Clinton's. Yet so far", 'Call 778899. Dorvania.'];

for (const [i, probe] of PROBES.entries()) {
  test(`the same tokens before and after another text: ${probe}`, () => {
    const first = tokens(probe);
    tokens(TEACHERS[i]!);
    assert.deepEqual(tokens(probe), first);
  });
}

test('a possessive is split from its name whatever came before', () => {
  tokens(TEACHERS[0]!);
  assert.deepEqual(tokens('Clinton’s aide left.').slice(0, 2), ['Clinton/PROPN', '’s/PART']);
});
