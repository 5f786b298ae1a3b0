// Actor resolution on sentences we wrote: known names coded for their day, unknown people coded
// from their title or apposition, short mentions, descriptions and pronouns joined to the entity
// they refer to; and traps where nothing must be coded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectMentions, mentions, type Want } from './expect.js';

const CASES: [string, string, Want[]][] = [
  [
    'Shinzo Abe met Xi Jinping in Beijing on Monday.',
    '2018-10-26',
    [
      ['Shinzo Abe', 'JPNGOV'],
      ['Xi Jinping', 'CHNGOV'],
      ['Beijing', 'CHNGOV'],
    ],
  ],
  [
    'Shinzo Abe visited Washington.',
    '2005-11-10',
    [
      ['Shinzo Abe', 'JPNGOV'],
      ['Washington', 'USAGOV'],
    ],
  ],
  ['Moscow rejected the plan.', '1985-06-01', [['Moscow', 'SUNGOV']]],
  ['Moscow rejected the plan.', '2015-06-01', [['Moscow', 'RUSGOV']]],
  [
    'The Soviet Union once backed Kim Il Sung.',
    '2018-03-21',
    [
      ['Soviet Union', 'SUN'],
      ['Kim Il Sung', 'PRKGOV'],
    ],
  ],
  [
    'Russian foreign ministry official Ivan Petrovsky said talks would resume. Petrovsky spoke in Geneva.',
    '2019-04-02',
    [
      ['Ivan Petrovsky', 'RUSGOV'],
      ['Petrovsky', 'RUSGOV', 'Ivan Petrovsky'],
    ],
  ],
  ['Marta Lindqvist, a Swedish diplomat, arrived in Kabul on Friday.', '2019-04-02', [['Marta Lindqvist', 'SWEGOV']]],
  [
    'Barak Obama spoke to Vladmir Putin by phone.',
    '2014-03-01',
    [
      ['Barak Obama', 'USAGOV', 'Barack Obama'],
      ['Vladmir Putin', 'RUSGOV', 'Vladimir Putin'],
    ],
  ],
  ['Donald Trumpp praised the deal.', '2019-05-01', [['Donald Trumpp', 'USAGOV', 'Donald Trump']]],
  [
    'North Korea fired a missile on Sunday. The North said the test was a success.',
    '2017-07-04',
    [
      ['North Korea', 'PRK'],
      ['North', 'PRK'],
    ],
  ],
  [
    'Xi Jinping arrived in Hanoi. He was greeted by the Vietnamese president. The Chinese president later left.',
    '2017-11-12',
    [
      ['He', 'CHNGOV', 'Xi Jinping'],
      ['the Vietnamese president', 'VNMGOV'],
      ['The Chinese president', 'CHNGOV', 'Xi Jinping'],
    ],
  ],
  ['Russian diplomats opposed the sanctions.', '2018-03-21', [['Russian diplomats', 'RUSGOV']]],
  ['Russian diplomats left Vienna. Their talks had failed.', '2018-03-21', [['Their', 'RUSGOV']]],
  ['Israel said its army had freed the hostages.', '2024-03-04', [['its army', 'ISRMIL']]],
  ['Putin said his government would not yield.', '2018-03-21', [['his government', 'RUSGOV']]],
  // a country's leadership is its government; an opposition's, the opposition
  ["Kenya's leadership praised the troops.", '2018-03-21', [["Kenya's leadership", 'KENGOV']]],
  ['The Kenyan opposition leadership praised the troops.', '2018-03-21', [['The Kenyan opposition leadership', 'KENOPP']]],
  // a description by the person's trade stands for the person named before it
  ['Donald Trump met Republican lawmakers in Ohio on Monday. The real estate mogul praised them.', '2019-03-21', [['The real estate mogul', 'USAGOV', 'Donald Trump']]],
  [
    'During the Cold War Moscow armed Cuba.',
    '1975-05-01',
    [
      ['Moscow', 'SUNGOV'],
      ['Cuba', 'CUB'],
    ],
  ],
  [
    "Pyongyang received Moon Jae-in's envoys on Monday. The envoys later flew home.",
    '2018-03-21',
    [
      ["Moon Jae-in's envoys", 'KORGOV'],
      ['The envoys', 'KORGOV'],
    ],
  ],
  [
    'Kim Jong Un will meet his South Korean and U.S. officials.',
    '2018-03-21',
    [
      ['South Korean', 'KORGOV'],
      ['U.S. officials', 'USAGOV'],
    ],
  ],
];

