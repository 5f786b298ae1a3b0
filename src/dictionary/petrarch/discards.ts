// PETRARCH discard dictionaries: a phrase that drops the sentence, or with a leading '+' the story.
import type { Issue } from '../../types.js';
import type { DiscardEntry } from '../model.js';
import { dictionaryLines, lineIssue, phraseWords, refOf } from './lines.js';

export function readDiscards(content: string, file: string): { entries: DiscardEntry[]; issues: Issue[] } {
  const entries: DiscardEntry[] = [];
  const issues: Issue[] = [];
  for (const line of dictionaryLines(content)) {
    const story = line.text.startsWith('+');
    const words = phraseWords(line.text.slice(story ? 1 : 0).replace(/;.*$/, ''));
    if (words.length === 0 || /[[\]{}]/.test(line.text)) {
      issues.push(lineIssue('malformed-line', 'unreadable discard phrase', file, line));
      continue;
    }
    entries.push({ words, story, ref: refOf(file, line) });
  }
  return { entries, issues };
}
