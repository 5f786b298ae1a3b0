// Speakers resolved through hand-made mentions (the NER and the actor resolver are built elsewhere).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/types.js';
import { mention, quotesOf } from './helpers.js';

type M = readonly [words: string, type: EntityType, entity: number, name: string, actor: string | null];

const ROWS: readonly { readonly why: string; readonly text: string; readonly mentions: readonly M[]; readonly speaker: readonly [text: string, name: string, entity: number | null, actor: string | null]; readonly via?: readonly string[] }[] = [
  {
    why: 'a name inside a longer phrase',
    text: 'Foreign Minister Ana Lobo said the border would stay open.',
    mentions: [['Ana Lobo', 'PERSON', 1, 'Ana Maria Lobo', 'XYZGOV']],
    speaker: ['Foreign Minister Ana Lobo', 'Ana Maria Lobo', 1, 'XYZGOV'],
  },
  {
    why: 'the head of an appositive phrase, not the organisation in it',
    text: 'Ana Lobo, a spokeswoman for the council, said the vote was postponed.',
    mentions: [
      ['Ana Lobo', 'PERSON', 1, 'Ana Lobo', null],
      ['the council', 'ORG', 2, 'City Council', 'XYZGOV'],
    ],
    speaker: ['Ana Lobo, a spokeswoman for the council,', 'Ana Lobo', 1, null],
  },
  {
    why: 'a description that spans the phrase, not the place named inside it',
    text: 'The former Lakeside mayor said the bridge would close.',
    mentions: [
      ['The former Lakeside mayor', 'PERSON', 5, 'Ana Lobo', 'XYZELI'],
      ['Lakeside', 'GPE', 6, 'Lakeside', null],
    ],
    speaker: ['The former Lakeside mayor', 'Ana Lobo', 5, 'XYZELI'],
  },
  {
    why: 'a pronoun without a mention takes the person before it',
    text: 'Kim Sato arrived late. He said the talks had failed.',
    mentions: [['Kim Sato', 'PERSON', 3, 'Kim Sato', 'ABCGOV']],
    speaker: ['He', 'Kim Sato', 3, 'ABCGOV'],
  },
  {
    why: '"it" takes the organisation before it',
    text: 'The Harbour Authority met Kim Sato. It said the port would reopen.',
    mentions: [
      ['Harbour Authority', 'ORG', 4, 'Harbour Authority', 'ABCBUS'],
      ['Kim Sato', 'PERSON', 3, 'Kim Sato', null],
    ],
    speaker: ['It', 'Harbour Authority', 4, 'ABCBUS'],
  },
  {
    why: 'a possessive with a message noun stands for the author',
    text: 'Kim Sato wrote to the council. "We will help," his message said.',
    mentions: [
      ['Kim Sato', 'PERSON', 3, 'Kim Sato', 'ABCGOV'],
      ['the council', 'ORG', 2, 'City Council', null],
    ],
    speaker: ['his message', 'Kim Sato', 3, 'ABCGOV'],
  },
  {
    why: 'a relative pronoun after a message from someone',
    text: 'The state agency printed a letter from Kim Sato, which said, "We are ready."',
    mentions: [
      ['state agency', 'ORG', 5, 'State Agency', 'ABCMED'],
      ['Kim Sato', 'PERSON', 3, 'Kim Sato', 'ABCGOV'],
    ],
    speaker: ['which', 'Kim Sato', 3, 'ABCGOV'],
  },
  {
    why: 'a capital for its government',
    text: 'Moscow said it would respond in kind.',
    mentions: [['Moscow', 'GPE', 6, 'Russia', 'RUSGOV']],
    speaker: ['Moscow', 'Russia', 6, 'RUSGOV'],
  },
  {
    why: 'no mentions: the phrase is the name',
    text: 'A senior official said the plan was dead.',
    mentions: [],
    speaker: ['A senior official', 'A senior official', null, null],
  },
  {
    why: 'the speaker and the agency the words came through',
    text: '"The region needs calm," Lobo said, according to the Lusa news agency.',
    mentions: [
      ['Lobo', 'PERSON', 1, 'Ana Lobo', null],
      ['Lusa', 'ORG', 7, 'Lusa', 'PRTMED'],
    ],
    speaker: ['Lobo', 'Ana Lobo', 1, null],
    via: ['Lusa'],
  },
  {
    why: 'the owner of critics or rivals is not the speaker; the owner of a spokesman is',
    text: "Lobo's critics said the vote was rigged.",
    mentions: [['Lobo', 'PERSON', 1, 'Ana Lobo', 'XYZGOV']],
    speaker: ["Lobo's critics", "Lobo's critics", null, null],
  },
  {
    why: 'the owner of a spokesman speaks through him',
    text: "Lobo's spokesman said the vote was fair.",
    mentions: [['Lobo', 'PERSON', 1, 'Ana Lobo', 'XYZGOV']],
    speaker: ["Lobo's spokesman", 'Ana Lobo', 1, 'XYZGOV'],
  },
];

describe('quotes: speakers through mentions', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const mentions = row.mentions.map(([w, type, entity, name, actor]) => mention(row.text, w, type, entity, name, actor));
      const [q] = quotesOf(row.text, mentions);
      assert.ok(q?.speaker, 'a quote with a speaker');
      const s = q.speaker;
      assert.deepEqual([s.text, s.name, s.entity, s.actor], row.speaker);
      assert.equal(row.text.slice(s.start, s.end), s.text);
      if (row.via)
        assert.deepEqual(
          q.via.map((v) => v.name),
          row.via,
        );
    });
  }
});
