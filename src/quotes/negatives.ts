// Uses of a cue word that attribute nothing, as data: the words right before the cue that rule it out.
import type { Context } from './context.js';

/** Word sequences (lower case) that, standing right before a cue word, make it no cue. */
const NOT_BEFORE: readonly (readonly string[])[] = [
  ['so', '-'], // the so-called "peace process"
  ['so'], // so called
  ['self', '-'], // self-described
  ['well', '-'], // well-known
  ['long', '-'],
  ['to', 'be'], // what is to be said
  ['needless', 'to'], // needless to say
  ['that', 'is', 'to'], // that is to say
  ['is', 'to'],
];

export function isNotCue(ctx: Context, i: number): boolean {
  return NOT_BEFORE.some((words) => words.every((w, k) => ctx.tokens[i - words.length + k]?.normal === w));
}
