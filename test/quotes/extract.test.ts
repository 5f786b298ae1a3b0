// Table-driven tests of the attribution rules on sentences written for these tests, and the negative
// table beside them: quotation marks that quote nobody.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partsText, quotesOf } from './helpers.js';

interface Expected {
  /** The content parts, joined with " | ". */
  readonly content: string;
  readonly speaker: string | null;
  readonly cue?: string;
  readonly direct?: boolean;
  readonly rule?: string;
  readonly via?: readonly string[];
}

const POSITIVE: readonly { readonly text: string; readonly quotes: readonly Expected[] }[] = [
  {
    text: '"We will keep the border open," the minister said.',
    quotes: [{ content: 'We will keep the border open', speaker: 'the minister', cue: 'say', direct: true, rule: 'quote/direct-cue-after' }],
  },
  {
    text: 'The minister said, "We will keep the border open."',
    quotes: [{ content: 'We will keep the border open.', speaker: 'The minister', direct: true, rule: 'quote/direct-cue-before' }],
  },
  {
    text: 'The minister added: “Nobody will be turned away.”',
    quotes: [{ content: 'Nobody will be turned away.', speaker: 'The minister', cue: 'add', direct: true }],
  },
  {
    text: '“We will,” she said, “keep the border open.”',
    quotes: [{ content: 'We will | keep the border open.', speaker: 'she', direct: true, rule: 'quote/direct-interrupted' }],
  },
  {
    text: '"Where is the money?" asked the senator from the coast.',
    quotes: [{ content: 'Where is the money?', speaker: 'the senator from the coast', cue: 'ask', rule: 'quote/direct-cue-inverted' }],
  },
  {
    text: "''The vote was fair,'' Mr. Lobo said. ''Nobody doubts it.''",
    quotes: [{ content: 'The vote was fair | Nobody doubts it.', speaker: 'Mr. Lobo', direct: true }],
  },
  {
    // a quotation over two paragraphs: the first is left open, the second reopens it
    text: 'The mayor wrote: "The bridge will close in May. Repairs take a year.\n\n"Ferries will run in the meantime."',
    quotes: [{ content: 'The bridge will close in May. Repairs take a year. | Ferries will run in the meantime.', speaker: 'The mayor', cue: 'write', direct: true }],
  },
  {
    // a paragraph that is only a quotation continues the one before it
    text: '"The bridge will close in May," the mayor said.\n\n"Ferries will run in the meantime."\n\nThe council meets on Monday.',
    quotes: [{ content: 'The bridge will close in May | Ferries will run in the meantime.', speaker: 'the mayor', direct: true }],
  },
  {
    // a sentence that is a connective and a quotation goes on with the quotation before it
    text: '"The bridge will close in May," the mayor said. Instead, "ferries will run in the meantime."',
    quotes: [{ content: 'The bridge will close in May | ferries will run in the meantime.', speaker: 'the mayor', direct: true }],
  },
  {
    // a sentence with words of its own outside the marks is no continuation
    text: '"The bridge will close in May," the mayor said. Instead, the council hired "a ferry."',
    quotes: [{ content: 'The bridge will close in May', speaker: 'the mayor', direct: true }],
  },
  {
    text: 'He went on to say, "Our doors remain open to everyone."',
    quotes: [{ content: 'Our doors remain open to everyone.', speaker: 'He', cue: 'say', direct: true }],
  },
  {
    text: 'He went onto say, “Our doors remain open.”',
    quotes: [{ content: 'Our doors remain open.', speaker: 'He', direct: true }],
  },
  {
    text: '"It is a sad day for the valley," his message said.',
    quotes: [{ content: 'It is a sad day for the valley', speaker: 'his message', direct: true }],
  },
  {
    text: 'The harbour agency published a note from the governor, which said, "Ships may dock again."',
    quotes: [{ content: 'Ships may dock again.', speaker: 'which', direct: true }],
  },
  {
    text: 'The agency reported on the summit, saying "the talks were useful."',
    quotes: [{ content: 'the talks were useful.', speaker: 'The agency', direct: true }],
  },
  {
    text: 'Ferreira said the council "will not bow to pressure" from the unions.',
    quotes: [{ content: 'the council "will not bow to pressure" from the unions', speaker: 'Ferreira', direct: false, rule: 'quote/indirect-said-that' }],
  },
  {
    text: 'Ferreira said that the council would meet again.',
    quotes: [{ content: 'the council would meet again', speaker: 'Ferreira', direct: false, rule: 'quote/indirect-said-that' }],
  },
  {
    text: 'Ferreira told reporters on Monday that the council would meet again.',
    quotes: [{ content: 'the council would meet again', speaker: 'Ferreira', cue: 'tell' }],
  },
  {
    text: 'The council will meet again on Friday, Ferreira said.',
    quotes: [{ content: 'The council will meet again on Friday', speaker: 'Ferreira', rule: 'quote/indirect-cue-after' }],
  },
  {
    text: 'The council, Ferreira said, will meet again.',
    quotes: [{ content: 'The council | will meet again', speaker: 'Ferreira', rule: 'quote/indirect-interrupted' }],
  },
  {
    text: 'The council will meet again, according to a senior official.',
    quotes: [{ content: 'The council will meet again', speaker: 'a senior official', cue: 'according to', rule: 'quote/according-to' }],
  },
  {
    text: 'According to the ministry, the talks collapsed overnight.',
    quotes: [{ content: 'the talks collapsed overnight', speaker: 'the ministry', cue: 'according to' }],
  },
  {
    text: '"The region needs calm," Lobo said, according to the Lusa news agency.',
    quotes: [{ content: 'The region needs calm', speaker: 'Lobo', cue: 'say', via: ['the Lusa news agency'] }],
  },
  {
    text: 'Local media reported that the capital "is ready for talks" with the rebels, citing a senior envoy.',
    quotes: [
      { content: 'the capital "is ready for talks" with the rebels', speaker: 'Local media', cue: 'report', via: ['a senior envoy'] },
      { content: 'a senior envoy', speaker: 'Local media', cue: 'cite' },
    ],
  },
  {
    text: 'Lobo said the capital "welcomes the steps taken by both sides," including the new ceasefire.',
    quotes: [{ content: 'the capital "welcomes the steps taken by both sides," including the new ceasefire', speaker: 'Lobo', direct: false }],
  },
  {
    text: 'Ana Lobo, a spokeswoman for the council, said the vote was postponed.',
    quotes: [{ content: 'the vote was postponed', speaker: 'Ana Lobo, a spokeswoman for the council,' }],
  },
  {
    text: 'The mayor, who said the budget was balanced, resigned on Friday.',
    quotes: [{ content: 'the budget was balanced', speaker: 'who', rule: 'quote/relative' }],
  },
  {
    text: 'Moscow said it would respond in kind.',
    quotes: [{ content: 'it would respond in kind', speaker: 'Moscow' }],
  },
  {
    text: 'He warned that prices would rise.',
    quotes: [{ content: 'prices would rise', speaker: 'He', cue: 'warn' }],
  },
  {
    // attributions do not nest: what the mayor believes is part of what the aide said
    text: 'The aide said the mayor believes the plan will fail.',
    quotes: [{ content: 'the mayor believes the plan will fail', speaker: 'The aide', cue: 'say' }],
  },
  {
    text: '"He told me, \'Leave now,\' and I left," Lobo said.',
    quotes: [{ content: "He told me, 'Leave now,' and I left", speaker: 'Lobo', direct: true }],
  },
  {
    text: 'Most farmers in the valley believe the drought will last.',
    quotes: [{ content: 'the drought will last', speaker: 'Most farmers in the valley', cue: 'believe' }],
  },
  {
    text: 'The governor vowed to rebuild the bridge.',
    quotes: [{ content: 'to rebuild the bridge', speaker: 'The governor', cue: 'vow', rule: 'quote/indirect-infinitive' }],
  },
  {
    text: 'Lobo criticized the new tariffs.',
    quotes: [{ content: 'the new tariffs', speaker: 'Lobo', cue: 'criticize', rule: 'quote/indirect-object' }],
  },
  {
    text: 'The minister said the port would reopen, adding that fees would stay the same.',
    quotes: [
      { content: 'the port would reopen', speaker: 'The minister', cue: 'say' },
      { content: 'fees would stay the same', speaker: 'The minister', cue: 'add', rule: 'quote/participle' },
    ],
  },
  {
    text: "''A fair vote,'' said Mr. Lobo, a councillor.",
    quotes: [{ content: 'A fair vote', speaker: 'Mr. Lobo, a councillor', direct: true, rule: 'quote/direct-cue-inverted' }],
  },
  {
    text: '"Who pays for this?" she asked. The council did not answer.',
    quotes: [{ content: 'Who pays for this?', speaker: 'she', cue: 'ask', direct: true }],
  },
  {
    text: 'After saying the port would reopen, the minister left for the capital.',
    quotes: [{ content: 'the port would reopen', speaker: 'the minister', cue: 'say', rule: 'quote/participle' }],
  },
  {
    text: 'Lobo and Sato both denounced the new tariffs.',
    quotes: [{ content: 'the new tariffs', speaker: 'Lobo and Sato', cue: 'denounce' }],
  },
  {
    text: 'The mayor on Tuesday announced that the bridge would reopen.',
    quotes: [{ content: 'the bridge would reopen', speaker: 'The mayor', cue: 'announce' }],
  },
  {
    text: 'Ana Lobo, speaking to reporters in the capital, said the vote was fair.',
    quotes: [{ content: 'the vote was fair', speaker: 'Ana Lobo' }],
  },
  {
    text: 'Marta Ruiz, a teacher from Braga, Portugal, said the strike would go on.',
    quotes: [{ content: 'the strike would go on', speaker: 'Marta Ruiz, a teacher from Braga, Portugal,' }],
  },
  {
    text: 'Rep. Ana Lobo (D-N.Y.) said the bill would pass.',
    quotes: [{ content: 'the bill would pass', speaker: 'Rep. Ana Lobo (D-N.Y.)' }],
  },
  {
    text: 'According to early results of a survey of farmers taken in the north of the country last week, most want the subsidy kept.',
    quotes: [{ content: 'most want the subsidy kept', speaker: 'early results of a survey of farmers taken in the north of the country last week', cue: 'according to' }],
  },
  {
    text: 'Lobo: The strike will go on until Friday.',
    quotes: [{ content: 'The strike will go on until Friday', speaker: 'Lobo', cue: ':', rule: 'quote/headline-colon' }],
  },
  {
    text: 'The unions are critical of the new law.',
    quotes: [{ content: 'the new law', speaker: 'The unions', cue: 'critical of' }],
  },
  {
    // a clause with its own subject and cue ends the content before it
    text: 'Asked about the strike, Lobo said the port would reopen, Sato said it would not.',
    quotes: [
      { content: 'the port would reopen', speaker: 'Lobo' },
      { content: 'it would not', speaker: 'Sato' },
    ],
  },
];

