// A list of sources in a file (--urls, --follow): one URL or path a line; blank lines and lines
// starting with # are comments. Every other line is a source, so a mistyped one comes back as an
// error record naming it rather than vanishing.
import { readFileSync } from 'node:fs';

export function readSourceList(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
