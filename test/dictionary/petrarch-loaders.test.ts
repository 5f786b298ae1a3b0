import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readActors } from '../../src/dictionary/petrarch/actors.js';
import { readAgents } from '../../src/dictionary/petrarch/agents.js';
import { compilePetrarchFiles } from '../../src/dictionary/petrarch/compile.js';
import { readDiscards } from '../../src/dictionary/petrarch/discards.js';
import { parseVerbCode } from '../../src/dictionary/petrarch/verbs.js';
import { codesAt } from '../../src/coder/phrases.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from './fixtures.js';

const compiled = compilePetrarchFiles([
  { file: 'test.actors.txt', kind: 'actors', content: ACTORS },
  { file: 'test.agents.txt', kind: 'agents', content: AGENTS },
  { file: 'test.verbs.txt', kind: 'verbs', content: VERBS },
  { file: 'test.discards.txt', kind: 'discards', content: DISCARDS },
]);

describe('actor dictionary', () => {
  const { blocks, phrases, issues } = readActors(ACTORS, 'a.txt');
  const find = (phrase: string) => {
    const p = phrases.find((e) => e.phrase === phrase);
    return p ? blocks[p.block] : undefined;
  };
  const cases: [string, string, string[]][] = [
    ['synonym shares the block code', 'VELMORAN', ['VLM']],
    ['no-stem underscore is dropped', 'VELMORA', ['VLM']],
    ['multi-word phrase', 'THE NORTHERN LEAGUE', ['IGONRL']],
    ['slash gives several actors', 'HARBOUR TOWNS', ['HBA', 'HBB']],
  ];
  for (const [name, phrase, codes] of cases) {
    it(name, () => assert.deepEqual(codesAt(find(phrase)!.codes, null), codes));
  }
  const dated: [string, number, string[]][] = [
    ['inside a range', 20050601, ['VLMGOV']],
    ['after a date', 20100101, ['VLMOPP']],
    ['outside every range and no default', 19990101, []],
  ];
  for (const [name, date, codes] of dated) {
    it(`dated code: ${name}`, () => assert.deepEqual(codesAt(find('KAREL TOVEN')!.codes, date), codes));
  }
  it('a --- default means no actor', () => {
    assert.deepEqual(codesAt(find('OLD KINGDOM')!.codes, 19800101), ['OLK']);
    assert.deepEqual(codesAt(find('OLD KINGDOM')!.codes, 20000101), []);
  });
  it('malformed lines are issues with file and line, and the rest loads', () => {
    assert.deepEqual(
      issues.map((i) => [i.code, i.file, i.line]),
      [
        ['malformed-line', 'a.txt', 2],
        ['malformed-code', 'a.txt', 22],
        ['actor-no-code', 'a.txt', 22],
        ['actor-no-code', 'a.txt', 23],
      ],
    );
    assert.equal(phrases.length, 10);
  });
});

describe('agent dictionary', () => {
  const { entries, issues } = readAgents(AGENTS, 'g.txt');
  const find = (phrase: string) => entries.find((e) => e.words.join(' ') === phrase);
  const cases: [string, string, string | null, 'suffix' | 'prefix' | null][] = [
    ['suffix agent', 'FOREIGN MINISTER', 'GOVFRM', 'suffix'],
    ['regular plural generated', 'FOREIGN MINISTERS', 'GOVFRM', 'suffix'],
    ['{} turns plurals off', 'POLICES', null, null],
    ['prefix agent', 'RELIEF GROUP', 'NGO', 'prefix'],
    ['substitution set', 'HARBOURWOMEN', 'LAB', 'suffix'],
    ['explicit plural', 'GEESE', 'GSE', 'suffix'],
    ['no generated plural beside an explicit one', 'GOOSES', null, null],
  ];
  for (const [name, phrase, code, position] of cases) {
    it(name, () => {
      const e = find(phrase);
      assert.equal(e?.code ?? null, code);
      assert.equal(e?.position ?? null, position);
    });
  }
  it('malformed line is an issue', () =>
    assert.deepEqual(
      issues.map((i) => [i.file, i.line]),
      [['g.txt', 10]],
    ));
});

describe('discard dictionary', () => {
  const { entries } = readDiscards(DISCARDS, 'd.txt');
  it('story and sentence discards', () =>
    assert.deepEqual(
      entries.map((e) => [e.words.join(' '), e.story]),
      [
        ['CRICKET', false],
        ['TYPHOON', true],
      ],
    ));
});

describe('verb dictionary', () => {
  const verbs = compiled.verbs;
  const block = (name: string) => {
    for (let id = 0; id < verbs.blocks.length; id++) if (verbs.blocks.get(id).name === name) return verbs.blocks.get(id);
    throw new Error(`no block ${name}`);
  };
  const formsOf = (word: string) => (verbs.formIndex.get(word) ?? []).map((id) => verbs.forms.get(id));
  it('regular forms are generated', () => assert.ok(formsOf('PRAISED').length > 0 && formsOf('PRAISING').length > 0));
  it('irregular forms from braces', () => assert.equal(verbs.blocks.get(formsOf('MET')[0]!.block).name, 'MEET'));
  it('phrasal verb with its explicit forms', () => {
    const cut = formsOf('CUTTING').find((f) => f.words.length === 2)!;
    assert.deepEqual([cut.words, cut.head], [['CUTTING', 'OFF'], 0]);
  });
  it('paired code', () => assert.deepEqual([block('VISIT').code, block('VISIT').reverse], ['042', '043']));
  it('nested synonym sets expand', () => {
    const p = block('SEVER').patterns[0]!;
    const set = p.after[0]!;
    assert.equal(set.kind, 'word');
    assert.deepEqual(set.kind === 'word' ? set.alts : [], [['ECONOMIC'], ['CULTURAL'], ['SPORTING']]);
  });
  it('multi-word synonym members', () => {
    const p = block('PRAISE').patterns[0]!;
    assert.deepEqual(p.before[0]!.kind === 'word' ? p.before[0]!.alts : [], [
      ['DID', "N'T"],
      ['WILL', 'NOT'],
    ]);
  });
  it('transformations are kept', () => assert.equal(verbs.transformations.length, 1));
  it('malformed patterns and verbs are issues, the block still loads', () => {
    const mine = compiled.issues.filter((i) => i.file === 'test.verbs.txt').map((i) => [i.code, i.line]);
    assert.deepEqual(mine, [
      ['malformed-pattern', 42],
      ['malformed-line', 43],
      ['unknown-synset', 41],
    ]);
    assert.ok(block('BROKEN'));
  });
  const codes: [string, unknown][] = [
    ['064', { code: '064', reverse: null }],
    ['032:033', { code: '032', reverse: '033' }],
    ['---', { code: null, reverse: null }],
    [':173', { code: null, reverse: '173' }],
    ['+++', 'disabled'],
    ['12x!', undefined],
  ];
  for (const [text, want] of codes) it(`code ${text}`, () => assert.deepEqual(parseVerbCode(text), want));
});
