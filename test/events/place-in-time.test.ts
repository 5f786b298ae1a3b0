// Each event's day from its own time expression, and background by tense and dates, through the
// whole pipeline on sentences we wrote.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';

// sentence, expected [code, date, historical] of its first event (document date 2024-03-06, a Wednesday)
const CASES: [string, string, string | null, boolean][] = [
  ['Russia attacked Kyiv on Monday.', '190', '2024-03-04', false],
  // Monday is the announcing's, not the condemning's
  ['Britain condemned the strike carried out on Monday by Iran.', '111', '2024-03-06', false],
  ['On Tuesday Britain condemned the strike carried out by Iran.', '111', '2024-03-05', false],
  // an old year names what the leaks were, the seeking is now
  ['Britain is seeking the extradition of the hacker over the 2016 attacks.', '0213', '2024-03-06', false],
  ['Britain has asked Sweden to extradite the hacker over the 2016 attacks.', '0213', '2024-03-06', false],
  // a past act in an old year is background
  ['Sweden arrested the Russian diplomat in 2010.', '173', null, true],
  ['In 1999 NATO bombed Serbia.', '195', null, true],
  // a span counted from another event gives no day of its own; a span counted from the story's does
  ['Less than a week after the report, Russia attacked Ukraine.', '190', '2024-03-06', false],
  ['Two days later, Russia attacked Ukraine.', '190', '2024-03-06', false],
  ['Russia attacked Ukraine a week ago.', '190', '2024-02-28', false],
  // a day after the story's is no day of an act in the past, but is one of an act to come
  ['Russia attacked Ukraine next Friday.', '190', '2024-03-06', false],
  ['Russia will attack Ukraine next week.', '1384', '2024-03-13', false],
  // the verbs of the event's own chain do not cut it from its day; another clause's verb does
  ['Iran refused to release the sailors on Monday.', '120', '2024-03-04', false],
  ['Iran refused to release the sailors captured on Monday.', '120', '2024-03-06', false],
  // a past sentence naming no time keeps the old year of the sentence before it in its paragraph,
  // but not across a paragraph, nor in the present perfect
  ['The camp first opened in 2014. Jordan closed its border with Syria.', '191', null, true],
  ['The camp first opened in 2014.\n\nJordan closed its border with Syria.', '191', '2024-03-06', false],
  ['The camp first opened in 2014. Jordan has closed its border with Syria.', '191', '2024-03-06', false],
];

describe('events placed in time', () => {
  let pipeline: Pipeline;
  before(() => {
    pipeline = createPipeline();
  });
  for (const [text, code, date, historical] of CASES) {
    it(text, async () => {
      const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date: '2024-03-06' });
      const e = doc.events[0];
      assert.ok(e, `no event: ${text}`);
      assert.deepEqual([e.code, e.date, e.historical], [code, date, historical]);
    });
  }
});
