// Actor precision, second pass, on sentences we wrote: outlets, bodies and buildings sharing a code
// stay apart; a country or capital inside a longer name (a US state, a town, a person's first name)
// is not that actor; a place glued to the name after a posting title stands on its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions, type Want } from './expect.js';

// Names of one code that are different things: each keeps its own canonical name and entity.
const APART: [string, string, string, string][] = [
  ['CNN and the Washington Post both ran the interview.', '2019-11-19', 'CNN', 'Washington Post'],
  ['Fox News quoted a report by NBC News.', '2019-11-19', 'Fox News', 'NBC News'],
  ['The State Department and the White House disagreed.', '2019-11-19', 'State Department', 'White House'],
  ['The BBC cited The Times on Sunday.', '2019-11-19', 'BBC', 'The Times'],
  ['KBS and SBS carried the speech live.', '2019-11-19', 'KBS', 'SBS'],
  ['The U.S. Senate and the Pentagon were briefed.', '2019-11-19', 'U.S. Senate', 'Pentagon'],
];

// Names of one outlet or body written two ways: still one entity.
const TOGETHER: [string, string, string, string][] = [
  ['The Associated Press said AP reporters were safe.', '2019-11-19', 'Associated Press', 'AP'],
  ['The New York Times editors said the NYT would appeal.', '2019-11-19', 'New York Times', 'NYT'],
];

test('outlets, bodies and buildings sharing a code are separate entities; one outlet written two ways is one', async () => {
  for (const [text, date, a, b] of [...APART, ...TOGETHER]) {
    const found = await mentions(text, date);
    const [ma, mb] = [a, b].map((w) => found.find((m) => m.text === w || m.text === `The ${w}`));
    assert.ok(ma && mb, `${text}: missing ${a} or ${b}`);
    assert.equal(ma.actor?.slice(0, 3), mb.actor?.slice(0, 3), `${text}: same country`);
    const apart = APART.some(([t]) => t === text);
    assert.equal(ma.entity !== mb.entity, apart, `${text}: ${a} / ${b} ${apart ? 'merged' : 'split'}`);
  }
});

// Places and people whose names hold a country or capital: named, never coded as that country.
const NOT_THE_COUNTRY: [string, string, string, string | null][] = [
  ['The governor of New Jersey signed the bill.', '2016-03-01', 'New Jersey', null],
  ['Voters in New Mexico went to the polls.', '2016-03-01', 'New Mexico', null],
  ['Results came in from Texas, Georgia and Alabama overnight.', '2016-03-01', 'Georgia', null],
  ['After the rally in San Jose, California, the senator flew home.', '2016-03-01', 'San Jose, California', null],
  ['She was raised in Lebanon, Pennsylvania, by her aunt.', '2016-03-01', 'Lebanon, Pennsylvania', null],
  ['He spoke to donors in Paris, Ky., on Friday.', '2016-03-01', 'Paris, Ky.', null],
  ['A nurse from Polk County, Georgia, asked the first question.', '2016-03-01', 'Georgia', null],
  ['Chad Morrow scored twice for the visitors.', '2019-11-19', 'Chad Morrow', null],
  ['Jordan Blakely gave a talk at the library.', '2019-11-19', 'Jordan Blakely', null],
  ['Paris Hilton arrived at the premiere.', '2019-11-19', 'Paris Hilton', null],
  ['Victoria Lenz won the regional title.', '2019-11-19', 'Victoria Lenz', null],
  ['The town meeting in Port Jordan ran late.', '2019-11-19', 'Port Jordan', null],
];

// The same names where they do stand for the country, its capital or an outlet.
const THE_COUNTRY: [string, string, Want[]][] = [
  ['Georgia, Armenia and Azerbaijan signed the accord.', '2019-11-19', [['Georgia', 'GEO']]],
  ['Jordan closed its border crossing with Syria.', '2019-11-19', [['Jordan', 'JOR']]],
  ['Chad sent troops to the border with Niger.', '2019-11-19', [['Chad', 'TCD']]],
  ['Officials in San Jose rejected the Nicaraguan claim.', '2019-11-19', [['San Jose', 'CRIGOV']]],
  ['The Washington Post reported the resignation.', '2019-11-19', [['The Washington Post', 'USAMED', 'Washington Post']]],
  ['Paris and Berlin backed the plan.', '2019-11-19', [['Paris', 'FRAGOV']]],
  ['Results from Iowa were counted overnight. Georgia later recalled its ambassador from Moscow.', '2019-11-19', [['Georgia', 'GEO']]],
];

test('a country or capital inside a longer place or person name is not that actor', async () => {
  for (const [text, date, written, actor] of NOT_THE_COUNTRY) {
    const found = await mentions(text, date);
    const m = found.find((x) => x.text === written && x.form === 'name');
    assert.ok(m, `${text}: no mention "${written}" (found ${found.map((x) => `${x.text}=${x.actor}`).join(', ')})`);
    assert.equal(m.actor, actor, text);
    const inner = found.filter((x) => x.form === 'name' && x.start >= m.start && x.end <= m.end && x !== m && x.actor !== null);
    assert.deepEqual(
      inner.map((x) => `${x.text}=${x.actor}`),
      [],
      `${text}: a coded name inside ${written}`,
    );
  }
  for (const [text, date, wants] of THE_COUNTRY) await expectMentions(text, date, wants);
});

// A posting title, the place posted to and the person's name run together with nothing between.
const POSTED: [string, string, Want[]][] = [
  [
    "China's ambassador to Britain Liu Mingzhou criticised the decision.",
    '2019-11-19',
    [
      ['Liu Mingzhou', 'CHNGOV'],
      ['Britain', 'GBR'],
      ["China's ambassador", 'CHNGOV', 'Liu Mingzhou'],
    ],
  ],
  [
    "Russia's envoy at the UN Pavel Orlin rejected the draft.",
    '2019-11-19',
    [
      ['Pavel Orlin', 'RUSGOV'],
      ['UN', 'IGOUNO'],
    ],
  ],
];

// Names that start with a country and are one organisation: not split into a place and a person.
const NOT_SPLIT: [string, string, string][] = [
  ['China Southern Airlines cancelled its flights.', '2019-11-19', 'China Southern Airlines'],
  ['The president met advisers in the White House Situation Room.', '2019-11-19', 'Situation Room'],
];

test('a place glued to the name after a posting title stands on its own; a longer organisation name is not split', async () => {
  for (const [text, date, wants] of POSTED) await expectMentions(text, date, wants);
  for (const [text, date, written] of NOT_SPLIT) {
    const people = (await mentions(text, date)).filter((m) => m.type === 'PERSON' && written.includes(m.text));
    assert.deepEqual(
      people.map((m) => m.text),
      [],
      text,
    );
  }
});
