import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeDocument } from '../../src/coder/code.js';
import { compilePetrarchFiles } from '../../src/dictionary/petrarch/compile.js';
import { analyze } from '../../src/language/analyze.js';
import type { CodedEvent, CoderOptions } from '../../src/types.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from '../dictionary/fixtures.js';

const dictionaries = compilePetrarchFiles([
  { file: 'test.actors.txt', kind: 'actors', content: ACTORS },
  { file: 'test.agents.txt', kind: 'agents', content: AGENTS },
  { file: 'test.verbs.txt', kind: 'verbs', content: VERBS },
  { file: 'test.discards.txt', kind: 'discards', content: DISCARDS },
]);

const key = (e: CodedEvent) => `${e.source.code ?? `"${e.source.text.toUpperCase()}"`} ${e.target ? (e.target.code ?? `"${e.target.text.toUpperCase()}"`) : '---'} ${e.code}`;

function code(text: string, options: CoderOptions = {}, date = '2005-06-01') {
  const a = analyze(text);
  return codeDocument({ text, sentences: a.sentences, tokens: a.tokens, date, options }, dictionaries, null);
}

const triples = (text: string, options?: CoderOptions, date?: string) => code(text, options, date).events.map(key).sort();

// sentence, expected (source target code) triples, options, date
const POSITIVE: [string, string[], CoderOptions?, string?][] = [
  ['Velmora praised Castria on Monday.', ['VLM CST 051']],
  ['Castria was praised by Velmora.', ['VLM CST 051']],
  ['Castria was warmly praised yesterday by Velmora.', ['VLM CST 051']],
  ['The Velmoran foreign minister praised Ostrand.', ['VLMGOVFRM OST 051']],
  ["Castria's police arrested students from Ostrand.", ['CSTCOP OSTEDU 1711']],
  ['Velmora and Castria hailed Ostrand.', ['CST OST 051', 'VLM OST 051']],
  ['Velmora praised Castria, Ostrand and the Northern League.', ['VLM CST 051', 'VLM IGONRL 051', 'VLM OST 051']],
  ['Ministers of Velmora and Castria praised Ostrand.', ['CSTGOV OST 051', 'VLMGOV OST 051']],
  ['Velmora visited Castria last week.', ['CST VLM 043', 'VLM CST 042']],
  ['Velmora condemned Castria on Friday and praised Ostrand.', ['VLM CST 122', 'VLM OST 051']],
  ['Velmora, the old rival of Ostrand, praised Castria.', ['VLM CST 051']],
  ['Velmora severed economic ties with Castria.', ['VLM CST 163']],
  ['Velmora severed sporting ties with Castria.', ['VLM CST 163']],
  ['Velmora severed ties with Castria.', ['VLM CST 161']],
  ['Velmora cut off ties with Castria.', ['VLM CST 161']],
  ["Velmora didn't praise Castria.", ['VLM CST 052']],
  ['The Velmoran government issue condemned Castria.', ['VLMGOV CST 132']],
  ['A relief group from Castria praised Velmora.', ['NGOCST VLM 051']],
  ['Karel Toven praised Castria.', ['VLMGOV CST 051'], {}, '2005-06-01'],
  ['Karel Toven praised Castria.', ['VLMOPP CST 051'], {}, '2012-01-01'],
  ['The harbour towns praised Castria.', ['HBA CST 051', 'HBB CST 051']],
  ['Velmora and Castria met in Ostrand.', ['CST VLM 037', 'VLM CST 037']],
  ['Velmora praised the weather.', ['VLM --- 051'], { require_dyad: false }],
  ['The Harbour Guild praised Castria.', ['"THE HARBOUR GUILD" CST 051'], { new_actor_length: 3 }],
  ['Velmora praised Castria, a Velmoran minister said on Monday.', ['VLM CST 051']],
  ['The old quarrel of Castria and Ostrand: Velmora praised Ostrand.', ['VLM OST 051']],
  ['Velmora suggested Castria should concede.', ['VLM CST 081']],
  ['Velmora should praise Castria.', ['VLM CST 051']],
  ['In Ostrand, Velmora praised Castria.', ['VLM CST 051']],
  ['Ostrand was calm, with Velmora condemning Castria.', ['VLM CST 122']],
  ['After talks with Ostrand, Velmora praised Castria.', ['VLM CST 051']],
  ['Velmora praised Castria, a Velmoran minister said on Monday.', ['VLM CST 051', 'VLMGOV --- 023'].slice(0, 1), { require_dyad: false, comma_emax: 0 }],
];

