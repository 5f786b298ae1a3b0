// Names that leave their country unsaid, on sentences we wrote (issue 16): bare bodies ("Congress",
// "the Senate", "the Navy") and people described by a role of society ("a nursing home owner"), read
// as the country the document is about; and the 2016 campaign's people and US institutions by date.
// Each table has a negative table beside it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBareNames } from '../../src/kb/bare-names.js';
import { bareBody, homeCountry } from '../../src/entities/home-country.js';
import { splitAtDashes } from '../../src/entities/names.js';
import { expectMentions, mentions, type Want } from './expect.js';

const BARE: [string, string, Want[]][] = [
  ['Senator Chuck Schumer said Congress would vote on Friday.', '2019-03-01', [['Congress', 'USALEG']]],
  ['Mitch McConnell and Chuck Schumer met. The Senate passed the bill.', '2019-03-01', [['Senate', 'USALEG']]],
  ['Jair Bolsonaro and Paulo Guedes spoke in Brasilia. Later Congress rejected the reform.', '2019-03-01', [['Congress', 'BRALEG']]],
  ['Shinzo Abe and Taro Aso visited the base. The Navy sent two ships.', '2019-03-01', [['Navy', 'JPNMIL']]],
  ['Donald Trump and Mike Pence spoke. The Supreme Court ruled on Monday.', '2019-03-01', [['Supreme Court', 'USAJUD']]],
  // a party's members named by the party in the plural
  ['Nancy Pelosi met Mike Pence in Ohio. Fellow Democrats praised the speaker.', '2019-03-01', [['Democrats', 'USAPTY']]],
  // a party's members named by their chamber are that legislature
  ['Donald Trump and Mike Pence spoke. House Republicans voted against the plan.', '2019-03-01', [['Republicans', 'USALEG']]],
  ['Nancy Pelosi met Mike Pence in Ohio. Senate Democrats criticized the plan.', '2019-03-01', [['Democrats', 'USALEG']]],
  // not after a chamber: the party
  ['Donald Trump and Mike Pence spoke. Republicans in the House voted against the plan.', '2019-03-01', [['Republicans', 'USAPTY']]],
  ['Donald Trump and Mike Pence spoke. White House Republicans praised the plan.', '2019-03-01', [['Republicans', 'USAPTY']]],
];

const BARE_UNCODED: [string, string, string][] = [
  // no country named at all: no body can be chosen
  ['The Senate passed the bill on Friday.', '2019-03-01', 'Senate'],
  // a country with no senate in the list is no reason to guess one
  ['Vladimir Putin and Sergei Lavrov spoke in Moscow. The Senate passed the bill.', '2019-03-01', 'Senate'],
  // party members with no country named: no country's party
  ['The Democrats praised the plan on Friday.', '2019-03-01', 'Democrats'],
  // in a story about Russia the plural names no American party
  ['Vladimir Putin and Sergei Lavrov spoke in Moscow. Republicans in the region were angry.', '2019-03-01', 'Republicans'],
];

test('a bare body is the body of the country the document is about', async () => {
  for (const [text, date, wants] of BARE) await expectMentions(text, date, wants);
  for (const [text, date, written] of BARE_UNCODED) {
    const found = (await mentions(text, date)).filter((m) => m.text === written && m.form === 'name');
    assert.ok(found.length > 0, `${text}: no mention "${written}"`);
    for (const m of found) assert.equal(m.actor, null, `${text}: ${written} got ${m.actor}`);
  }
});

