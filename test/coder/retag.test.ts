import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retag } from '../../src/coder/retag.js';
import { pastTenseBases } from '../../src/coder/verb-lemma.js';
import { sentenceWords, type Word } from '../../src/coder/words.js';
import { compileKbVerbPatterns } from '../../src/dictionary/kb-verbs.js';
import type { VerbIndex } from '../../src/dictionary/model.js';
import { compilePetrarchFiles } from '../../src/dictionary/petrarch/compile.js';
import { verbOnlyDictionaries } from '../../src/dictionary/rows.js';
import { analyze } from '../../src/language/analyze.js';

const KB_LINES = ['193 $ *shoot +', '173 $ *round_up +', '1823 $ *lynch +', '072 $ *arm +', '045 $ *mediate between', '181 $ *abduct +', '162 $ *halt +', '051 $ *welcome +', '190 $ *attack +'];
const lemmaVerbs = verbOnlyDictionaries(
  compileKbVerbPatterns(
    KB_LINES.map((l, i) => ({ code: l.slice(0, 3), pattern: l.slice(4), file: 'test.txt', line: i + 1 })),
    new Map(),
  ).verbs,
).verbs;

const PETRARCH_VERBS = `--- ARM [072] ---
ARM
--- MEDIATE [045] ---
MEDIATE
--- ABDUCT [181] ---
ABDUCT
--- HALT [162] ---
HALT
--- WELCOME [051] ---
WELCOME
--- ATTACK [190] ---
ATTACK
`;
const surfaceVerbs = compilePetrarchFiles([{ file: 'test.verbs.txt', kind: 'verbs', content: PETRARCH_VERBS }]).verbs;

function tagged(sentence: string, verbs: VerbIndex): { before: Word[]; after: Word[] } {
  const a = analyze(sentence);
  const words = (): Word[] => sentenceWords(sentence, a.tokens, a.sentences[0]!);
  const after = words();
  retag(after, verbs);
  return { before: words(), after };
}

const wordOf = (words: readonly Word[], lower: string): Word => {
  const w = words.find((x) => x.lower === lower);
  assert.ok(w, `no word "${lower}"`);
  return w;
};

// sentence, the misread word, the verb lemma it gets
const POSITIVE: [string, string, string][] = [
  ['During the Cold War Moscow armed Cuba.', 'armed', 'arm'],
  ['Russia armed the separatists.', 'armed', 'arm'],
  ['Britain armed Ukraine with missiles.', 'armed', 'arm'],
  ['Qatar mediated between Israel and Hamas.', 'mediated', 'mediate'],
  ['Norway mediated among the factions.', 'mediated', 'mediate'],
  ['Turkey mediated a deal between the two.', 'mediated', 'mediate'],
  ['Boko Haram militants abducted dozens of students.', 'abducted', 'abduct'],
  ['Gunmen abducted 20 people.', 'abducted', 'abduct'],
  ['Iran demanded that Israel halt its attacks on Gaza.', 'halt', 'halt'],
  ['Iran demanded that the United States halt its attacks.', 'halt', 'halt'],
  ['Russia demanded that Ukraine halt the shelling.', 'halt', 'halt'],
  // the second of two verbs joined by "and", each with its object
  ['Rwanda said it will send troops and attack Uganda.', 'attack', 'attack'],
  // a gerund after "has been" read as a noun: the verb its "-ing" ending hides
  ['Russia has been arming the separatists.', 'arming', 'arm'],
  ['Militants have been abducting the students.', 'abducting', 'abduct'],
];

