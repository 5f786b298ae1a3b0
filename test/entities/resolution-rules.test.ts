// Resolution rules on sentences we wrote (issue 16): offices strictly by the document's date,
// namesakes, credits and photo lines, capitals as places, and initials read by context. Each rule has
// a table of what it codes and a table of what it must leave uncoded or code otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions, type Want } from './expect.js';

/** A mention's text must not carry this actor (null: must carry none) in this sentence on this day. */
type Never = [text: string, date: string, written: string, actor: string | null, why: string];

async function expectNever(cases: readonly Never[]): Promise<void> {
  for (const [text, date, written, actor, why] of cases) {
    const found = (await mentions(text, date)).filter((m) => m.text === written && m.form === 'name');
    assert.ok(found.length > 0, `${text}: no name mention "${written}"`);
    for (const m of found) {
      if (actor === null) assert.equal(m.actor, null, `${text}: ${written} got ${m.actor} (${why})`);
      else assert.notEqual(m.actor, actor, `${text}: ${written} (${why})`);
    }
  }
}

// Offices strictly by the day: in office the office's code, after a state office the former elite,
// before any known office no code at all.
const DATED: [string, string, Want[]][] = [
  ['Kamala Harris spoke in Iowa on Monday.', '2022-06-01', [['Kamala Harris', 'USAGOV']]],
  ['Kamala Harris spoke in Iowa on Monday.', '2025-06-01', [['Kamala Harris', 'USAELI']]],
  ['Shinzo Abe visited Washington.', '2006-01-10', [['Shinzo Abe', 'JPNGOV']]],
  ['Donald Trump signed the order.', '2018-06-01', [['Donald Trump', 'USAGOV']]],
  // a later office that is no state's (a UN envoy) leaves the earlier state office's former elite
  ['Tony Blair spoke on Monday.', '2019-01-10', [['Tony Blair', 'GBRELI']]],
  // out of every office, the words around the name say what the person is then
  [
    'GOP candidate Donald Trump spoke in Ohio. Trump said he would win.',
    '2016-06-01',
    [
      ['Donald Trump', 'USAPTY'],
      ['Trump', 'USAPTY'],
    ],
  ],
  // in office, the office holds whatever the words say
  ['GOP leader Donald Trump spoke in Ohio.', '2018-06-01', [['Donald Trump', 'USAGOV']]],
  // a retired officer is out of the armed forces: the former elite, as after any state office
  ['Retired U.S. Air Force Gen. Robert Hale said the cuts hurt morale.', '2016-09-15', [['Robert Hale', 'USAELI']]],
  ['U.S. Air Force Gen. Robert Hale said the cuts hurt morale.', '2016-09-15', [['Robert Hale', 'USAMIL']]],
];

const NOT_YET: Never[] = [
  ['Kamala Harris spoke in Iowa on Monday.', '2019-06-01', 'Kamala Harris', 'USAGOV', 'vice president only from 2021'],
  ['Tulsi Gabbard spoke in Iowa on Monday.', '2019-06-01', 'Tulsi Gabbard', 'USAGOV', 'intelligence director only from 2025'],
  ['Donald Trump spoke at a rally in Ohio.', '2016-05-01', 'Donald Trump', 'USAGOV', 'president only from 2017'],
  ['Shinzo Abe visited Washington.', '2005-01-10', 'Shinzo Abe', null, 'no office known before October 2005'],
  ["Buttigieg's aides met donors in Indiana.", '2010-05-01', 'Buttigieg', null, 'no office before 2012'],
  ['The panel met at the George W. Bush Presidential Center on Friday.', '2016-05-01', 'George W. Bush', null, 'a thing named after a person'],
  ['The Obama Foundation paid for the study.', '2018-05-01', 'Obama', null, 'a thing named after a person'],
  ['Auditors are looking at the Obama foundation and its donors.', '2018-05-01', 'Obama', null, 'a foundation written in lower case is still a thing'],
  ['In an interview with the Washington Post Donald Trump said NATO was obsolete.', '2016-05-01', 'Donald Trump', 'USAMED', 'an outlet before a name is no title without a role word'],
];