test('bare-body choice: the first listed body wins unless another country is named twice as often', () => {
  const congress = { text: 'Congress', codes: ['USALEG', 'MEXLEG'], anyCountry: [], file: 'x', line: 1 };
  assert.equal(
    bareBody(
      congress,
      new Map([
        ['USA', 2],
        ['MEX', 3],
      ]),
    ),
    'USALEG',
  );
  assert.equal(
    bareBody(
      congress,
      new Map([
        ['USA', 1],
        ['MEX', 3],
      ]),
    ),
    'MEXLEG',
  );
  assert.equal(bareBody(congress, new Map([['RUS', 5]])), null);
  const navy = { text: 'Navy', codes: [], anyCountry: ['MIL'], file: 'x', line: 2 };
  assert.equal(bareBody(navy, new Map([['JPN', 2]])), 'JPNMIL');
  assert.equal(
    bareBody(
      navy,
      new Map([
        ['JPN', 2],
        ['CHN', 2],
      ]),
    ),
    null,
    'a tie is no home country',
  );
  assert.equal(homeCountry(new Map([['JPN', 1]])), null, 'one mention makes no home country');
  assert.equal(
    homeCountry(
      new Map([
        ['RUS', 5],
        ['USA', 3],
      ]),
    ),
    null,
    'a country named not twice as often as the next is no home',
  );
  assert.equal(
    homeCountry(
      new Map([
        ['RUS', 6],
        ['USA', 3],
      ]),
    ),
    'RUS',
  );
});

test('bare-names.tsv: a malformed line is an error naming the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bare-'));
  mkdirSync(join(dir, 'institutions'));
  const write = (body: string) => writeFileSync(join(dir, 'institutions', 'bare-names.tsv'), body);
  write('USALEG  Congress\n*MIL  Navy; Army\n');
  assert.deepEqual([...readBareNames(dir).keys()], ['Congress', 'Navy', 'Army']);
  write('# comment\nUSA  Congress\n');
  assert.throws(() => readBareNames(dir), /bare-names\.tsv:2: "USA" is neither/);
  write('USALEG  Congress\nUSALEG  Congress\n');
  assert.throws(() => readBareNames(dir), /bare-names\.tsv:2: "Congress" is already listed at line 1/);
  write('USALEG\n');
  assert.throws(() => readBareNames(dir), /bare-names\.tsv:1: expected two columns/);
});

// A person described by a role of society takes the home country; roles of the state are never guessed.
const DESCRIBED: [string, string, Want[]][] = [
  ['Donald Trump and Hillary Clinton spoke in Ohio. Tom Farrow, a nursing home owner, bought the mine.', '2016-10-01', [['Tom Farrow', 'USABUS']]],
  ['Donald Trump and Hillary Clinton spoke in Ohio. "It was a good deal," said Ann Pelk, a law professor in Ohio.', '2016-10-01', [['Ann Pelk', 'USAEDU']]],
  ['Donald Trump and Hillary Clinton spoke in Ohio. Police officer Dana Welk shot the man.', '2016-10-01', [['Dana Welk', 'USACOP']]],
  // a writer of books is read with the media, and the surname after the full name keeps the code
  [
    'Donald Trump and Hillary Clinton spoke in Ohio. Author Rena Volt met him. Volt said the race was close.',
    '2016-10-01',
    [
      ['Rena Volt', 'USAMED'],
      ['Volt', 'USAMED', 'Rena Volt'],
    ],
  ],
  // the code told by a later mention holds for the earlier one too
  ['Donald Trump and Hillary Clinton spoke in Ohio. Tom Farrow bought the mine. Farrow, a nursing home owner, paid $1.', '2016-10-01', [['Tom Farrow', 'USABUS']]],
  // a local story names no country, only the states it happens in
  ['A jury in Ohio heard the case after the arrest in Kentucky. The suspect, Dale Korver, was convicted on Friday.', '2019-11-01', [['Dale Korver', 'USACRM']]],
];

const NOT_GUESSED: [string, string, string][] = [
  ['Donald Trump and Hillary Clinton spoke in Ohio. Kevin Mott, a financial adviser in Ohio, said so.', '2016-10-01', 'USAGOV'],
  ['Donald Trump and Hillary Clinton spoke in Ohio. Kevin Mott, an aide, said so.', '2016-10-01', 'USAGOV'],
  ['Donald Trump and Hillary Clinton spoke in Ohio. Army officer Kevin Mott said so.', '2016-10-01', 'USAMIL'],
  // the legislator who wrote a bill is no writer: the title before the name decides
  ['Donald Trump and Hillary Clinton spoke in Ohio. Sen. Kevin Mott, the author of the bill, said so.', '2016-10-01', 'USAMED'],
];

