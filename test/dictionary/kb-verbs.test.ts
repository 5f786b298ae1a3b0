import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeDocument } from '../../src/coder/code.js';
import { compileKbVerbPatterns } from '../../src/dictionary/kb-verbs.js';
import { verbOnlyDictionaries } from '../../src/dictionary/rows.js';
import { analyze } from '../../src/language/analyze.js';
import type { Mention } from '../../src/types.js';

const LINES = [
  { code: '051', pattern: '$ *congratulate + on', file: 'kb/verbs/05-x.txt', line: 1 },
  { code: '036', pattern: '$ *hold talks|meeting with +', file: 'kb/verbs/03-x.txt', line: 2 },
  { code: '042:043', pattern: '$ *visit +', file: 'kb/verbs/04-x.txt', line: 3 },
  { code: '1724', pattern: '$ *impose sanctions on|against +', file: 'kb/verbs/17-x.txt', line: 4 },
  { code: '0311', pattern: '$ *sign &DEAL with +', plover: 'COOPERATE', file: 'kb/verbs/03-x.txt', line: 5 },
  { code: '190', pattern: '$ *attack +', file: 'kb/verbs/19-x.txt', line: 6 },
  { code: '112', pattern: '$ *accuse + of ... spying', file: 'kb/verbs/11-x.txt', line: 7 },
  { code: 'x12', pattern: '$ *attack +', file: 'kb/verbs/19-x.txt', line: 8 },
  { code: '190', pattern: '$ attack +', file: 'kb/verbs/19-x.txt', line: 9 },
  { code: '190', pattern: '$ *attack &NOPE', file: 'kb/verbs/19-x.txt', line: 10 },
];
const SETS = new Map([['DEAL', ['deal', 'trade_agreement']]]);
const { verbs, issues } = compileKbVerbPatterns(LINES, SETS);
const dictionaries = verbOnlyDictionaries(verbs);

/** Mentions for the invented country names, as the actor stage would give them. */
function mentionsOf(text: string): Mention[] {
  const codes: Record<string, string> = { Velmora: 'VLM', Castria: 'CST', Ostrand: 'OST' };
  return [...text.matchAll(/Velmora|Castria|Ostrand/g)].map((m, i) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    text: m[0],
    type: 'GPE' as const,
    entity: i,
    actor: codes[m[0]]!,
    name: m[0],
    form: 'name' as const,
    provenance: { rule: 'test', confidence: 1 },
  }));
}

function triples(text: string, dicts = dictionaries): string[] {
  const a = analyze(text);
  const r = codeDocument({ text, sentences: a.sentences, tokens: a.tokens, date: null, options: {}, mentions: mentionsOf(text) }, dicts, null);
  return r.events.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.code}${e.plover ? ` ${e.plover}` : ''}`).sort();
}

/** A table of sentences and the events they code, and a negative table of sentences that code none. */
function codesTables(cases: readonly [string, string[]][], none: readonly [string, string][], run: (text: string) => string[]): void {
  for (const [text, want] of cases) it(text, () => assert.deepEqual(run(text), want));
  for (const [text, why] of none) it(`${text} (${why})`, () => assert.deepEqual(run(text), []));
}

describe('kb verb patterns', () => {
  const cases: [string, string[]][] = [
    ['Velmora congratulated Castria on its election.', ['VLM CST 051']],
    ['Velmora held a meeting with Castria.', ['VLM CST 036']],
    ['Velmora held talks with Castria on Monday.', ['VLM CST 036']],
    ['Velmora visited Castria.', ['CST VLM 043', 'VLM CST 042']],
    ['Velmora imposed new sanctions on Castria.', ['VLM CST 1724']],
    ['Velmora signed a trade agreement with Castria.', ['VLM CST 0311 COOPERATE']],
    ['Castria was attacked by Velmora.', ['VLM CST 190']],
    ['Velmora accused Castria of industrial spying.', ['VLM CST 112']],
  ];
  const none: [string, string][] = [
    ['Velmora held a party for Castria.', 'hold without talks/meeting'],
    ['Velmora did not attack Castria.', 'negated'],
    ['Velmora congratulated its team.', 'no target actor'],
  ];
  codesTables(cases, none, (text) => triples(text));

  it('bad lines are issues with file and line', () => {
    assert.deepEqual(
      issues.map((i) => [i.code, i.line]),
      [
        ['malformed-code', 8],
        ['malformed-pattern', 9],
        ['unknown-synset', 10],
      ],
    );
  });
});

describe('kb event-noun triggers', () => {
  const nouns = verbOnlyDictionaries(compileKbVerbPatterns([{ code: '036', pattern: '$ *talks with +', file: 'kb/verbs/03-x.txt', line: 1 }], new Map()).verbs);
  it('a plural noun trigger matches as written', () => {
    const text = 'Velmora opened talks with Castria.';
    const a = analyze(text);
    const r = codeDocument({ text, sentences: a.sentences, tokens: a.tokens, date: null, options: {}, mentions: mentionsOf(text) }, nouns, null);
    assert.deepEqual(
      r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.code}`),
      ['VLM CST 036'],
    );
  });
});