test('actors are resolved from names, titles, misspellings and references', async () => {
  for (const [text, date, wants] of CASES) {
    await expectMentions(text, date, wants);
  }
});

// A country and a title before a name: the person's code on the day when the person is known, else
// the country's role from the title; the title words are a mention of the same person.
const TITLED: [string, string, Want[]][] = [
  [
    'U.S. Secretary of Defense Lloyd Austin flew to Manila.',
    '2023-02-01',
    [
      ['U.S. Secretary of Defense', 'USAGOV', 'Lloyd Austin'],
      ['Lloyd Austin', 'USAGOV'],
    ],
  ],
  ['The U.S. Secretary of State Antony Blinken left Cairo.', '2024-02-06', [['U.S. Secretary of State', 'USAGOV', 'Antony Blinken']]],
  [
    'British Foreign Secretary David Lammy spoke in Ottawa.',
    '2024-09-12',
    [
      ['British Foreign Secretary', 'GBRGOV', 'David Lammy'],
      ['David Lammy', 'GBRGOV'],
    ],
  ],
  [
    'French Defence Minister Luc Varenne arrived in Warsaw.',
    '2024-06-12',
    [
      ['French Defence Minister', 'FRAGOV', 'Luc Varenne'],
      ['Luc Varenne', 'FRAGOV'],
    ],
  ],
  ['Chinese Foreign Ministry spokesperson Mao Ning answered questions.', '2023-05-08', [['Chinese Foreign Ministry spokesperson', 'CHNGOV', 'Mao Ning']]],
  ['U.N. Secretary-General António Guterres called for calm.', '2023-10-10', [['U.N. Secretary-General', 'IGOUNO', 'Antonio Guterres']]],
  // the title of someone no longer in office says what they were; the code says what they are now
  [
    'Former president Jair Bolsonaro addressed supporters.',
    '2024-04-21',
    [
      ['Former president', 'BRAELI', 'Jair Bolsonaro'],
      ['Jair Bolsonaro', 'BRAELI'],
    ],
  ],
];

// Titles that are not before a person's name stay what they are.
const UNTITLED: [string, string, Want[]][] = [
  ['U.S. State Department officials met the delegation.', '2023-06-19', [['U.S. State Department officials', 'USAGOV']]],
  ["The U.S. Secretary of State's plane landed in Riyadh.", '2023-06-19', [['The U.S. Secretary of State', 'USAGOV']]],
  [
    'The U.S. envoy met Chinese officials in Vienna.',
    '2023-06-19',
    [
      ['U.S.', 'USA'],
      ['Chinese officials', 'CHNGOV'],
    ],
  ],
];

test('a country and a title before a name code the person, and the title is a mention of them', async () => {
  for (const [text, date, wants] of [...TITLED, ...UNTITLED]) {
    await expectMentions(text, date, wants);
  }
  for (const [text, date] of UNTITLED) {
    const title = (await mentions(text, date)).find((x) => x.form === 'title');
    assert.equal(title, undefined, `${text}: ${title?.text} read as a title`);
  }
});

// A person out of office: former elite while alive; after death, the office history remembers.
const OUT_OF_OFFICE: [string, string, string, string][] = [
  ['Jair Bolsonaro', '2020-05-01', 'BRAGOV', 'in office'],
  ['Jair Bolsonaro', '2024-11-21', 'BRAELI', 'alive, out of office'],
  ['Jair Bolsonarro', '2024-11-21', 'BRAELI', 'misspelt, out of office'],
  ['Donald Trump', '2022-08-08', 'USAELI', 'between two terms'],
  ['Donald Trump', '2025-03-01', 'USAGOV', 'back in office'],
  ['Kim Il Sung', '2018-03-21', 'PRKGOV', 'died in office'],
  ['Jimmy Carter', '2010-06-01', 'USAELI', 'alive, long after office'],
  ['Jimmy Carter', '2025-01-09', 'USAGOV', 'died out of office: remembered by the office'],
  ['Rafik Hariri', '2005-01-10', 'LBNELI', 'between resignation and death'],
  ['Nancy Pelosi', '2015-05-01', 'USALEG', 'a legislator between two speakerships'],
];