// sentence, a word the rules must leave as the tagger read it, why
const NEGATIVE: [string, string, string][] = [
  ['The armed forces attacked the town.', 'armed', 'after an article: a modifier'],
  ['The Russian armed forces attacked.', 'armed', 'followed by the noun it modifies'],
  ['Moscow-armed rebels attacked Kyiv.', 'moscow-armed', 'one hyphenated modifier'],
  ['Boko Haram militants abducted dozens of students.', 'militants', 'the subject stays a noun'],
  ['Kenya condemned the bombing and attack Uganda carried out.', 'attack', 'a name with a verb of its own after it is no object'],
  ['Kenya condemned the talks and attack helicopters.', 'attack', 'a noun after it: a modifier'],
  ['Armed men attacked the village.', 'armed', 'nothing before it'],
  ['The mediated talks failed.', 'mediated', 'after an article: a modifier'],
  ['Qatar mediated talks.', 'mediated', 'a plain noun after may be what it modifies ("Qatar-mediated talks")'],
  ['Rebels armed with rifles attacked the town.', 'armed', 'a reduced relative: the clause has its verb later'],
  ['Rebels armed by Russia attacked the town.', 'armed', '"by" names a passive agent'],
  ['The Syrian armed Kurdish groups attacked the town.', 'armed', 'a name before a noun, and the clause has its verb later'],
  ['Iran called for a halt to the attacks.', 'halt', 'after an article'],
  ['Iran demanded a halt to the attacks.', 'halt', 'after an article'],
  ['Analysts said that Israel halt is unlikely.', 'halt', 'no object after it'],
  ['The arming of the separatists worried Kyiv.', 'arming', 'after an article: a noun'],
  ['Their mediating role ended.', 'mediating', 'after a possessive: a modifier'],
];

// sentence, a participle the tagger reads as a verb that modifies the noun after it
const MODIFIERS: [string, string][] = [
  ['Israel routinely exchanged imprisoned Palestinians for its soldiers.', 'imprisoned'],
  ['Troops freed kidnapped hostages on Monday.', 'kidnapped'],
  ['Police released detained journalists.', 'detained'],
  ['Israel released jailed Palestinians.', 'jailed'],
  // an adverb after an article or owner grades the modifier
  ["Putin's widely criticized press conference in Ankara drew attention.", 'criticized'],
  ['The widely condemned raid on Gaza went ahead.', 'condemned'],
];

// sentence, a verb that stays a verb
const VERBS: [string, string][] = [
  ['Russia has attacked Ukrainian cities.', 'attacked'],
  ['Israel detained Palestinians in Hebron.', 'detained'],
  ['Officials said militants attacked the base.', 'attacked'],
  ['Iran said Israel attacked the consulate.', 'attacked'],
  // an adverb after a subject, with no article or owner before it, is the verb's
  ['Russia sharply criticized NATO officials.', 'criticized'],
  ['The Kremlin sharply criticized NATO officials.', 'criticized'],
];

// lemma dictionaries: an irregular past tense, or a past tense and its particle, after the subject
// (sentence, the misread word, the verb lemma it gets)
const IRREGULAR_AND_PHRASAL: [string, string, string][] = [
  ['A sniper shot two Kenyan soldiers.', 'shot', 'shoot'],
  ['Ugandan soldiers shot a Kenyan fisherman.', 'shot', 'shoot'],
  ['Kenyan police rounded up the activists.', 'rounded', 'round'],
  ['Kenyan police rounded up dozens of students.', 'rounded', 'round'],
];
// sentence, a word the rules must leave as the tagger read it, why
const NOT_IRREGULAR_OR_PHRASAL: [string, string, string][] = [
  ['The shot hit a Kenyan soldier.', 'shot', 'after an article: a noun'],
  ['Activists rounded up by police were freed.', 'rounded', 'a reduced relative: the clause has its verb later'],
  ['Kenyan police rounded figures up.', 'rounded', 'no particle right after it'],
];

describe('retag (lemma dictionaries): irregular and phrasal past tenses after the subject', () => {
  for (const [sentence, word, lemma] of IRREGULAR_AND_PHRASAL) {
    it(`${sentence} (${word})`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.notEqual(wordOf(before, word).pos, 'VERB', 'the tagger reads it right now: the case tests nothing');
      const w = wordOf(after, word);
      assert.deepEqual([w.pos, w.lemma], ['VERB', lemma]);
    });
  }
  for (const [sentence, word, why] of NOT_IRREGULAR_OR_PHRASAL) {
    it(`${sentence} (${word}: ${why})`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.equal(wordOf(after, word).pos, wordOf(before, word).pos);
    });
  }
});

// sentence, a name the tagger reads as a verb
const NAMES: [string, string][] = [
  ['Senator Ted Cruz criticized Mexico.', 'ted'],
  ['Attorney General Loretta Lynch sits on the panel.', 'lynch'],
];
// sentence, a capitalised verb that stays a verb, why
const CAPITALISED_VERBS: [string, string, string][] = [
  ['Kenya Condemns Uganda Over Border Raid', 'condemns', 'a headline in title case'],
  ['Mobs Lynch Two Kenyan Police Officers', 'lynch', 'a headline in title case'],
];