test('offices hold strictly on the document day', async () => {
  for (const [text, date, wants] of DATED) await expectMentions(text, date, wants);
  await expectNever(NOT_YET);
  const aides = (await mentions("Donald Trump's aides met donors in Ohio.", '2016-05-01')).find((m) => m.text.includes('aides'));
  assert.ok(!aides?.actor?.endsWith('GOV'), `aides of a candidate got ${aides?.actor}`);
});

// Namesakes: another given name or middle initial is another person; a title or form of address is not.
const SAME_PERSON: [string, string, Want[]][] = [
  ['Prime Minister Blair met the press. Mr. Blair said little.', '2003-06-01', [['Blair', 'GBRGOV', 'Tony Blair']]],
  ['Tony Blair arrived. Blair said the talks went well.', '2003-06-01', [['Blair', 'GBRGOV', 'Tony Blair']]],
  ['George W. Bush met the press.', '2003-06-01', [['George W. Bush', 'USAGOV']]],
  // a relative named in full does not take the surname from the person the story is about
  ['Sen. Ted Cruz backed the bill. Cruz spoke for an hour, and his wife, Heidi Cruz, watched from the gallery. Cruz said he was proud.', '2016-09-01', [['Cruz', 'USALEG', 'Ted Cruz']]],
  // a round-up that moves on to another person of the same surname
  ['Senator Tim Johnson spoke first. Then Jeh Johnson, the homeland security secretary, took questions. Johnson said the systems were safe.', '2014-09-01', [['Johnson', 'USAGOV', 'Jeh Johnson']]],
  [
    'Donald Trump answered the filing. Ivana Trump also opposed it. Trump said it was private.',
    '2016-09-01',
    [
      ['Ivana Trump', 'USAELI'],
      ['Trump', 'USAPTY', 'Donald Trump'],
    ],
  ],
];

const NAMESAKES: Never[] = [
  ['Police said Jonathan P. Blair, 34, was arrested on Friday.', '2019-06-01', 'Jonathan P. Blair', null, 'another given name'],
  ['Police said Jonathan P. Blair, 34, was arrested. Blair was held overnight.', '2019-06-01', 'Blair', null, 'the surname of the namesake named before'],
  ['Voters cheered as George P. Bush spoke in Austin.', '2003-06-01', 'George P. Bush', null, 'another middle initial'],
  ['A farmer named Marta Putin spoke to reporters.', '2019-06-01', 'Marta Putin', null, 'another given name'],
];

test('namesakes of known people are other people', async () => {
  for (const [text, date, wants] of SAME_PERSON) await expectMentions(text, date, wants);
  await expectNever(NAMESAKES);
  const later = (await mentions('Voters cheered as George P. Bush spoke in Austin. Bush thanked them.', '2003-06-01')).find((m) => m.text === 'Bush');
  assert.equal(later?.actor ?? null, null, 'the short mention of the namesake took the known code');
});

// Credits, bylines and photo lines are never actors; the same names in the story are.
const CREDITS: Never[] = [
  ['Photo: Reuters/Hugo Chavez', '2010-06-01', 'Hugo Chavez', null, 'a photographer credit'],
  ['Crowds gathered in the square. AP Photo/Angela Merkel', '2010-06-01', 'Angela Merkel', null, 'a photo credit'],
  ['The talks ended.\nReporting by Vladimir Putin; Editing by Xi Jinping', '2019-06-01', 'Xi Jinping', null, 'a staff line'],
  ['The talks ended.\nReporting by Vladimir Putin; Editing by Xi Jinping', '2019-06-01', 'Vladimir Putin', null, 'a staff line'],
  ['Rescuers searched the rubble (Photo by Emmanuel Macron/Getty Images).', '2019-06-01', 'Emmanuel Macron', null, 'a photo credit'],
  ['By Boris Johnson\nThe council met on Tuesday.', '2019-06-01', 'Boris Johnson', null, 'a byline'],
  ['Hugo Chavez addressed the crowd.\nPhoto: Reuters/Chavez', '2010-06-01', 'Chavez', null, 'a credit with the surname of a person named before'],
];

