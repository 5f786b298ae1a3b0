// The names gazetteer indexes each name by its first run at construction and makes the spellings
// under a run when a text first holds it: what it finds must not depend on which texts came first.
// A first word that many names share has its list split by what follows the word; one that few
// share is read whole: the same names either way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from '../../src/entities/gazetteer.js';
import { analyze } from '../../src/language/analyze.js';
import type { Token } from '../../src/types.js';

interface Entry {
  readonly text: string;
  readonly id: string;
}

const ENTRIES: Entry[] = [
  { text: 'the West', id: 'west' },
  { text: 'the West Bank', id: 'bank' },
  { text: 'UN', id: 'un' },
  { text: 'Un', id: 'kim' },
  { text: 'São Tomé', id: 'stp' },
  { text: 'The Australian', id: 'paper' },
  { text: 'Australian', id: 'aus' },
  { text: 'West', id: 'west-2' },
];

/** Tokens split at spaces and before a final full stop; enough for these sentences. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[^\s.]+|\./g)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, pos: 'X', lemma: m[0].toLowerCase(), normal: m[0].toLowerCase(), spaceBefore: start > 0 && text[start - 1] === ' ' });
  }
  return out;
}

const found = (g: Gazetteer<Entry>, text: string) => g.match(text, tokens(text)).map((m) => `${text.slice(m.start, m.end)}=${m.entries.map((e) => e.id).join('+')}`);

// a name in capitals fits any spelling of it ("UN" is also Kim's "Un"); one in lower case fits none
const TEXTS = ['Troops left the West Bank.', 'The UN met Kim Jong Un in São Tomé.', 'The Australian said the West agreed.', 'An Australian spoke.', 'un and west.'];
const EXPECTED = [['West Bank=bank'], ['UN=un+kim', 'Un=kim', 'São Tomé=stp'], ['The Australian=paper', 'West=west+west-2'], ['Australian=aus'], []];

test('the longest name, case-checked, with every entry spelt that way', () => {
  const g = new Gazetteer(ENTRIES);
  assert.deepEqual(
    TEXTS.map((t) => found(g, t)),
    EXPECTED,
  );
});

test('the same matches whatever order the texts come in', () => {
  const g = new Gazetteer(ENTRIES);
  const reversed = [...TEXTS].reverse().map((t) => found(g, t));
  assert.deepEqual(reversed.reverse(), EXPECTED);
});

test('entries given as an iterable are indexed as an array would be', () => {
  const g = new Gazetteer(new Set(ENTRIES));
  assert.deepEqual(
    TEXTS.map((t) => found(g, t)),
    EXPECTED,
  );
});

const SURNAMES = ['Abbott', 'Baxter', 'Carver', 'Dalton', 'Easton', 'Fowler', 'Garner', 'Harlow', 'Ingram', 'Jarvis', 'Keller', 'Lawson', 'Mercer', 'Norris', 'Osborne', 'Porter', 'Quincy', 'Ramsey', 'Sutton', 'Thorne'];
/** More than enough names on "Bram" for its list to be split; "Bram K" and "Bram" are shorter than the split. */
const MANY = ['Bram', 'Bram K', ...SURNAMES.map((s) => `Bram ${s}`), 'Bram Porter Jr', 'Bram Núñez', 'the Bram Institute'];

function foundNames(names: readonly string[], text: string): string[] {
  const gazetteer = new Gazetteer(names.map((n) => ({ text: n })));
  const { tokens } = analyze(text);
  return gazetteer.match(text, tokens).map((m) => `${text.slice(m.start, m.end)}=${m.entries.map((e) => e.text).join('|')}`);
}

test('a first word many names share: the longest name that goes on as the text does', () => {
  const text = 'Bram Porter Jr met Bram Thorne, Bram K and BRAM NÚÑEZ at the Bram Institute; Bram left.';
  const want = ['Bram Porter Jr=Bram Porter Jr', 'Bram Thorne=Bram Thorne', 'Bram K=Bram K', 'BRAM NÚÑEZ=Bram Núñez', 'Bram Institute=the Bram Institute', 'Bram=Bram'];
  assert.deepEqual(foundNames(MANY, text), want);
  // the same text against only the names it holds: a list too short to split finds the same
  assert.deepEqual(foundNames(['Bram', 'Bram K', 'Bram Thorne', 'Bram Porter Jr', 'Bram Núñez', 'the Bram Institute'], text), want);
});

test('a first word many names share: no name that the text does not go on with, nor one in the wrong case', () => {
  // "bram thorne" is not written as the name is; "Bram Portly" and "Bram Kellerman" are only "Bram"
  // ("Bram Porter" and "Bram K" would end inside a word)
  assert.deepEqual(foundNames(MANY, 'Bram Portly and bram thorne came to Bram Kellerman.'), ['Bram=Bram', 'Bram=Bram']);
});
