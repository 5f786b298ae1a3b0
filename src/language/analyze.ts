// Sentences and tokens with offsets into the article text.
//
// wink-nlp gives token strings but no character offsets, so each token is found again in the text
// from a moving cursor. Text is analysed one line at a time: in a clean article a line is a paragraph
// (or, in one-sentence-per-line corpora, a sentence), and no sentence should run across a line break.
import type { Sentence, Token } from '../types.js';
import { LEMMA_FIXES } from './lemma-fixes.js';
import { wink } from './wink.js';

export interface Analysis {
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

const LINE = /[^\n]+/g;

export function analyze(text: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let paragraph = -1;
  for (const line of text.matchAll(LINE)) {
    const lineStart = line.index ?? 0;
    if (!line[0].trim()) continue;
    // a blank line, or any line break in text without blank lines, starts a new paragraph
    paragraph += 1;
    const doc = nlp.readDoc(line[0]);
    const all = doc.tokens();
    const values = all.out() as string[];
    const pos = all.out(its.pos) as string[];
    // wink's type declarations give its.lemma the wrong signature; at run time it is a token its-function
    const lemma = all.out(its.lemma as unknown as typeof its.pos) as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const first = tokens.length;
    // wink token index -> our token index, or -1 when not found in the text (sized once: no growing)
    const located = new Int32Array(values.length);
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      const at = line[0].indexOf(value, cursor);
      if (at < 0 || !value.trim()) {
        located[i] = -1;
        continue;
      }
      cursor = at + value.length;
      located[i] = tokens.length;
      const normal = value.toLowerCase();
      tokens.push({
        start: lineStart + at,
        end: lineStart + cursor,
        pos: pos[i] ?? 'X',
        lemma: LEMMA_FIXES.get(normal) ?? lemma[i] ?? normal,
        normal,
        spaceBefore: (spaces[i] ?? '').length > 0,
      });
    }
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    const lineSentences = sentences.length;
    for (const [from, to] of spans) {
      // the sentence's first and last tokens found in the text
      let tokenStart: number | undefined;
      let tokenLast: number | undefined;
      for (let k = from; k <= to && k < located.length; k++) {
        if (located[k]! < 0) continue;
        tokenStart ??= located[k]!;
        tokenLast = located[k]!;
      }
      if (tokenStart === undefined || tokenLast === undefined) continue;
      const previous = sentences.length > lineSentences ? sentences[sentences.length - 1]! : null;
      if (previous && continues(line[0], lineStart, previous, tokens[tokenStart]!)) {
        sentences[sentences.length - 1] = { ...previous, end: tokens[tokenLast]!.end, tokenEnd: tokenLast + 1 };
        continue;
      }
      sentences.push({
        index: sentences.length,
        start: tokens[tokenStart]!.start,
        end: tokens[tokenLast]!.end,
        tokenStart,
        tokenEnd: tokenLast + 1,
        paragraph,
      });
    }
    // tokens wink left out of every sentence (rare) still belong to the line's last sentence
    const lastSentence = sentences[sentences.length - 1];
    if (lastSentence && tokens.length > first && lastSentence.tokenEnd < tokens.length) {
      sentences[sentences.length - 1] = { ...lastSentence, tokenEnd: tokens.length, end: tokens[tokens.length - 1]!.end };
    }
  }
  return { sentences, tokens };
}

/** A word of small letters only: "on", not "iPhone". */
const SMALL_WORD = /^\p{Ll}+$/u;

/**
 * Whether wink ended a sentence where none ends: inside brackets ("Rep. Ann Roe (D-N." | "Y.) said"),
 * or before a word in small letters, which opens no sentence ("Sen. Jo Doe (I-Vt.)" | "on Monday
 * criticized"; "“We will stay.”" | "he said").
 */
function continues(line: string, lineStart: number, previous: Sentence, next: Token): boolean {
  const written = line.slice(previous.start - lineStart, previous.end - lineStart);
  const open = written.split('(').length - written.split(')').length;
  return open > 0 || SMALL_WORD.test(line.slice(next.start - lineStart, next.end - lineStart));
}
