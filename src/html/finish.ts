// Takes the page's own headline out of the body lines: the title is metadata, not body text.
import type { Line, Removed } from './render.js';

const norm = (s: string): string => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase();

/** `headlines`: every form of the headline the page gives (see metadata.headlines). */
export function finishLines(lines: readonly Line[], headlines: readonly string[]): { lines: Line[]; removed: Removed[] } {
  const titles = new Set(headlines.map(norm).filter(Boolean));
  const removed: Removed[] = [];
  const kept: Line[] = [];
  for (const line of lines) {
    if (titles.has(norm(line.text))) removed.push({ text: line.text, rule: 'meta/title', kind: 'metadata' });
    else kept.push(line);
  }
  return { lines: kept, removed };
}
