// The gazetteer's longest match, with a first word that many names share (their list is split by
// what follows the word) and with one that few share (read whole): the same names either way.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Gazetteer } from '../../src/entities/gazetteer.js';
import { analyze } from '../../src/language/analyze.js';

const SURNAMES = ['Abbott', 'Baxter', 'Carver', 'Dalton', 'Easton', 'Fowler', 'Garner', 'Harlow', 'Ingram', 'Jarvis', 'Keller', 'Lawson', 'Mercer', 'Norris', 'Osborne', 'Porter', 'Quincy', 'Ramsey', 'Sutton', 'Thorne'];
/** More than enough names on "Bram" for its list to be split; "Bram K" and "Bram" are shorter than the split. */
const MANY = ['Bram', 'Bram K', ...SURNAMES.map((s) => `Bram ${s}`), 'Bram Porter Jr', 'Bram Núñez', 'the Bram Institute'];

function found(names: readonly string[], text: string): string[] {
  const gazetteer = new Gazetteer(names.map((n) => ({ text: n })));
  const { tokens } = analyze(text);
  return gazetteer.match(text, tokens).map((m) => `${text.slice(m.start, m.end)}=${m.entries.map((e) => e.text).join('|')}`);
}

test('a first word many names share: the longest name that goes on as the text does', () => {
  const text = 'Bram Porter Jr met Bram Thorne, Bram K and BRAM NÚÑEZ at the Bram Institute; Bram left.';
  const want = ['Bram Porter Jr=Bram Porter Jr', 'Bram Thorne=Bram Thorne', 'Bram K=Bram K', 'BRAM NÚÑEZ=Bram Núñez', 'Bram Institute=the Bram Institute', 'Bram=Bram'];
  assert.deepEqual(found(MANY, text), want);
  // the same text against only the names it holds: a list too short to split finds the same
  assert.deepEqual(found(['Bram', 'Bram K', 'Bram Thorne', 'Bram Porter Jr', 'Bram Núñez', 'the Bram Institute'], text), want);
});

test('a first word many names share: no name that the text does not go on with, nor one in the wrong case', () => {
  // "bram thorne" is not written as the name is; "Bram Portly" and "Bram Kellerman" are only "Bram"
  // ("Bram Porter" and "Bram K" would end inside a word)
  assert.deepEqual(found(MANY, 'Bram Portly and bram thorne came to Bram Kellerman.'), ['Bram=Bram', 'Bram=Bram']);
});