test('people out of office: former elite while alive, their last office once dead', async () => {
  for (const [person, date, actor, why] of OUT_OF_OFFICE) {
    const text = `Reporters asked about ${person} on Monday.`;
    const m = (await mentions(text, date)).find((x) => x.text === person);
    assert.ok(m, `${text}: no mention`);
    assert.equal(m.actor, actor, `${person} on ${date} (${why})`);
  }
});

// Nothing here names a country, so no actor may be invented.
const TRAPS: [string, string][] = [
  ['Officials said the talks would resume.', 'Officials'],
  ['The president said he would veto the bill.', 'The president'],
  ['Advertisement revenue fell in March.', 'Advertisement'],
  ['Let us go to the market, she told us.', 'us'],
  ['The rebels said they would fight on.', 'they'],
  ['The leadership said the talks would resume.', 'leadership'],
];

test('no actor is invented where the text names none', async () => {
  for (const [text, word] of TRAPS) {
    const m = (await mentions(text, '2020-01-01')).find((x) => x.text.includes(word) && x.actor !== null);
    assert.equal(m, undefined, `${text}: ${word} got ${m?.actor}`);
  }
});

// Actor precision: posting titles ("ambassador to X"), one-word paper and party names inside longer
// names, topics before expert nouns, outlets before beats, namesakes, short misspellings, appositions.
const CODED: [string, string, Want[]][] = [
  ['Troops of the Peoples Liberation Army crossed the bridge.', '2019-11-19', [['Peoples Liberation Army', 'CHNMIL']]],
  ['The paper Libération ran the story on Sunday.', '2019-11-19', [['Libération', 'FRAMED']]],
  // out of the office, the country's former elite (as for known people out of office)
  ['Former White House Russia adviser Nora Palm testified.', '2019-11-19', [['Nora Palm', 'USAELI']]],
  ['CNN Kremlin correspondent Ivo Brandt filed a report.', '2019-11-19', [['Ivo Brandt', 'USAMED']]],
  ['Hillary Clinton spoke in Ohio. Later Clinton left for Iowa.', '2016-05-01', [['Clinton', 'USAELI', 'Hillary Clinton']]],
];

// Words that must stay uncoded or keep another actor.
const NOT_CODED: [string, string, string, string | null][] = [
  ['The National Assembly resumed its sitting on Tuesday.', '2018-10-09', 'The National Assembly', null],
  ['Spurs reached the Champions League final.', '2019-05-01', 'Champions League', null],
  ['Marco Bell, a China scholar at a Washington institute, spoke.', '2019-11-19', 'Marco Bell', null],
  ['Earlier, former special envoy to Ukraine Ravi Stone spoke.', '2019-11-19', 'Ravi Stone', null],
  ['Tessa Marlow, BBC’s Emil Varga, asked the questions.', '2019-11-19', 'Tessa Marlow', null],
  ['Pete Buttigieg spoke to voters in Iowa.', '2011-11-19', 'Pete Buttigieg', null],
  ['Lights by Kim Jong and Lee Ha were praised.', '2018-10-12', 'Kim Jong', null],
];

test('posting titles, outlets, topics and namesakes code the right actor', async () => {
  for (const [text, date, wants] of CODED) await expectMentions(text, date, wants);
});

test('common words inside names, topics and namesakes are not coded as the wrong actor', async () => {
  for (const [text, date, written, actor] of NOT_CODED) {
    const found = await mentions(text, date);
    const wrong = found.filter((x) => x.start >= 0 && text.slice(x.start, x.end).length > 0 && written.includes(x.text) && x.actor !== actor && x.form === 'name');
    assert.deepEqual(
      wrong.map((x) => `${x.text}=${x.actor}`),
      [],
      text,
    );
  }
});

test('an indefinite description introduces someone new: "a real estate mogul" is not the person named before', async () => {
  const found = await mentions('Donald Trump met Republican lawmakers in Ohio on Monday. A real estate mogul praised them.', '2019-03-21');
  assert.deepEqual(
    found.filter((m) => m.text.includes('mogul')).map((m) => `${m.text}=${m.actor}`),
    [],
  );
});

test('a capitalised pronoun is not a short mention of a person named He', async () => {
  const found = await mentions('Liu He met the envoys on Monday. “It went well.” He Minzhi, a banker, smiled.', '2019-11-19');
  const he = found.find((x) => x.text === 'He' && x.form === 'name');
  assert.ok(!he || he.name !== 'Liu He', 'He joined Liu He');
});