const NOT_CREDITS: [string, string, Want[]][] = [
  ['Hugo Chavez said the photos by the army were false.', '2010-06-01', [['Hugo Chavez', 'VENGOV']]],
  [
    'Angela Merkel said she was moved by Vladimir Putin.',
    '2010-06-01',
    [
      ['Angela Merkel', 'DEUGOV'],
      ['Vladimir Putin', 'RUSGOV'],
    ],
  ],
];

test('credits, bylines and photo lines name no actor', async () => {
  await expectNever(CREDITS);
  for (const [text, date, wants] of NOT_CREDITS) await expectMentions(text, date, wants);
});

// Capitals stand for their government only as actors; regions and cities as places are not governments.
const GOVERNMENTS: [string, string, Want[]][] = [
  ['Moscow said the plan was dead.', '2019-06-01', [['Moscow', 'RUSGOV']]],
  [
    'Beijing warned Washington on Monday.',
    '2019-06-01',
    [
      ['Beijing', 'CHNGOV'],
      ['Washington', 'USAGOV'],
    ],
  ],
  ['A Beijing resident said prices rose.', '2019-06-01', [['A Beijing resident', 'CHNCVL']]],
  ['Beijing officials said the city was calm.', '2019-06-01', [['Beijing officials', 'CHNGOV']]],
  // people of a branch of the state, or of no trade, in a capital are still its own
  ['Officials in Beijing said the city was calm.', '2019-06-01', [['Beijing', 'CHNGOV']]],
  ['Demonstrators in Baghdad blocked a road.', '2019-06-01', [['Baghdad', 'IRQGOV']]],
];

const PLACES: Never[] = [
  ['A Beijing resident said prices rose.', '2019-06-01', 'Beijing', null, 'the city a resident lives in'],
  ['The flight went via Moscow to Minsk.', '2019-06-01', 'Moscow', null, 'a place on the way'],
  ['A Moscow-based firm filed the suit.', '2019-06-01', 'Moscow-based', 'RUSGOV', 'where a firm is based'],
  ['Storms hit Inner Mongolia on Sunday.', '2019-06-01', 'Inner Mongolia', 'MNG', 'a region of China'],
  ['Inner Mongolia was hit by storms.', '2019-06-01', 'Inner Mongolia', 'MNG', 'a region of China at a sentence start'],
  ['MOSCOW (Reuters) - The storm passed.', '2019-06-01', 'MOSCOW', null, 'a dateline'],
  ['"We will help," she told reporters in Brussels.', '2019-06-01', 'Brussels', null, 'where the press stands'],
];

test('capitals are governments only as actors; places are places', async () => {
  for (const [text, date, wants] of GOVERNMENTS) await expectMentions(text, date, wants);
  await expectNever(PLACES);
  const later = (await mentions('Moscow said no. Travellers went via Moscow.', '2019-06-01')).filter((m) => m.text === 'Moscow');
  assert.deepEqual(
    later.map((m) => m.actor),
    ['RUSGOV', null],
    'a place mention took the government code of an earlier one',
  );
});

// Initials shared by a party and a news agency: the agency when it reports or credits, else the party.
const INITIALS: [string, string, Want[]][] = [
  ['The PTI won the vote in Punjab, PTI reported.', '2019-06-01', [['PTI', 'PAKPTY', 'Pakistan Tehreek-e-Insaf']]],
  ['Heavy rain fell in Mumbai, PTI reported.', '2019-06-01', [['PTI', 'INDMED', 'Press Trust of India']]],
  ['A senior official told PTI the rail link would open.', '2019-06-01', [['PTI', 'INDMED', 'Press Trust of India']]],
  ['PTI leaders rallied in Lahore.', '2019-06-01', [['PTI', 'PAKPTY']]],
];