test("a role of society without a country is the home country's; a state role is never guessed", async () => {
  for (const [text, date, wants] of DESCRIBED) await expectMentions(text, date, wants);
  for (const [text, date, never] of NOT_GUESSED) {
    const m = (await mentions(text, date)).find((x) => x.text === 'Kevin Mott');
    assert.ok(m, `${text}: no mention of Kevin Mott`);
    assert.notEqual(m.actor, never, text);
  }
  // no home country: the same words code nothing
  const alone = (await mentions('Tom Farrow, a nursing home owner, bought the mine.', '2016-10-01')).find((x) => x.text === 'Tom Farrow');
  assert.equal(alone?.actor ?? null, null);
  // nor does one state named once
  const oneState = (await mentions('The suspect, Dale Korver, was convicted in Ohio on Friday.', '2019-11-01')).find((x) => x.text === 'Dale Korver');
  assert.equal(oneState?.actor ?? null, null);
});

// A title whose body is named without its country is the body named with one before it.
const EARLIER_BODY: [string, string, Want[]][] = [
  ["Kenya's foreign ministry said the talks would resume. Foreign ministry spokesman Otieno Wafula gave no date.", '2022-05-01', [['Otieno Wafula', 'KENGOV']]],
  // the last such body decides
  ["Chile's foreign ministry and Peru's foreign ministry met. Foreign ministry spokeswoman Rosa Quispe spoke after Peru's.", '2022-05-01', [['Rosa Quispe', 'PERGOV']]],
];

// ... but a bare role word borrows nothing, nor does a body named only after the title
const EARLIER_BODY_NOT: [string, string, string][] = [
  ["Kenya's foreign ministry said the talks would resume. Spokesman Otieno Wafula gave no date.", '2022-05-01', 'Otieno Wafula'],
  ["Foreign ministry spokesman Otieno Wafula gave no date. Kenya's foreign ministry said the talks would resume.", '2022-05-01', 'Otieno Wafula'],
  ["Kenya's defence ministry said the talks would resume. Foreign ministry spokesman Otieno Wafula gave no date.", '2022-05-01', 'Otieno Wafula'],
];

test('a body named without its country is the one named with it before', async () => {
  for (const [text, date, wants] of EARLIER_BODY) await expectMentions(text, date, wants);
  for (const [text, date, written] of EARLIER_BODY_NOT) {
    const m = (await mentions(text, date)).find((x) => x.text === written);
    assert.ok(m, `${text}: no mention of ${written}`);
    assert.equal(m.actor, null, text);
  }
});

// The 2016 campaign by date: Trump before and after he took office; US institutions named on their own.
const CAMPAIGN: [string, string, Want[]][] = [
  ['Donald Trump opened a hotel in Chicago.', '2008-05-01', [['Donald Trump', 'USABUS']]],
  ['Donald Trump spoke at a rally in Ohio.', '2016-05-01', [['Donald Trump', 'USAPTY']]],
  ['Donald Trump met Barack Obama at the White House.', '2016-11-10', [['Donald Trump', 'USAELI']]],
  ['Donald Trump signed the order.', '2017-02-01', [['Donald Trump', 'USAGOV']]],
  ['Robby Mook spoke to reporters in Brooklyn.', '2016-09-01', [['Robby Mook', 'USAPTY']]],
  ['Antonin Scalia wrote the opinion.', '2010-05-01', [['Antonin Scalia', 'USAJUD']]],
  ['Merrick Garland was nominated in March.', '2016-05-01', [['Merrick Garland', 'USAJUD']]],
  ['The NYPD closed the street.', '2016-09-18', [['NYPD', 'USACOP']]],
  ['The S.E.C. opened an inquiry.', '2016-09-18', [['S.E.C.', 'USAGOV']]],
  ['A poll by Quinnipiac University found a tie.', '2016-09-18', [['Quinnipiac University', 'USAEDU']]],
  ['PolitiFact rated the claim false.', '2016-09-18', [['PolitiFact', 'USAMED']]],
  ['Peabody Energy filed for bankruptcy.', '2016-04-13', [['Peabody Energy', 'USABUS']]],
  ['The United Mine Workers of America backed the plan, Dana Reyes said.', '2016-10-02', [['United Mine Workers of America', 'USALAB']]],
];

