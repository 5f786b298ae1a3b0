// Takes the page's own headline out of the body lines: the title is metadata, not body text.
import type { Metadata } from './metadata.js';
import type { Line, Removed } from './render.js';

const norm = (s: string): string => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();

export function finishLines(lines: readonly Line[], meta: Metadata): { lines: Line[]; removed: Removed[] } {
  const title = meta.title ? norm(meta.title) : '';
  const removed: Removed[] = [];
  const kept: Line[] = [];
  for (const line of lines) {
    if (title && norm(line.text) === title) removed.push({ text: line.text, rule: 'meta/title', kind: 'metadata' });
    else kept.push(line);
  }
  return { lines: kept, removed };
}