const CREDITED_AGENCY: Never[] = [
  ['NEW DELHI (PTI) - Heavy rain fell in Mumbai.', '2019-06-01', 'PTI', null, 'the agency credited after a dateline'],
  ['NEW DELHI (PTI) - Heavy rain fell in Mumbai.', '2019-06-01', 'PTI', 'PAKPTY', 'never the party in a credit'],
];

test('initials read by context: the agency in a credit or report, the party in politics', async () => {
  for (const [text, date, wants] of INITIALS) await expectMentions(text, date, wants);
  await expectNever(CREDITED_AGENCY);
});

// A company is business whoever owns it; an owner's office never passes to it.
const COMPANIES: [string, string, Want[]][] = [
  ["Elon Musk's SpaceX launched a rocket on Monday.", '2025-03-01', [['SpaceX', 'USABUS']]],
  ["Jeff Bezos's Blue Origin sent up a capsule.", '2021-07-20', [['Blue Origin', 'USABUS']]],
  ['Gazprom cut the flow of gas to Poland.', '2022-04-27', [['Gazprom', 'RUSBUS']]],
  ['Huawei denied the charges.', '2019-05-16', [['Huawei', 'CHNBUS']]],
];

const NOT_THE_OWNER: Never[] = [
  ["Elon Musk's SpaceX launched a rocket on Monday.", '2025-03-01', 'SpaceX', 'USAGOV', "the owner's office"],
  ["President Trump's Trump Organization filed the suit.", '2019-03-01', 'Trump Organization', 'USAGOV', "the owner's office"],
];

test('companies are business with their country, not their owner', async () => {
  for (const [text, date, wants] of COMPANIES) await expectMentions(text, date, wants);
  await expectNever(NOT_THE_OWNER);
});

// A town's or state's police and courts are the country's police and courts.
const LOCAL: [string, string, Want[]][] = [
  ['Columbus police arrested six people.', '2019-06-01', [['Columbus police', 'USACOP']]],
  ['The Chicago Police Department opened an inquiry.', '2019-06-01', [['Chicago Police Department', 'USACOP']]],
  ['A Texas judge blocked the rule.', '2019-06-01', [['A Texas judge', 'USAJUD']]],
  ['A Manhattan federal court heard the case.', '2019-06-01', [['A Manhattan federal court', 'USAJUD']]],
  ['London police searched the flat.', '2019-06-01', [['London police', 'GBRCOP']]],
  // the people of a state or town are the country's people
  ['Ohio voters turned down the levy.', '2019-06-01', [['Ohio voters', 'USACVL']]],
  ['A Texas businessman bought the ranch.', '2019-06-01', [['A Texas businessman', 'USABUS']]],
  // a state's governor is the country's government (guide §4.1: sub-national executives code as its GOV)
  ['Ohio Gov. Lena Parks signed the bill.', '2019-06-01', [['Lena Parks', 'USAGOV']]],
];

/** Mentions that must not be coded at all: a lawyer is no court. */
const NOT_LOCAL: [string, string, string][] = [
  ['A Texas lawyer filed the suit.', '2019-06-01', 'lawyer'],
  ['Birmingham police searched the flat.', '2019-06-01', 'police'],
  // a town abroad says nothing of the United States
  ['Birmingham voters turned down the levy.', '2019-06-01', 'voters'],
  // a town's name inside a group's name makes no American union
  ['The Farmers Union for Independence and Renewal met in Freedonia.', '2019-06-01', 'Union'],
];

test('local police and courts code to their country', async () => {
  for (const [text, date, wants] of LOCAL) await expectMentions(text, date, wants);
  for (const [text, date, word] of NOT_LOCAL) {
    const coded = (await mentions(text, date)).filter((m) => m.text.includes(word) && m.actor !== null);
    assert.deepEqual(
      coded.map((m) => `${m.text}=${m.actor}`),
      [],
      text,
    );
  }
});

