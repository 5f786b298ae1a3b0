// The word view of a sentence the coder works on: one entry per token, except that a token written
// with underscores ("Dol_Amroth") counts as its parts, as dictionary phrases do, and hyphenated
// pieces the tokenizer split ("Barad - dur", "anti -") are one word again, as dictionaries write them.
import type { Sentence, Token } from '../types.js';

export interface Word {
  /** Upper-case surface form (PETRARCH dictionaries are upper case). */
  readonly text: string;
  /** The word as written. */
  readonly surface: string;
  /** Lower-case lemma (our own patterns are written in lemmas); retag() corrects it with the tag. */
  lemma: string;
  /** Lower-case surface form (our patterns may name a plural: "talks"). */
  readonly lower: string;
  pos: string;
  readonly start: number;
  readonly end: number;
}

export function sentenceWords(text: string, tokens: readonly Token[], sentence: Sentence): Word[] {
  const words: Word[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const tok = tokens[t]!;
    const surface = text.slice(tok.start, tok.end);
    if (surface.charCodeAt(0) === 95 && /^_+$/.test(surface)) continue; // '_' joiner
    const prev = words[words.length - 1];
    const glued = prev !== undefined && prev.end === tok.start;
    if (glued && (surface === '-' || prev.surface.endsWith('-'))) {
      const joined = text.slice(prev.start, tok.end);
      words[words.length - 1] = word(joined, joined.toLowerCase(), surface === '-' ? prev.pos : tok.pos, prev.start, tok.end);
      continue;
    }
    if (surface.length > 1 && surface.includes('_')) {
      let at = tok.start;
      for (const part of surface.split('_')) {
        if (part) words.push(word(part, part.toLowerCase(), tok.pos, at, at + part.length));
        at += part.length + 1;
      }
    } else {
      const normal = straight(tok.normal);
      words.push({ text: normal.toUpperCase(), surface, lemma: straight(tok.lemma), lower: normal, pos: tok.pos, start: tok.start, end: tok.end });
    }
  }
  return words;
}

/** "doesn’t" is written with a typographic apostrophe as often as with a straight one; dictionaries and patterns use the straight one. */
function straight(form: string): string {
  return form.replace(/\u2019/g, "'");
}

function word(surface: string, lemma: string, pos: string, start: number, end: number): Word {
  const normal = straight(surface);
  return { text: normal.toUpperCase(), surface, lemma: straight(lemma).toLowerCase(), lower: normal.toLowerCase(), pos, start, end };
}
