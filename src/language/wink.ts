// wink-nlp is loaded once per process: reading its model takes ~200 ms of CPU (~290 before
// wink-model.ts), analysing a sentence microseconds. The model is required on first use, not
// imported: a thread that only writes records never pays for it.
//
// wink's tokenizer asks its lexicon whether a string is a word before splitting it, and every word it
// has met that the model does not know is added to that lexicon for the rest of the process: once
// "Clinton's." was read, "Clinton's" stays one token in every later document. A document's tokens then
// depended on the documents read before it (on thread scheduling, on where a resume starts). The
// lexicon's look-up is wrapped so that a word the process learned counts as unknown, as it does the
// first time: each document is split as if it were the first. This reaches into wink's internals
// (dd-wrapper.js), so package.json pins wink-nlp to one exact version; test/language/history.test.ts
// fails if an upgrade moves them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type winkNLP from 'wink-nlp';
import { taggerModel, type Lexemes } from './wink-model.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

const require = createRequire(import.meta.url);
/**
 * Words learned (see above) before the instance is made afresh from the model files. Learned words
 * never leave wink's lexicon, so a worker reading news for days, with its endless names and numbers,
 * would grow without end; remade, it forgets them, and since a learned word already counts as unknown
 * no token changes. 100,000 entries (a capitalised word makes two: as written and in small letters) are
 * some 20 MB and take thousands of documents to learn; a remake costs the model's reading (~200 ms of CPU).
 */
export const MAX_LEARNED_WORDS = 100_000;
let instance: WinkNlp | null = null;
/** The model's lexicon, shared with wink's cache: read by the per-document wrapper. */
let lexemes: Lexemes | null = null;

/** The per-document wrapper wink's tokenizer asks (dd-wrapper.js). */
interface DocData {
  isLexeme(text: string): unknown;
  _addTokenIfInCache(text: string, precedingSpaces: unknown, nbsp: unknown): unknown;
}
type DocDataFactory = (data: unknown) => DocData;

/** The shared wink-nlp instance with sentence splitting and POS tagging (no wink NER: we have our own). */
export function wink(): WinkNlp {
  if (lexemes && lexemes.learned() > MAX_LEARNED_WORDS) instance = null;
  if (!instance) {
    forgetLearnedWords();
    const make = require('wink-nlp') as typeof winkNLP;
    const tagger = taggerModel();
    instance = make(tagger.model, ['sbd', 'pos']);
    lexemes = tagger.lexemes();
  }
  return instance;
}

/** Words the current instance has learned (for the tests of its bound). */
export function learnedWords(): number {
  return lexemes?.learned() ?? 0;
}

/**
 * Replaces wink's per-document wrapper, before wink-nlp itself is loaded, by one whose tokenizer
 * questions take a learned word for an unknown one. The lexicon itself is left alone: the model's
 * features look learned words up there.
 */
function forgetLearnedWords(): void {
  const path = join(dirname(require.resolve('wink-nlp')), 'dd-wrapper.js');
  const original = require(path) as DocDataFactory;
  const loaded = require.cache[path];
  if (!loaded || (original as { wrapped?: boolean }).wrapped) return;
  const factory: DocDataFactory = (data) => {
    const doc = original(data);
    const { hash, intrinsic } = lexemes!;
    // a learned word has an index at or past the model's own lexicon (a contraction is the model's own):
    // read from the lexicon itself, as wink's lookup would, without the array that lookup returns
    const learned = (text: string) => (hash[text] ?? -1) >= intrinsic;
    const { isLexeme, _addTokenIfInCache: addIfKnown } = doc;
    // wink's answer is [index] for a word of the lexicon or one learned, [expansions...] for a
    // contraction: a learned word is read from that answer, not by a second look-up
    doc.isLexeme = (text) => {
      const found = isLexeme(text) as number[] | null;
      return found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
    };
    // 0 is wink's UNK: "not added", so the tokenizer goes on splitting as it would the first time
    // (wink passes three arguments everywhere: named, they cost no array per token)
    doc._addTokenIfInCache = (text, precedingSpaces, nbsp) => (learned(text) ? 0 : addIfKnown(text, precedingSpaces, nbsp));
    return doc;
  };
  (factory as { wrapped?: boolean }).wrapped = true;
  loaded.exports = factory;
}