// A sentence opening with "It" and a verb that acts goes on with the body or country the sentence
// before was about (reference/it-previous-subject); one opening with "the" and a body's role word takes
// that role of the country the sentence before was about (reference/role-of-previous-subject).
const IT_CARRIED: [string, string, Want[]][] = [
  ['The Kenyan foreign ministry rejected the report on Monday. It accused Uganda of spreading lies.', '2024-03-05', [['It', 'KENGOV']]],
  ['Kenya rejected the report. But it has also accused Uganda of spreading lies.', '2024-03-05', [['it', 'KEN']]],
  [
    'The Kenyan army shelled the town on Friday. It said the rebels had fled. It then withdrew its troops.',
    '2024-03-05',
    [
      ['It', 'KENMIL'],
      ['its troops', 'KENMIL'],
    ],
  ],
  ['Iran rejected the report on Monday. The government accused Israel of spreading lies.', '2024-03-05', [['The government', 'IRNGOV']]],
  ['Kenyan President William Ruto rejected the report. The army accused Uganda of arming the rebels.', '2024-03-05', [['The army', 'KENMIL']]],
  // a past tense the tagger read as a noun is still the verb after the role word
  ["Chad's government announced a curfew on Monday. The military accused the strikers of sabotage.", '2024-03-05', [['The military', 'TCDMIL']]],
];

// What they must leave alone: the empty "it" of English, a modal's hypothetical, a person (for "It"), a
// thing or a body of no country as the sentence before's subject, a reference that does not open its
// sentence, and a reference or antecedent inside quotation marks.
const IT_NOT_CARRIED: [string, string][] = [
  ['The Kenyan foreign ministry rejected the report. It is unclear whether Uganda will respond.', 'It'],
  ['The Kenyan foreign ministry rejected the report. It seems that Uganda will respond.', 'It'],
  ['The Kenyan army shelled the town. It could attack Uganda next.', 'It'],
  ['Kenyan President William Ruto rejected the report. It accused Uganda of lying.', 'It'],
  ['On Monday the report reached Kenya. It blamed Uganda for the lies.', 'It'],
  ['"Kenya rejected the report," the envoy said. It blamed Uganda for the lies.', 'It'],
  ['Kenya rejected the report. "It blamed Uganda for the lies," the envoy said.', 'It'],
  ['On Monday the report reached Iran. The government blamed Israel for the lies.', 'The government'],
  ['The UN rejected the report. The government accused Israel of spreading lies.', 'The government'],
  ['Iran rejected the report. Israel said the government had lied.', 'the government'],
  ['Iran rejected the report. "The government lied to us," the envoy said.', 'The government'],
  // a noun that only ends in "-eed" is no verb
  ["Chad's government announced a curfew on Monday. The military creed shaped the new rules.", 'The military'],
];

test('"It" or "the government" opening a sentence goes on with the actor the sentence before was about', async () => {
  for (const [text, date, wants] of IT_CARRIED) await expectMentions(text, date, wants);
  for (const [text, word] of IT_NOT_CARRIED) {
    const it = (await mentions(text, '2024-03-05')).find((x) => x.text === word && x.actor !== null);
    assert.equal(it, undefined, `${text}: ${word} got ${it?.actor}`);
  }
});

// An adverb between "it" or "they" and its verb keeps the pronoun a subject ("it also rejected",
// "They later criticized"); a modal after the adverb still makes the act hypothetical.
const SUBJECT_PAST_ADVERB: [string, string, Want[]][] = [
  ['Kenya said it also rejected the claims by Uganda.', '2024-03-05', [['it', 'KEN']]],
  ['Kenyan diplomats met the envoy on Monday. They later criticized Uganda.', '2024-03-05', [['They', 'KENGOV']]],
];
const NOT_SUBJECT_PAST_ADVERB: [string, string][] = [['Kenya said it also could attack Uganda.', 'it']];

test('an adverb between "it" or "they" and its verb keeps the pronoun a subject', async () => {
  for (const [text, date, wants] of SUBJECT_PAST_ADVERB) await expectMentions(text, date, wants);
  for (const [text, word] of NOT_SUBJECT_PAST_ADVERB) {
    const it = (await mentions(text, '2024-03-05')).find((x) => x.text === word && x.actor !== null);
    assert.equal(it, undefined, `${text}: ${word} got ${it?.actor}`);
  }
});