describe('retag: names read as verbs', () => {
  for (const [sentence, word] of NAMES) {
    it(`${sentence} (${word})`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.equal(wordOf(before, word).pos, 'VERB', 'the tagger reads it as a name already: the case tests nothing');
      assert.equal(wordOf(after, word).pos, 'PROPN');
    });
  }
  for (const [sentence, word, why] of CAPITALISED_VERBS) {
    it(`${sentence} (${word}: ${why})`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.equal(wordOf(before, word).pos, 'VERB', 'the tagger does not read it as a verb: the case tests nothing');
      assert.equal(wordOf(after, word).pos, 'VERB');
    });
  }
});

describe('retag: participles before their noun are modifiers', () => {
  for (const [sentence, word] of MODIFIERS) {
    it(`${sentence} (${word})`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.equal(wordOf(before, word).pos, 'VERB', 'the tagger reads it as a modifier already: the case tests nothing');
      assert.equal(wordOf(after, word).pos, 'ADJ');
    });
  }
  for (const [sentence, word] of VERBS) {
    it(`${sentence} (${word}) stays a verb`, () => assert.equal(wordOf(tagged(sentence, lemmaVerbs).after, word).pos, 'VERB'));
  }
});

for (const [mode, verbs] of [
  ['lemma', lemmaVerbs],
  ['PETRARCH', surfaceVerbs],
] as const) {
  describe(`retag (${mode} dictionaries): misread verbs become verbs with their lemma`, () => {
    for (const [sentence, word, lemma] of POSITIVE) {
      it(`${sentence} (${word})`, () => {
        const { before, after } = tagged(sentence, verbs);
        assert.notEqual(wordOf(before, word).pos, 'VERB', 'the tagger reads it right now: the case tests nothing');
        const w = wordOf(after, word);
        assert.deepEqual([w.pos, w.lemma], ['VERB', lemma]);
      });
    }
  });
  describe(`retag (${mode} dictionaries): modifiers and nouns stay`, () => {
    for (const [sentence, word, why] of NEGATIVE) {
      it(`${sentence} (${word}): ${why}`, () => {
        const { before, after } = tagged(sentence, verbs);
        const [b, a] = [wordOf(before, word), wordOf(after, word)];
        assert.deepEqual([a.pos, a.lemma], [b.pos, b.lemma]);
      });
    }
  });
}

// sentence: "that" between a verb and a gerund opens what was said (SCONJ); negatives keep the tagger's reading
const THAT_OPENS: string[] = ['Kenya said that sending troops to Somalia was out of the question.', 'Officials said that removing the sanctions is unlikely.', 'Officials said yesterday that removing the sanctions is unlikely.'];
const THAT_STAYS: [string, string][] = [
  ['Kenya said that was out of the question.', 'no gerund after it: a pronoun'],
  ['Kenya rejected the plan that Uganda proposed.', 'after a noun: a relative pronoun'],
];

describe('retag: "that" before a gerund opens a clause', () => {
  for (const sentence of THAT_OPENS) {
    it(sentence, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.notEqual(wordOf(before, 'that').pos, 'SCONJ', 'the tagger reads it right now: the case tests nothing');
      assert.equal(wordOf(after, 'that').pos, 'SCONJ');
    });
  }
  for (const [sentence, why] of THAT_STAYS) {
    it(`${sentence}: ${why}`, () => {
      const { before, after } = tagged(sentence, lemmaVerbs);
      assert.equal(wordOf(after, 'that').pos, wordOf(before, 'that').pos);
    });
  }
});

describe('pastTenseBases', () => {
  const CASES: [string, string[]][] = [
    ['armed', ['arme', 'arm']],
    ['mediated', ['mediate', 'mediat']],
    ['stopped', ['stoppe', 'stopp', 'stop']],
    ['supplied', ['supply', 'supplie', 'suppli']],
    ['halt', []],
    ['red', []],
  ];
  for (const [word, bases] of CASES) it(word, () => assert.deepEqual(pastTenseBases(word), bases));
});