// sentences that must give no event at all, and why
const NEGATIVE: [string, string, CoderOptions?][] = [
  ['Velmora did not condemn Castria.', 'negated verb without a pattern that codes the negation'],
  ['The praise for Castria was loud.', 'the verb word is a noun here'],
  ['Velmora praised the weather.', 'no target and require_dyad'],
  ['Velmora praised Castria at the cricket ground.', 'sentence discard'],
  ['The Harbour Guild praised Castria.', 'unknown source and no new actors'],
  ['Old Kingdom praised Castria.', 'actor code --- at the document date'],
  ['Velmorian troops praised Castria.', 'VELMORA_ does not stem-match'],
  ['Velmora was calm after the harbour guild condemned Castria.', 'a subordinate clause with an unknown subject does not borrow the main one'],
  ['Velmora was calm when they condemned Castria.', 'nor one with a pronoun subject'],
  ['Velmora stayed calm, with the harbour guild condemning Castria.', 'a participle takes the noun phrase before it as subject'],
];

describe('coder: events', () => {
  for (const [text, want, options, date] of POSITIVE) {
    it(`${text} ${options ? JSON.stringify(options) : ''}`, () => assert.deepEqual(triples(text, options, date), [...want].sort()));
  }
});

describe('coder: no events', () => {
  for (const [text, why, options] of NEGATIVE) it(`${text} (${why})`, () => assert.deepEqual(triples(text, options), []));
});

describe('coder: traps', () => {
  it('passive does not keep the subject as source', () => assert.ok(!triples('Castria was praised by Velmora.').includes('CST VLM 051')));
  it('appositive actor is not the target', () => assert.ok(!triples('Velmora, the old rival of Ostrand, praised Castria.').some((t) => t.includes('OST'))));
  it('no self-events in a compound', () => assert.ok(!triples('Velmora and Castria hailed Velmora.').includes('VLM VLM 051')));
  it('a story discard drops the whole document with an issue', () => {
    const r = code('Velmora praised Castria. A typhoon hit Ostrand.');
    assert.deepEqual(r.events, []);
    assert.equal(r.issues[0]?.code, 'discard');
  });
  it('a sentence discard drops only its sentence', () => {
    const r = code('Velmora praised Castria at the cricket ground. Ostrand praised Castria.');
    assert.deepEqual(r.events.map(key), ['OST CST 051']);
    assert.equal(r.issues[0]?.code, 'discard');
  });
});

describe('coder: provenance', () => {
  const text = 'Velmora severed economic ties with Castria.';
  const [e] = code(text).events;
  it('spans point at the words', () => {
    assert.equal(text.slice(e!.source.span!.start, e!.source.span!.end), 'Velmora');
    assert.equal(text.slice(e!.target!.span!.start, e!.target!.span!.end), 'Castria');
    assert.equal(text.slice(e!.verbSpan.start, e!.verbSpan.end), 'severed');
  });
  it('the pattern and its line', () => {
    assert.equal(e!.provenance.entry?.file, 'test.verbs.txt');
    assert.match(e!.provenance.entry!.text, /&TIETYPES TIES/);
    assert.equal(e!.sentence, 0);
  });
  it('the actor entry', () => assert.equal(e!.source.provenance.entry?.file, 'test.actors.txt'));
});

describe('coder: word order', () => {
  it('inverted speech: the subject after the verb is the source', () => assert.deepEqual(triples('"Castria is wrong," hailed Velmora.'), ['VLM CST 051']));
  it('a pronoun is not an actor', () => assert.deepEqual(triples('Velmora praised us.'), []));
});

describe('coder: mentions from the actor stage', () => {
  const mention = (text: string, word: string, actor: string, from = 0) => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, text: word, type: 'GPE' as const, entity: 0, actor, name: word, form: 'name' as const, provenance: { rule: 'test', confidence: 1 } };
  };
  it('a mention outranks the dictionary, a possessive pronoun does not name its phrase, a precise actor outranks a vague one', () => {
    const text = 'Velmoran envoy Tovan Rell praised his Castrian hosts.';
    const a = analyze(text);
    const mentions = [mention(text, 'Velmoran', 'VLM'), mention(text, 'Tovan Rell', 'VLMGOV'), { ...mention(text, 'his', 'VLMGOV'), form: 'pronoun' as const }];
    const r = codeDocument({ text, sentences: a.sentences, tokens: a.tokens, date: null, options: {}, mentions }, dictionaries, null);
    assert.deepEqual(r.events.map(key), ['VLMGOV CST 051']);
  });
});

describe('coder: constructions over two verbs', () => {
  it('a pattern of a later verb that reaches back over the first one wins', () => assert.deepEqual(triples('Velmora suggested Castria should concede.'), ['VLM CST 081']));
  it('else the first verb codes the clause', () => assert.deepEqual(triples('Velmora suggested Castria should stay.'), ['VLM CST 020']));
});
