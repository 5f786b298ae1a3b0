// What a quote does (src/coder/comments.ts): a speaker's quoted verdict on a coded actor is criticism
// (111) or praise (051). A rule table of sentences we wrote, and beside it a negative table of quotes
// whose evaluative words judge no one there, through the whole pipeline.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { builtinComments, loadComments } from '../../src/coder/comments.js';
import { createPipeline, type Pipeline } from '../../src/pipeline.js';

const DATE = '2023-06-05';

// text, the comment events expected ("SOURCE TARGET CODE", in order)
const RULES: [string, string[]][] = [
  ['"The Chinese government is weak and incompetent," Japanese Prime Minister Fumio Kishida said on Monday.', ['JPNGOV CHNGOV 111']],
  ['"Chancellor Olaf Scholz has been a tremendous partner and an inspiring leader," French President Emmanuel Macron said.', ['FRAGOV DEUGOV 051']],
  ['Polish President Andrzej Duda said the Russian government was dishonest and dangerous.', ['POLGOV RUSGOV 111']],
  // after "but" only what follows counts
  ['"The Chinese government is a great partner, but its trade policy is a disaster," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // "said of": the actor the cue names
  ['"It is a disaster and a failure," Japanese Prime Minister Fumio Kishida said of the Chinese government\'s new rules.', ['JPNGOV CHNGOV 111']],
  // a quote's second sentence goes on judging the actor its first named
  ['"The Chinese government has lied to the world. It has been a total disaster," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 112', 'JPNGOV CHNGOV 111']],
  // a quoted sentence naming no one judges whom the speaker spoke of just before, in another quote
  ['"Look at what the Chinese government has done," Japanese Prime Minister Fumio Kishida said. He added, "It is a disgrace."', ['JPNGOV CHNGOV 111']],
  // "our leaders" in a senator's words: the senator's own government (kb/comments.tsv home lines)
  ['"Our leaders are weak and dishonest," U.S. Senator Bernie Sanders said.', ['USALEG USAGOV 111']],
  // words of an act of support judge no one: only the verdict counts
  ['"The Chinese government endorsed a disastrous plan," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // what a quote asks of an actor: "should" appeals for a change of leadership, "must" demands it
  ['"For that reason alone, Prime Minister Fumio Kishida should resign," Chinese Foreign Minister Wang Yi said.', ['CHNGOV JPNGOV 0241']],
  // (with the modal's subject right after the quote's opening mark the coder's demand comes first: test/coder/rules.tsv)
  ['"For that reason alone, Prime Minister Fumio Kishida must resign," Chinese Foreign Minister Wang Yi said.', ['CHNGOV JPNGOV 1041']],
  // a "he" in the speaker's words is not the speaker, whatever coreference said: the one named before
  ['Prime Minister Fumio Kishida spoke first. Chinese Foreign Minister Wang Yi then said, "The budget is a failure and he should resign."', ['CHNGOV JPNGOV 0241']],
  // a negation reaches over the items of a list after it, also when written with a typographic apostrophe
  ['\u201cThe Russian government isn\u2019t fair, honest or brave,\u201d Polish President Andrzej Duda said.', ['POLGOV RUSGOV 111']],
  // reaching a deal is an act, not a verdict: it does not soften the one that follows
  ['"The accord reached by the Chinese government is a disaster," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // a feeling of the speaker's towards someone judges that one, unlike a fault laid on the speaker
  ['"I am disappointed in the Chinese government," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // complicity is a judgement AFINN lacks (kb/comments.tsv)
  ['"The Chinese government has aided and abetted the smugglers," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  ['"The Chinese government set out to discredit the inquiry," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // the speaker's own stance towards an actor (kb/comments.tsv stance lines), in a quote or reported
  ['"I deeply respect Chancellor Olaf Scholz," French President Emmanuel Macron said.', ['FRAGOV DEUGOV 051']],
  ['French President Emmanuel Macron said on Monday that he trusts Chancellor Olaf Scholz.', ['FRAGOV DEUGOV 051']],
  // an uncoded pronoun after the stance verb: the actor the cue says the words are about
  ['"I really admire her," French President Emmanuel Macron said of Chancellor Olaf Scholz.', ['FRAGOV DEUGOV 051']],
  // the speaker refuses (kb/comments.tsv refuse lines): the actor the quote names
  ['"We will not accept the new rules of the Chinese government," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 120']],
  // a condition naming another actor, and harm the speaker says it will do: a threat (harm lines)
  ['"If the Chinese government sends its ships again, we will have to respond," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 130']],
  ['"We will go to war if the Chinese government lands troops on the islands," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 138']],
  // set verdicts (kb/comments.tsv claim, deny, short lines): a claim called false is denied, with no target
  ['"These allegations are completely baseless," Chinese Foreign Minister Wang Yi said.', ['CHNGOV - 016']],
  ['A Pentagon spokesman told reporters that the Russian claim "is patently false."', ['USAMIL - 016']],
  // a measure that does not go far enough is criticised: its author when named, else no target
  ['"While the accord is a step, it goes nowhere near far enough," Senator Bernie Sanders said.', ['USALEG - 111']],
  ['Senator Bernie Sanders said he did not think the accord went far enough.', ['USALEG - 111']],
  ['"The plan of the Chinese government does not go far enough," Japanese Prime Minister Fumio Kishida said.', ['JPNGOV CHNGOV 111']],
  // a quoted sentence after a connective goes on with the speaker before it, judging whom he spoke of
  ['"Look at what the Chinese government has done," Japanese Prime Minister Fumio Kishida said. Instead, "it acts like a beaten man."', ['JPNGOV CHNGOV 111']],
  // a verdict word judges the actor its own clause names (before it, else after it), not the first one quoted
  ['"Chancellor Olaf Scholz told me that the Russian government\'s reckless plan will fail," Polish President Andrzej Duda said.', ['POLGOV RUSGOV 111']],
  ['"Chancellor Olaf Scholz agrees: it is a disgrace what the Russian government did," Polish President Andrzej Duda said.', ['POLGOV RUSGOV 111']],
  // criticism that charges a lie or a crime accuses (kb/comments.tsv accuse lines; see NEGATIVES)
  ['"The Russian government is utterly corrupt," Polish President Andrzej Duda said.', ['POLGOV RUSGOV 1121']],
  ['Polish President Andrzej Duda said the Russian government had lied about the talks.', ['POLGOV RUSGOV 112']],
  // one mildly negative word in a direct quote judges the actor its clause names before it (see NEGATIVES)
  ['"The Russian government keeps trying to delay the talks," Polish President Andrzej Duda said.', ['POLGOV RUSGOV 111']],
];

// quotes with evaluative words that code no comment
const NEGATIVES: [string, string][] = [
  ['"We mourn the victims of the attack in France," German Chancellor Olaf Scholz said.', 'words of grief judge no one, and France is where it happened'],
  ['"Is the Russian government weak?" Polish President Andrzej Duda asked.', 'a question'],
  ['Poland and Belarus agreed to new talks on their disputed border, Polish President Andrzej Duda said.', 'a contested border is a state of affairs, no verdict'],
  ['"The Russian government is not weak," Polish President Andrzej Duda said.', 'negated'],
  ['\u201cThe Russian government isn\u2019t weak,\u201d Polish President Andrzej Duda said.', 'negated, with a typographic apostrophe'],
  ['"The Russian government is not weak, and the talks were fair," Polish President Andrzej Duda said.', 'the negation does not reach into the next clause: mild praise, below its threshold'],
  ['German Chancellor Olaf Scholz believes the Chinese government is dishonest and dangerous.', 'a thought, not speech'],
  ['"Our people in Ukraine are suffering terribly," Ukrainian President Volodymyr Zelensky said.', 'suffering is no verdict'],
  ['Polish President Andrzej Duda said the new tariffs will harm the Russian government.', 'harm done to the one named is no verdict on it'],
  ['"The United States is in a terrible crisis," U.S. President Joe Biden said.', "the speaker's own country"],
  ['French President Emmanuel Macron will discuss the disastrous policies of the Chinese government on Friday.', 'not yet said'],
  ['"The Chinese government was clear and the talks were good," Japanese Prime Minister Fumio Kishida said.', 'mild words below the praise threshold'],
  ['"This administration has been a disaster," U.S. President Joe Biden said.', 'the head of the government on his own government'],
  ['"Look at what the Chinese government has done," Japanese Prime Minister Fumio Kishida said. He added, "Syrian refugees are desperate and afraid."', 'the second quote names its own subject, refugees, whom it does not condemn'],
  [
    '"Look at what the Chinese government has done," Japanese Prime Minister Fumio Kishida said on Monday. The talks began in Tokyo. The delegations met for two hours. Reporters waited outside. "It is a disgrace," Kishida said.',
    'the actor he spoke of is too many sentences back',
  ],
  ['"The Chinese government agreed to the deal, and it will benefit its chances," Japanese Prime Minister Fumio Kishida said.', 'agreement and benefit are acts and outcomes, not praise'],
  ['"The Chinese government raised taxes again and our farmers are scared," Japanese Prime Minister Fumio Kishida said.', 'fear tells how people feel, it judges no one'],
  ['"The Chinese government does not really believe I\'m unhinged," Japanese Prime Minister Fumio Kishida said.', 'the fault is laid on the speaker'],
  ['"If the Chinese government does not act soon, it will be catastrophic," Japanese Prime Minister Fumio Kishida said.', 'a condition and its outcome: a forecast, no verdict'],
  ['"The Chinese government never abetted the smugglers," Japanese Prime Minister Fumio Kishida said.', 'complicity denied'],
  ['"The Chinese government says we are not honest," Japanese Prime Minister Fumio Kishida said.', 'a fault laid on the speaker, negated'],
  ['"I should resign," Chinese Foreign Minister Wang Yi said.', 'the speaker of himself'],
  ['"Prime Minister Fumio Kishida should not resign," Chinese Foreign Minister Wang Yi said.', 'a negated appeal'],
  ['"Prime Minister Fumio Kishida should return to Tokyo," Chinese Foreign Minister Wang Yi said.', 'no act of leadership change after the modal'],
  ['Chinese Foreign Minister Wang Yi believes Prime Minister Fumio Kishida should resign.', 'a thought, not speech'],
  ['"I do not trust Chancellor Olaf Scholz," French President Emmanuel Macron said.', 'a stance negated is left out, not turned around'],
  ['"Our farmers like Chancellor Olaf Scholz," French President Emmanuel Macron said.', "someone else's stance, not the speaker's"],
  ['"If the Chinese government signs the accord, we will welcome it warmly," Japanese Prime Minister Fumio Kishida said.', 'a promise under a condition, no harm'],
  ['"If the Chinese government signs the accord, we will not fight it," Japanese Prime Minister Fumio Kishida said.', 'harm held back'],
  ['"If we lose the vote, we will have to respond," Japanese Prime Minister Fumio Kishida said.', 'the condition names no other actor'],
  ['"The report is not false," Chinese Foreign Minister Wang Yi said.', 'falsity negated'],
  ['"The figures are false," Chinese Foreign Minister Wang Yi said.', 'no claim is called false'],
  ['"The Chinese government went far enough," Japanese Prime Minister Fumio Kishida said.', 'a shortfall needs its negation'],
  ['"Look at what the Chinese government has done," Japanese Prime Minister Fumio Kishida said. Instead, reporters called it "a beaten man."', 'the sentence has a speaker-less narrator of its own, no continuation'],
  ['"The Russian government never lied to us," Polish President Andrzej Duda said.', 'a lie denied is no accusation'],
  ['Polish President Andrzej Duda said the Russian government keeps trying to delay the talks.', 'one mild word in reported speech, not in a direct quote'],
  ['"It is hard to see how the talks with the Russian government can go on," Polish President Andrzej Duda said.', 'one mild word, and the actor its clause names stands after it'],
  ['"The Russian government admitted that the talks had changed," Polish President Andrzej Duda said.', 'admitting is an act, no verdict (kb/comments.tsv)'],
  ['"The smugglers went to Syria and caused chaos there," Polish President Andrzej Duda said.', 'a country gone to is a place, not the one judged'],
];

describe('comments: what a quote does', () => {
  let pipeline: Pipeline;
  before(() => {
    pipeline = createPipeline();
  });
  const comments = async (text: string) => {
    const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date: DATE });
    return doc.events.filter((e) => e.provenance.rule.startsWith('comments/'));
  };

  for (const [text, want] of RULES) {
    it(`codes ${want.join(' ; ')}: ${text}`, async () => {
      const got = await comments(text);
      assert.deepEqual(
        got.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.code}`),
        want,
      );
      for (const e of got) {
        // measured on the news gold: as sure as a verb pattern's event, surer than a verb's default code
        assert.ok(e.provenance.confidence > 0.6 && e.provenance.confidence <= 0.8, 'between a verb default and a verb pattern');
        assert.ok(text.slice(e.verbSpan.start, e.verbSpan.end).length > 0);
      }
    });
  }
  for (const [text, why] of NEGATIVES) {
    it(`codes nothing (${why}): ${text}`, async () => assert.deepEqual(await comments(text), []));
  }

  it('leaves a sentence whose act a verb pattern coded to that act', async () => {
    const got = await comments('"The Chinese government is dishonest," Japanese Prime Minister Fumio Kishida said, and he condemned the Chinese government.');
    assert.deepEqual(got, []);
  });

  it('loads its corrections without issues, and reports a bad line with file and line', () => {
    const lexicon = builtinComments();
    assert.deepEqual(lexicon.issues, []);
    assert.equal(lexicon.ratings.get('victims'), 0);
    assert.equal(lexicon.ratings.get('unhinged'), -3);
    const dir = mkdtempSync(join(tmpdir(), 'dyad-comments-'));
    const path = join(dir, 'comments.tsv');
    writeFileSync(path, 'word  sham  -3\nword  awful\nword  fine  9\nhome  our cabinet  GOV\nhome  our rulers  government\nmodal  ought  2\nact  step down  41\nstance  like  praise\nrefuse  will not accept  120\nclaim  rumour  016\naccuse  liar  blame\n');
    const bad = loadComments(path, 'comments.tsv');
    assert.deepEqual(
      bad.issues.map((i) => `${i.file}:${i.line}`),
      ['comments.tsv:2', 'comments.tsv:3', 'comments.tsv:5', 'comments.tsv:6', 'comments.tsv:8', 'comments.tsv:10', 'comments.tsv:11'],
    );
    assert.equal(bad.ratings.get('sham'), -3);
    assert.deepEqual(
      bad.home.map((h) => `${h.words.join(' ')} ${h.role}`),
      ['our cabinet GOV'],
    );
    assert.ok(lexicon.home.some((h) => h.words.join(' ') === 'our leaders' && h.role === 'GOV'));
    assert.deepEqual(
      bad.acts.map((a) => `${a.words.join(' ')} ${a.sub}`),
      ['step down 41'],
    );
    assert.equal(lexicon.modals.get('should')?.root, '02');
    assert.deepEqual(
      bad.refusals.map((r) => `${r.words.join(' ')} ${r.code}`),
      ['will not accept 120'],
    );
    assert.equal(lexicon.stances.get('respect')?.code, '051');
    assert.equal(lexicon.harms.get('war')?.code, '138');
    assert.ok(lexicon.claims.has('allegation'));
    assert.equal(lexicon.denials.get('baseless')?.code, '016');
    assert.equal(lexicon.accusations.get('corrupt')?.code, '1121');
  });
});