const CAMPAIGN_NOT: [string, string, string, string][] = [
  ['Robby Mook spoke to reporters in Brooklyn.', '2016-09-01', 'Robby Mook', 'USAGOV'],
  ['Ivanka Trump toured a factory.', '2016-09-01', 'Ivanka Trump', 'USAGOV'],
  ['Michael Flynn spoke at the convention.', '2016-07-19', 'Michael Flynn', 'USAGOV'],
];

test('the 2016 campaign and US institutions by date', async () => {
  for (const [text, date, wants] of CAMPAIGN) await expectMentions(text, date, wants);
  for (const [text, date, written, never] of CAMPAIGN_NOT) {
    const m = (await mentions(text, date)).find((x) => x.text === written);
    assert.ok(m, `${text}: no mention "${written}"`);
    assert.notEqual(m.actor, never, `${text}: ${written}`);
  }
});

// A legislator's party tag codes the legislator and is no name itself; a company's first word is the company.
test('party tags mark legislators; a company is named again by its first word, a person by a surname as written', async () => {
  await expectMentions('Sen. Dana Perdell (R-Ga.) said the bill would pass.', '2016-09-01', [['Dana Perdell', 'USALEG']]);
  await expectMentions('The bill will pass, Tom Brask, D-Ore., said on Friday.', '2016-09-01', [['Tom Brask', 'USALEG']]);
  // the tag says a US politician, a title the branch: a governor is the executive
  await expectMentions('Governor Mara Fellin (R-OK) said the bill would pass.', '2016-09-01', [['Mara Fellin', 'USAGOV']]);
  await expectMentions('State Sen. Mara Fellin (R-OK) said the bill would pass.', '2016-09-01', [['Mara Fellin', 'USALEG']]);
  const tagged = await mentions('Sen. Dana Perdell (R-Ga.) said the bill would pass.', '2016-09-01');
  assert.ok(!tagged.some((m) => /R-Ga|^Ga$/.test(m.text)), `the tag became a name: ${tagged.map((m) => m.text).join(', ')}`);
  const untagged = (await mentions('Dana Perdell (born 1950) said the bill would pass.', '2016-09-01')).find((m) => m.text === 'Dana Perdell');
  assert.equal(untagged?.actor ?? null, null, 'a bracket that is no party tag says nothing');
  await expectMentions('Peabody Energy filed for bankruptcy. Later Peabody sold two mines.', '2016-04-13', [['Peabody', 'USABUS', 'Peabody Energy']]);
  // a surname as written joins the person even where the canonical name spells it otherwise
  await expectMentions('Jorge Castañeda spoke in Mexico City. Mr. Castañeda argues for tariffs.', '2016-09-28', [['Castañeda', 'MEXELI', 'Jorge Castaneda']]);
});

test('a treaty or law named after a region is no actor', async () => {
  const m = (await mentions('Donald Trump and Hillary Clinton spoke. Lawmakers debated the China Trade Relations Act.', '2016-09-01')).filter((x) => /Trade/.test(x.text));
  assert.ok(m.length > 0, 'the treaty was not named');
  for (const x of m) assert.equal(x.actor, null, `${x.text} got ${x.actor}`);
});

// A misspelling keeps the initials and is looked for among our own people, not thousands of imported officials.
test('misspelt names: the initial stays, imported officials are not guessed', async () => {
  await expectMentions('Vladmir Putin met the press in Moscow.', '2019-06-01', [['Vladmir Putin', 'RUSGOV', 'Vladimir Putin']]);
  const cases: [string, string, string][] = [
    ['Vladimir Rutin met the press in Moscow.', 'Vladimir Rutin', 'RUSGOV'],
    ['Police shot Michael Brown in Ferguson.', 'Michael Brown', 'VCTELI'],
  ];
  for (const [text, written, never] of cases) {
    const m = (await mentions(text, '2016-09-01')).find((x) => x.text === written);
    assert.ok(m, `${text}: no mention "${written}"`);
    assert.notEqual(m.actor, never, text);
  }
});

