// Actor resolution on sentences we wrote: known names coded for their day, unknown people coded
// from their title or apposition, short mentions, descriptions and pronouns joined to the entity
// they refer to; and traps where nothing must be coded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';
import type { Mention } from '../../src/types.js';

const pipeline = createPipeline();

async function mentions(text: string, date: string): Promise<Mention[]> {
  const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date });
  assert.equal(doc.error, null);
  return [...doc.mentions];
}

type Want = [text: string, actor: string | null, name?: string];
const CASES: [string, string, Want[]][] = [
  ['Shinzo Abe met Xi Jinping in Beijing on Monday.', '2018-10-26', [['Shinzo Abe', 'JPNGOV'], ['Xi Jinping', 'CHNGOV'], ['Beijing', 'CHNGOV']]],
  ['Shinzo Abe visited Washington.', '2005-01-10', [['Shinzo Abe', 'JPNGOV'], ['Washington', 'USAGOV']]],
  ['Moscow rejected the plan.', '1985-06-01', [['Moscow', 'SUNGOV']]],
  ['Moscow rejected the plan.', '2015-06-01', [['Moscow', 'RUSGOV']]],
  ['The Soviet Union once backed Kim Il Sung.', '2018-03-21', [['Soviet Union', 'SUN'], ['Kim Il Sung', 'PRKGOV']]],
  ['Russian foreign ministry official Ivan Petrovsky said talks would resume. Petrovsky spoke in Geneva.', '2019-04-02',
    [['Ivan Petrovsky', 'RUSGOV'], ['Petrovsky', 'RUSGOV', 'Ivan Petrovsky']]],
  ['Marta Lindqvist, a Swedish diplomat, arrived in Kabul on Friday.', '2019-04-02', [['Marta Lindqvist', 'SWEGOV']]],
  ['Barak Obama spoke to Vladmir Putin by phone.', '2014-03-01', [['Barak Obama', 'USAGOV', 'Barack Obama'], ['Vladmir Putin', 'RUSGOV', 'Vladimir Putin']]],
  ['Donald Trumpp praised the deal.', '2019-05-01', [['Donald Trumpp', 'USAGOV', 'Donald Trump']]],
  ['North Korea fired a missile on Sunday. The North said the test was a success.', '2017-07-04', [['North Korea', 'PRK'], ['North', 'PRK']]],
  ['Xi Jinping arrived in Hanoi. He was greeted by the Vietnamese president. The Chinese president later left.', '2017-11-12',
    [['He', 'CHNGOV', 'Xi Jinping'], ['the Vietnamese president', 'VNMGOV'], ['The Chinese president', 'CHNGOV', 'Xi Jinping']]],
  ['Russian diplomats opposed the sanctions.', '2018-03-21', [['Russian diplomats', 'RUSGOV']]],
  ['Russian diplomats left Vienna. Their talks had failed.', '2018-03-21', [['Their', 'RUSGOV']]],
  ['During the Cold War Moscow armed Cuba.', '1975-05-01', [['Moscow', 'SUNGOV'], ['Cuba', 'CUB']]],
  ["Pyongyang received Moon Jae-in's envoys on Monday. The envoys later flew home.", '2018-03-21',
    [["Moon Jae-in's envoys", 'KORGOV'], ['The envoys', 'KORGOV']]],
  ['Kim Jong Un will meet his South Korean and U.S. officials.', '2018-03-21', [['South Korean', 'KORGOV'], ['U.S. officials', 'USAGOV']]],
];

test('actors are resolved from names, titles, misspellings and references', async () => {
  for (const [text, date, wants] of CASES) {
    const found = await mentions(text, date);
    for (const [written, actor, name] of wants) {
      const m = found.find((x) => x.text === written);
      assert.ok(m, `${text}: no mention "${written}" (found ${found.map((x) => x.text).join(', ')})`);
      assert.equal(m.actor, actor, `${text}: ${written}`);
      if (name) assert.equal(m.name, name, `${text}: name of ${written}`);
    }
  }
});

// Nothing here names a country, so no actor may be invented.
const TRAPS: [string, string][] = [
  ['Officials said the talks would resume.', 'Officials'],
  ['The president said he would veto the bill.', 'The president'],
  ['Advertisement revenue fell in March.', 'Advertisement'],
  ['Let us go to the market, she told us.', 'us'],
  ['The rebels said they would fight on.', 'they'],
];

test('no actor is invented where the text names none', async () => {
  for (const [text, word] of TRAPS) {
    const m = (await mentions(text, '2020-01-01')).find((x) => x.text.includes(word) && x.actor !== null);
    assert.equal(m, undefined, `${text}: ${word} got ${m?.actor}`);
  }
});