// The day that decides offices is the article's own: its publication date, else the date the user gave.
test("offices are read on the article's publication day, not the day the user gave", async () => {
  const { createPipeline } = await import('../../src/pipeline.js');
  const pipeline = createPipeline();
  const para = '<p>Kamala Harris spoke to voters in Iowa on Monday about the cost of health care and the price of drugs, and she took questions for an hour.</p>';
  const html = `<html><head><title>Harris in Iowa</title></head><body><article><h1>Harris in Iowa</h1><div class="timestamp">Published 7:07 PM EST Nov 19, 2019</div>${para.repeat(3)}</article></body></html>`;
  const doc = await pipeline.process({ id: 'p', origin: 'test', html, date: '2023-06-01' });
  assert.equal(doc.date, '2019-11-19');
  const harris = doc.mentions.find((m) => m.text === 'Kamala Harris');
  assert.ok(harris && harris.actor !== 'USAGOV', `Kamala Harris in a 2019 page got ${harris?.actor}`);
  // with no date on the page, the user's date holds
  const undated = await pipeline.process({ id: 'q', origin: 'test', html: html.replace(/<div class="timestamp">.*?<\/div>/, ''), date: '2023-06-01' });
  assert.equal(undated.date, '2023-06-01');
  assert.equal(undated.mentions.find((m) => m.text === 'Kamala Harris')?.actor, 'USAGOV');
});

// A body named without its country ("the Air Force") is the document's country's, unless a country
// word stands right before it.
const BARE_WITH_COUNTRY: [string, string, Want[]][] = [
  ['Officials in Washington said two Russian fighters came close to a Swedish Air Force transport. The Pentagon was told.', '2016-09-15', [['Air Force', 'SWEMIL']]],
  ['Officials in Washington said two Russian fighters came close to an Air Force transport. The Pentagon was told.', '2016-09-15', [['Air Force', 'USAMIL']]],
];

test('a bare body after a country word belongs to that country', async () => {
  for (const [text, date, wants] of BARE_WITH_COUNTRY) await expectMentions(text, date, wants);
});

// A person who speaks for or works with a known organisation is of that organisation; a country
// after the same words is no employer.
const SERVING: [string, string, Want[]][] = [
  ['Dana Reyes, a spokeswoman for the Sierra Club, criticised the plan on Tuesday.', '2016-09-15', [['Dana Reyes', 'USAENV']]],
  ['Ann Lee, a former official at the Pentagon, declined to comment.', '2016-09-15', [['Ann Lee', 'USAELI']]],
];
const NOT_SERVING: Never[] = [['Lena Ortiz, a spokeswoman for Russia, criticised the plan on Tuesday.', '2016-09-15', 'Lena Ortiz', null, 'a country is not served']];

test('an apposition naming the organisation served gives its code', async () => {
  for (const [text, date, wants] of SERVING) await expectMentions(text, date, wants);
  await expectNever(NOT_SERVING);
});

// Wire style puts the day right after the subject: the day is no surname and the country stays a country.
const BEFORE_A_DAY: [string, string, Want[]][] = [
  ['Israel Friday accused Egypt of fraud.', '2024-03-05', [['Israel', 'ISR']]],
  ['Jordan Tuesday rejected the plan.', '2024-03-05', [['Jordan', 'JOR']]],
];
const NOT_BEFORE_A_DAY: [string, string, Want[]][] = [
  // a given-name place before a surname is still a person's name
  ['Jordan Peterson rejected the plan.', '2024-03-05', [['Jordan Peterson', null]]],
];

test('a weekday after a country is the date, not a surname', async () => {
  for (const [text, date, wants] of [...BEFORE_A_DAY, ...NOT_BEFORE_A_DAY]) await expectMentions(text, date, wants);
});

