// PETRARCH discard dictionaries: a phrase that drops the sentence, or with a leading '+' the story.
import type { Issue } from '../../types.js';
import { dictionaryLines, lineIssue, phraseWords } from './lines.js';

export interface DiscardPhrase {
  readonly words: readonly string[];
  readonly story: boolean;
  readonly line: number;
}

export function readDiscards(content: string, file: string): { entries: DiscardPhrase[]; issues: Issue[] } {
  const entries: DiscardPhrase[] = [];
  const issues: Issue[] = [];
  for (const line of dictionaryLines(content, file, issues)) {
    const story = line.text.startsWith('+');
    const words = phraseWords(line.text.slice(story ? 1 : 0).replace(/;.*$/, ''));
    if (words.length === 0 || /[[\]{}]/.test(line.text)) {
      issues.push(lineIssue('malformed-line', 'unreadable discard phrase', file, line));
      continue;
    }
    entries.push({ words, story, line: line.line });
  }
  return { entries, issues };
}
