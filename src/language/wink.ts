// wink-nlp is loaded once per process: reading its model takes ~250 ms, analysing a sentence microseconds.
// The model is required on first use, not imported: a thread that only writes records (the command
// line's main thread, whose record shapes reach this file) never pays for it.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';

export type WinkNlp = ReturnType<typeof winkNLP>;

const require = createRequire(import.meta.url);
let instance: WinkNlp | null = null;

/** The shared wink-nlp instance with sentence splitting and POS tagging (no wink NER: we have our own). */
export function wink(): WinkNlp {
  if (!instance) {
    const make = require('wink-nlp') as typeof winkNLP;
    instance = make(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos']);
  }
  return instance;
}
