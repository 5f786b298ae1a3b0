// A document's tokens do not depend on the documents read before it in the same process: wink-nlp
// learns every unknown word it meets, and its tokenizer used to keep a learned "Clinton's" whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/language/analyze.js';
import { learnedWords, MAX_LEARNED_WORDS } from '../../src/language/wink.js';

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

test('a process that has learned more words than MAX_LEARNED_WORDS forgets them and tags as before', () => {
  const probe = 'President Varkon of Dorvania met the envoys of Quellmark in the capital on Monday.';
  const before = analyze(probe);
  // made-up words, none of them the model's: each is learned once
  const lines = Array.from({ length: Math.ceil((MAX_LEARNED_WORDS + 1000) / 1000) }, (_, l) => Array.from({ length: 1000 }, (_, w) => `Zq${l}x${w}`).join(' '));
  analyze(lines.join('\n'));
  assert.ok(learnedWords() > MAX_LEARNED_WORDS, 'the made-up words were learned');
  assert.deepEqual(analyze(probe), before);
  assert.ok(learnedWords() < 100, `the remade instance has learned only the probe's words, not ${learnedWords()}`);
});