test('a spaced dash ends a recognised name: "shot Scott - Brentley Vinson, who" names two people', () => {
  const text = 'The officer who shot Marlow - Dana Welkerson, who was placed on leave.';
  const start = text.indexOf('Marlow');
  const span = { start, end: text.indexOf(','), type: 'PERSON' as const, confidence: 0.9, rule: 'ner/perceptron' };
  assert.deepEqual(
    splitAtDashes(text, span).map((r) => text.slice(r.start, r.end)),
    ['Marlow', 'Dana Welkerson'],
  );
  const whole = { ...span, start: text.indexOf('Dana') };
  assert.deepEqual(
    splitAtDashes(text, whole).map((r) => text.slice(r.start, r.end)),
    ['Dana Welkerson'],
    'a name without a dash stays whole',
  );
  const glued = 'published by The Washington Post–shows that';
  const post = { ...span, start: glued.indexOf('The'), end: glued.indexOf(' that') };
  assert.deepEqual(
    splitAtDashes(glued, post).map((r) => glued.slice(r.start, r.end)),
    ['The Washington Post'],
    'a long dash glued between words ends the name too',
  );
  const hyphen = 'Sen. Mary Smith-Jones spoke.';
  assert.equal(splitAtDashes(hyphen, { ...span, start: 5, end: 21 }).length, 1, 'a hyphen inside a name is no break');
});

// A thing named after a person, a past post in a title and a war named by its country are no codes.
const NO_CODE: [string, string, string, string | null][] = [
  ['Donald Trump sold a condominium at Trump Place in New York.', '2016-09-12', 'Trump', null],
  ['Donald Trump and Hillary Clinton spoke. Iraq war veteran Tom Yarrow shot himself.', '2016-09-16', 'Tom Yarrow', 'IRQ'],
  ['Marine One flew past the Washington Monument and the Lincoln Memorial.', '2016-09-25', 'Washington Monument', 'USA'],
  ['Donald Trump and Hillary Clinton spoke. Then came an RT host, the former MSNBC personality Ned Schall.', '2016-09-19', 'Ned Schall', 'USAMED'],
];

test('things named after people, past posts and wars are not codes', async () => {
  for (const [text, date, written, never] of NO_CODE) {
    const found = (await mentions(text, date)).filter((m) => m.text === written && m.form === 'name');
    assert.ok(found.length > 0, `${text}: no mention "${written}"`);
    const last = found[found.length - 1]!;
    if (never === null) assert.equal(last.actor, null, `${text}: ${written}`);
    else assert.notEqual(last.actor, never, `${text}: ${written}`);
  }
  // a role word that is itself the former elite still codes
  await expectMentions('Donald Trump and Hillary Clinton spoke. Former President Bill Clinton spoke too.', '2016-09-19', [['Bill Clinton', 'USAELI']]);
});

const PROTESTERS: [string, string, Want[]][] = [
  ['Hassan Rouhani and Javad Zarif spoke in Tehran. Hundreds of demonstrators blocked roads on Sunday.', '2019-11-20', [['demonstrators', 'IRNOPP']]],
  ['Donald Trump and Mike Pence spoke in Ohio. The protesters marched to the state capitol.', '2019-11-20', [['The protesters', 'USAOPP']]],
  // a country named with them is theirs, whatever the story's home
  ['Hassan Rouhani and Javad Zarif spoke in Tehran. Iraqi protesters burned the consulate.', '2019-11-20', [['Iraqi protesters', 'IRQOPP']]],
];

const PROTESTERS_UNCODED: [string, string, string][] = [
  // no country named: no home to place them in
  ['Hundreds of demonstrators blocked roads on Sunday.', '2019-11-20', 'demonstrators'],
  // two countries named as often: no home either
  ['Hassan Rouhani met Donald Trump in Geneva. Hundreds of demonstrators blocked roads on Sunday.', '2019-11-20', 'demonstrators'],
];

test('protesters no country places are those of the country the document is about', async () => {
  for (const [text, date, wants] of PROTESTERS) await expectMentions(text, date, wants);
  for (const [text, date, written] of PROTESTERS_UNCODED) {
    const found = (await mentions(text, date)).filter((m) => m.text.endsWith(written) && m.actor !== null);
    assert.deepEqual(found, [], text);
  }
});