describe('kb auxiliary triggers', () => {
  const aux = verbOnlyDictionaries(compileKbVerbPatterns([{ code: '030', pattern: '$ *be ready to cooperate with +', file: 'kb/verbs/03-x.txt', line: 1 }], new Map()).verbs);
  const run = (text: string) => {
    const a = analyze(text);
    return codeDocument({ text, sentences: a.sentences, tokens: a.tokens, date: null, options: {}, mentions: mentionsOf(text) }, aux, null).events.map((e) => `${e.source.code} ${e.target?.code} ${e.code}`);
  };
  it('codes through its pattern', () => assert.deepEqual(run('Velmora is ready to cooperate with Castria.'), ['VLM CST 030']));
  it('not when negated after the auxiliary', () => assert.deepEqual(run('Velmora is not ready to cooperate with Castria.'), []));
  it('never on its own', () => assert.deepEqual(run('Velmora is a neighbour of Castria.'), []));
});

describe('kb compound (%) and no-event (---) patterns', () => {
  const lines = [
    { code: '054', pattern: '% *restore (diplomatic) relation|tie', file: 'kb/verbs/05-x.txt', line: 1 },
    { code: '054', pattern: '$ *restore relation|tie with +', file: 'kb/verbs/05-x.txt', line: 2 },
    { code: '032', pattern: '% *agree to restore (diplomatic) relation|tie', file: 'kb/verbs/03-x.txt', line: 3 },
    { code: '057', pattern: '$ *sign &DEAL', file: 'kb/verbs/05-x.txt', line: 4 },
    { code: '057', pattern: '% *sign &DEAL', file: 'kb/verbs/05-x.txt', line: 5 },
    { code: '045', pattern: '$ *broker truce between %', file: 'kb/verbs/04-x.txt', line: 6 },
    { code: '040', pattern: '$ *meet (with) +', file: 'kb/verbs/04-x.txt', line: 7 },
    { code: '---', pattern: '$ *meet deadline|target', file: 'kb/verbs/04-x.txt', line: 8 },
    { code: '190', pattern: '$ *fight +', file: 'kb/verbs/19-x.txt', line: 9 },
    { code: '---', pattern: '$ *fight inflation|corruption', file: 'kb/verbs/19-x.txt', line: 10 },
  ];
  const compiled = compileKbVerbPatterns(lines, SETS);
  const dicts = verbOnlyDictionaries(compiled.verbs);
  const run = (text: string): string[] => triples(text, dicts);
  it('compiles without issues', () => assert.deepEqual(compiled.issues, []));
  const cases: [string, string[]][] = [
    ['Velmora and Castria restored diplomatic relations.', ['CST VLM 054', 'VLM CST 054']],
    ['Velmora and Castria have restored ties.', ['CST VLM 054', 'VLM CST 054']],
    ['Velmora restored ties with Castria.', ['VLM CST 054']],
    // the compound is the subject of "agreed", not of "restore"
    ['Velmora and Castria agreed to restore diplomatic ties.', ['CST VLM 032', 'VLM CST 032']],
    // % before $ among as many words: the deal is between the two, not with Ostrand
    ['Velmora and Castria signed a deal on Ostrand.', ['CST VLM 057', 'VLM CST 057']],
    ['Ostrand brokered a truce between Velmora and Castria.', ['OST CST 045', 'OST VLM 045']],
    ['Velmora met Castria.', ['VLM CST 040']],
    ['Velmora fought Castria.', ['VLM CST 190']],
  ];
  const none: [string, string][] = [
    ['Velmora restored diplomatic relations.', '% needs two actors'],
    ['Velmora and its neighbours restored diplomatic relations.', 'only one side of the compound is an actor'],
    ['Velmora met the deadline set by Castria.', '--- stops "$ *meet (with) +"'],
    ['Velmora met its sales target in Castria.', '--- stops "$ *meet (with) +"'],
    ['Velmora fought inflation with help from Castria.', '--- stops the bare "$ *fight +"'],
  ];
  codesTables(cases, none, run);
});

describe('required words of a compiled pattern', () => {
  // a clause that holds none of one element's words is ruled out before matching: optional words
  // and actor slots are not required, and a set or an alternation counts by its members' first words
  const cases: [pattern: string, required: string[][]][] = [
    ['$ *sign &DEAL with +', [['deal', 'trade'], ['with']]],
    ['$ *express (deep) regret over +', [['regret'], ['over']]],
    ['$ *impose sanctions on|against +', [['sanctions'], ['on', 'against']]],
    ['$ *attack +', []],
  ];
  for (const [pattern, want] of cases) {
    it(pattern, () => {
      const compiled = verbOnlyDictionaries(compileKbVerbPatterns([{ code: '190', pattern, file: 'kb/verbs/19-x.txt', line: 1 }], SETS).verbs).verbs;
      const patterns = Array.from({ length: compiled.blocks.length }, (_, id) => compiled.blocks.get(id).patterns).flat();
      assert.deepEqual(
        patterns.map((p) => p.required),
        [want],
      );
    });
  }
});
