// wink-nlp is loaded once per process: reading its model takes ~250 ms, analysing a sentence microseconds.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | null = null;

/** The shared wink-nlp instance with sentence splitting and POS tagging (no wink NER: we have our own). */
export function wink(): WinkNlp {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