// "Israel's critics" are others, named through their owner; "Israeli critics" are Israel's own.
const OTHERS_OF_OWNER: Never[] = [
  ["Israel's critics condemned the raid on Monday.", '2024-03-05', "Israel's critics", 'ISROPP', 'critics of Israel are not its opposition'],
  ["China's allies praised the plan.", '2024-03-05', "China's allies", 'CHN', 'allies of China are not China'],
];
const OWN_MEMBERS: [string, string, Want[]][] = [
  ['Israeli critics condemned the raid on Monday.', '2024-03-05', [['Israeli critics', 'ISROPP']]],
  ["Israel's foreign minister condemned the raid on Monday.", '2024-03-05', [["Israel's foreign minister", 'ISRGOV']]],
];

test('critics, rivals and allies of an owner are not the owner', async () => {
  for (const [text, date, written, actor, why] of OTHERS_OF_OWNER) {
    const found = (await mentions(text, date)).filter((m) => m.text === written);
    for (const m of found) assert.notEqual(m.actor, actor, `${text}: ${written} (${why})`);
  }
  for (const [text, date, wants] of OWN_MEMBERS) await expectMentions(text, date, wants);
});

// A description set off before a name that opens the sentence describes that person.
const APPOSITION_BEFORE: [string, string, Want[]][] = [['The suspect, Dan Morrow, was convicted on Monday, the FBI said. The Justice Department welcomed the verdict.', '2019-11-20', [['Dan Morrow', 'USACRM']]]];
const NOT_APPOSITION_BEFORE: [string, string, Want[]][] = [
  // a phrase that does not open the sentence, or a name not closed by a comma, is a list or a setting
  ['At the hearing of the suspect, Dan Morrow, the FBI and the Justice Department spoke.', '2019-11-20', [['Dan Morrow', null]]],
  ['The suspect, Dan Morrow and the FBI spoke. The Justice Department welcomed the verdict.', '2019-11-20', [['Dan Morrow', null]]],
];

test('a description set off before a name describes the person', async () => {
  for (const [text, date, wants] of [...APPOSITION_BEFORE, ...NOT_APPOSITION_BEFORE]) await expectMentions(text, date, wants);
});

// A description with a nationality of its own that codes nothing is someone new, not the last one
// described; the nations of the United Kingdom are Britain's.
const OWN_NATIONALITY: [string, string, Want[]][] = [
  ['The Japanese official criticized the plan. The Korean official praised it.', '2020-01-01', [['The Korean official', null]]],
  ['The Japanese official criticized the plan. The Scottish official praised it.', '2020-01-01', [['The Scottish official', 'GBRGOV']]],
  ['A New York man pleaded guilty on Monday.', '2020-01-01', [['A New York man', 'USACVL']]],
];
const REPEATED: [string, string, Want[]][] = [
  // with no word of its own, the description is the one before
  ['The Japanese official criticized the plan. The official later praised it.', '2020-01-01', [['The official', 'JPNGOV']]],
  // a place is no nationality: the former governor of a state is the one named before
  ['Jeb Bush spoke in Iowa on Monday. The former Florida governor said he would win.', '2016-01-10', [['The former Florida governor', 'USAELI']]],
];

test('a description with its own nationality is someone new', async () => {
  for (const [text, date, wants] of [...OWN_NATIONALITY, ...REPEATED]) {
    const found = await mentions(text, date);
    for (const [written, actor] of wants) {
      const m = found.find((x) => x.text === written);
      assert.equal(m?.actor ?? null, actor, `${text}: ${written} (found ${found.map((x) => `${x.text}=${x.actor}`).join(', ')})`);
    }
  }
});

// An uncoded description of an office after a verb or preposition is not the sentence's subject but
// the last person named before who holds that kind of office.
const OFFICEHOLDER: [string, string, Want[]][] = [['President Obama spoke on Sunday. Donald Trump called for the president to resign.', '2016-06-13', [['the president', 'USAGOV', 'Barack Obama']]]];
const NOT_THE_SUBJECT: [string, string, Want[]][] = [
  // no one named holds the office: no one, rather than the subject himself
  ['Donald Trump spoke in Iowa. Jeb Bush said the businessman would lose.', '2016-01-10', [['the businessman', null]]],
  // as the subject of its own sentence, still the last subject
  ['Jeb Bush spoke in Iowa on Monday. The former governor said he would win.', '2016-01-10', [['The former governor', 'USAELI']]],
];

