// kb/discards.txt: phrases that mark a story or a sentence as not about politics. See kb/README.md.
import type { Issue } from '../types.js';
import { columns, issue, readLines } from './lines.js';
import type { Discard } from './types.js';

export function parseDiscards(path: string, file: string, issues: Issue[]): Discard[] {
  const out: Discard[] = [];
  for (const l of readLines(path, file)) {
    const [scope = '', phrase = '', ...rest] = columns(l.text);
    if ((scope !== 'story' && scope !== 'sentence') || phrase === '' || rest.length > 0) {
      issues.push(issue('kb/discard-row', `expected "story|sentence  phrase": "${l.text.trim()}"`, l));
    } else {
      out.push({ scope, phrase: phrase.toLowerCase(), file: l.file, line: l.line });
    }
  }
  return out;
}
