// "he" and "she" agree with the person they refer to (kb/genders.tsv, src/entities/gender.ts), on
// sentences we wrote. Each row: the text, the pronoun as written (its first occurrence), and the
// canonical name it must stand for, or null where it must stand for no one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mentions } from './expect.js';

type Row = [text: string, pronoun: string, name: string | null];

const AGREES: Row[] = [
  // a form of address says the gender of a name the lists do not know
  ['Ms. Varga met Tomas Okonkwo in Lagos. Varga praised the deal. He rejected it on Tuesday.', 'He', 'Tomas Okonkwo'],
  ['Carmen Delgado met Mr. Whitfield in Ohio. Whitfield praised the deal. She rejected it on Tuesday.', 'She', 'Delgado'],
  ['Congresswoman Delgado met Tomas Okonkwo in Lagos. Delgado praised the deal. He rejected it on Tuesday.', 'He', 'Tomas Okonkwo'],
  // a given name says it; the last subject gives way to the person of the pronoun's gender
  ['Hillary Clinton invited Donald Trump to the debate. Clinton criticized the format. He accepted the invitation.', 'He', 'Donald Trump'],
  ['Donald Trump invited Hillary Clinton to the debate. Trump criticized the format. She accepted the invitation.', 'She', 'Hillary Clinton'],
  // a known person whose given name does not say it has a line of their own
  ['Park Geun-hye met Kim Jong Un on Monday. Park praised the deal. He rejected it on Tuesday.', 'He', 'Kim Jong Un'],
  // the nearest person gives way too, for an object or a possessive
  ['Jane Roe met the judge after John Doe was arrested. Prosecutors questioned her client on Monday.', 'her', 'Roe'],
  ['John Doe was arrested on Friday. Jane Roe said on Monday that his lawyers would appeal.', 'his', 'John Doe'],
  // a quoted "she" spoken of by a man is the woman named before, not a nearer man
  ['Nancy Pelosi spoke in Ohio on Monday. Paul Ryan was there. “She is wrong about the budget,” Mike Pence said.', 'She', 'Nancy Pelosi'],
];

const STAYS_OPEN: Row[] = [
  // no gender known: the pronoun takes the last subject, as before
  ['Okonkwo met Varga in Lagos. She rejected the deal on Tuesday.', 'She', 'Varga'],
  // no one of the pronoun's gender was named: the pronoun is no one
  ['Emmanuel Macron met Olaf Scholz on Monday. She condemned Russia on Tuesday.', 'She', null],
  ['Angela Merkel met Ms. Varga on Monday. He condemned Russia on Tuesday.', 'He', null],
  // a given name that opens no name of two words says nothing ("Donald" alone may be a surname)
  ['Peter Donald met Ms. Varga on Monday. Donald said he was glad.', 'he', 'Peter Donald'],
];

async function check(rows: readonly Row[]): Promise<void> {
  for (const [text, word, name] of rows) {
    const pronoun = (await mentions(text, '2016-05-01')).find((m) => m.form === 'pronoun' && m.text === word);
    assert.equal(pronoun?.name ?? null, name, `${text}: "${word}"`);
  }
}

test('a pronoun takes the person of its gender', () => check(AGREES));
test('a pronoun with no gender evidence against anyone reads as before', () => check(STAYS_OPEN));