test('a description of an office is its last holder named, not the subject', async () => {
  for (const [text, date, wants] of [...OFFICEHOLDER, ...NOT_THE_SUBJECT]) {
    const found = await mentions(text, date);
    for (const [written, actor, name] of wants) {
      const m = found.find((x) => x.text === written);
      assert.equal(m?.actor ?? null, actor, `${text}: ${written} (found ${found.map((x) => `${x.text}=${x.actor}`).join(', ')})`);
      if (name) assert.equal(m?.name, name, `${text}: name of ${written}`);
    }
  }
});

// A role word followed by "of" and a country is that country's ("the government of Rwanda"); after
// "for" the country is as often the topic ("an adviser for Russia").
const ROLE_OF_COUNTRY: [string, string, Want[]][] = [
  ['The government of Rwanda condemned the raid.', '2020-01-01', [['The government of Rwanda', 'RWAGOV']]],
  ['Officials of the Philippines condemned the raid.', '2020-01-01', [['Officials of the Philippines', 'PHLGOV']]],
];

test('a role of a country named after "of" is that country\'s', async () => {
  for (const [text, date, wants] of ROLE_OF_COUNTRY) await expectMentions(text, date, wants);
  const topic = await mentions('An adviser for Russia condemned the raid.', '2020-01-01');
  assert.ok(!topic.some((m) => m.actor === 'RUSGOV'), `an adviser for Russia is no Russian official: ${topic.map((m) => `${m.text}=${m.actor}`).join(', ')}`);
});

// A description ends at a past tense the tagger read as a noun or adjective right after a noun:
// a participle modifies from before its noun, so behind a noun "-ed" is the clause's verb.
const ENDS_AT_PAST_TENSE: [string, string, Want[]][] = [
  [
    'Malian rebels kidnapped three Nigerien soldiers near the river.',
    '2021-05-04',
    [
      ['Malian rebels', 'MLIREB'],
      ['three Nigerien soldiers', 'NERMIL'],
    ],
  ],
];
const PARTICIPLE_BEFORE_NOUN: [string, string, Want[]][] = [
  // "-ed" inside a role word is no verb; a noun that only ends in "-eed" is none either
  ['Nigerien armed forces shelled the camp on Friday.', '2021-05-04', [['Nigerien armed forces', 'NERMIL']]],
  ['Nigerien rebels spoke of greed and Malian soldiers listened.', '2021-05-04', [['Nigerien rebels', 'NERREB']]],
];

test('a description ends at the verb the tagger misread', async () => {
  for (const [text, date, wants] of [...ENDS_AT_PAST_TENSE, ...PARTICIPLE_BEFORE_NOUN]) await expectMentions(text, date, wants);
});

// A transcript labels each turn with the speaker's surname in capitals: that is the person named before.
const TRANSCRIPT_SPEAKER: [string, string, Want[]][] = [['Governor Maria Delgado (R-OK) spoke to the host on Sunday.\n\nDELGADO: I support it, and I think the senators will vote for it.', '2003-06-01', [['DELGADO', 'USAGOV', 'Maria Delgado']]]];
const NOT_TRANSCRIPT_SPEAKER: Never[] = [
  // capitals that are no earlier person's surname stand for no one named before
  ['Governor Maria Delgado (R-OK) spoke to the host on Sunday.\n\nHARLOW: Welcome back to the show.', '2003-06-01', 'HARLOW', 'USAGOV', 'no one named Harlow before'],
];

test('a speaker label in capitals is the person named before', async () => {
  for (const [text, date, wants] of TRANSCRIPT_SPEAKER) await expectMentions(text, date, wants);
  for (const [text, date, written, actor, why] of NOT_TRANSCRIPT_SPEAKER) {
    for (const m of (await mentions(text, date)).filter((x) => x.text === written)) assert.notEqual(m.actor, actor, `${text}: ${written} (${why})`);
  }
});