const NEGATIVE: readonly { readonly text: string; readonly why: string }[] = [
  { text: 'The so-called "peace process" has stalled again.', why: 'scare quotes after so-called' },
  { text: 'The film "Casablanca" was shown in the square.', why: 'the title of a work' },
  { text: 'The word "dyad" means a pair of things.', why: 'a word quoted in a definition' },
  { text: 'The boxer, nicknamed "The Hammer," retired last year.', why: 'a nickname' },
  { text: 'A single word, "closed", was painted on the gate.', why: 'a single quoted word' },
  { text: 'The band played "Tell Me Why" twice.', why: 'a cue word inside a title' },
  { text: 'He said nothing.', why: 'a cue without content' },
  { text: 'Needless to say, the ferry was late.', why: 'a fixed phrase' },
  { text: 'The statement was read out at noon.', why: 'a message noun without a source' },
  { text: 'Who said the ferry was late?', why: 'a question word is no source' },
  { text: 'The minister was told that the port had closed.', why: 'a passive cue: the subject is the hearer' },
  { text: 'He is expected to resign.', why: 'a passive belief verb' },
  { text: 'Everyone at the market knows the price of bread.', why: 'a belief verb without a clause' },
];

describe('quotes: attribution rules', () => {
  for (const row of POSITIVE) {
    it(row.text.replace(/\n+/g, ' ¶ '), () => {
      const quotes = quotesOf(row.text);
      const got = quotes.map((q) => ({ content: partsText(row.text, q), speaker: q.speaker?.text ?? null }));
      assert.deepEqual(
        got,
        row.quotes.map((e) => ({ content: e.content, speaker: e.speaker })),
      );
      row.quotes.forEach((e, k) => {
        const q = quotes[k]!;
        if (e.cue !== undefined) assert.equal(q.cue, e.cue);
        if (e.direct !== undefined) assert.equal(q.direct, e.direct);
        if (e.rule !== undefined) assert.equal(q.provenance.rule, e.rule);
        if (e.via !== undefined)
          assert.deepEqual(
            q.via.map((v) => v.text),
            e.via,
          );
        assert.equal(q.text, row.text.slice(q.start, q.end));
        assert.ok(q.provenance.confidence > 0 && q.provenance.confidence <= 1);
      });
    });
  }
});

describe('quotes: negative table', () => {
  for (const row of NEGATIVE) {
    it(`${row.why}: ${row.text}`, () =>
      assert.deepEqual(
        quotesOf(row.text).map((q) => q.text),
        [],
      ));
  }
});
