// The tagger model dyad assembles (wink-model.ts: the core read once, no NER or sentiment machines)
// splits, tags and lemmatises as the package's own entry point does.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';
import { wink } from '../../src/language/wink.js';

const require = createRequire(import.meta.url);

const TEXTS = [
  'The council of Vermeland voted on Friday to lift the curfew it imposed in 2019; its mayor didn’t object.',
  "Troops shelled the port at 6 a.m., officials said. Aid groups can't reach the 12,000 people who fled.",
  'Dr. Okafor, the U.N. envoy, met Prime Minister Lindqvist — and said talks would resume next week!',
  "She's the ministry's spokeswoman; they'd annexed nothing, she insisted, calling the report \"absurd\".",
];

/** Token, tag, lemma, spaces before, and the sentences as token spans: all the language stage reads. */
function reading(nlp: ReturnType<typeof winkNLP>, text: string): unknown {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return {
    tokens: doc.tokens().out(),
    pos: doc.tokens().out(its.pos),
    lemmas: doc.tokens().out(its.lemma as unknown as typeof its.pos),
    spaces: doc.tokens().out(its.precedingSpaces),
    sentences: doc.sentences().out(its.span),
  };
}

test('the assembled model reads text as the package model does', () => {
  const ours = wink();
  const make = require('wink-nlp') as typeof winkNLP;
  const theirs = make(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos']);
  for (const text of TEXTS) assert.deepEqual(reading(ours, text), reading(theirs, text), text);
});
