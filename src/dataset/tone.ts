// GDELT's V2Tone of a document: the share of its words that carry positive and negative feeling, how
// many carry any (polarity), how many are about doing (activity) and how many are pronouns (self/group).
//
// Choices, since GDELT publishes its method but not its word lists:
// - Feeling comes from the AFINN-165 lexicon through the `sentiment` package (3,382 rated English
//   words; a word right after a negator such as "not" or "don't" counts with the opposite sign). A
//   word is counted once per occurrence, whatever its rating: GDELT's scores are percentages of words,
//   not sums of ratings.
// - Words, activity and pronouns come from wink-nlp, the tagger the pipeline already uses: the words
//   are its tokens with a letter (numbers, punctuation and symbols are not words), activity words are
//   those it tags VERB (auxiliaries excluded), and self/group references those it tags PRON. A coded
//   document hands in the tokens its language stage made, so the text is not tagged a second time
//   (that second reading was ~0.8 ms a document, half of what the store added to coding); text
//   without them (a document not in English, a bare string) is tagged here.
// - Every score is a percentage of the word count; a text without words scores 0 everywhere.
import { createRequire } from 'node:module';
import type Sentiment from 'sentiment';
import { wink } from '../language/wink.js';
import type { Token } from '../types.js';
import type { DocumentTone } from './types.js';

// required on first use: the thread that only writes records never loads the lexicon
const require = createRequire(import.meta.url);
let analyser: Sentiment | null = null;

const LETTER = /\p{L}/u;

function percent(count: number, words: number): number {
  return words === 0 ? 0 : (100 * count) / words;
}

/** The tone of `text`; `tokens` are its tokens with their tags when the pipeline has made them. */
export function documentTone(text: string, tokens: readonly Pick<Token, 'normal' | 'pos'>[] = []): DocumentTone {
  analyser ??= new (require('sentiment') as typeof Sentiment)();
  const feeling = analyser.analyze(text);
  let words = 0;
  let verbs = 0;
  let pronouns = 0;
  for (const { normal, pos } of tokens.length ? tokens : tagged(text)) {
    // wink types a token it has not seen before by how it first met it ("9999" glued to "talks." is a
    // word, alone a number) and keeps that type for the life of the process: a word is told by its
    // letters instead, so the count does not depend on the documents read before
    if (!LETTER.test(normal)) continue;
    words++;
    if (pos === 'VERB') verbs++;
    else if (pos === 'PRON') pronouns++;
  }
  const positive = percent(feeling.positive.length, words);
  const negative = percent(feeling.negative.length, words);
  return {
    tone: positive - negative,
    positive,
    negative,
    polarity: positive + negative,
    activity: percent(verbs, words),
    selfGroup: percent(pronouns, words),
    wordCount: words,
  };
}

/** The text's tokens and tags as wink gives them, for text the pipeline has not tagged. */
function tagged(text: string): { normal: string; pos: string }[] {
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  const tags = tokens.out(nlp.its.pos) as string[];
  return (tokens.out() as string[]).map((normal, i) => ({ normal, pos: tags[i] ?? 'X' }));
}
