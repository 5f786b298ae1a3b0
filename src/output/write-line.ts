import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes and waits when the stream asks to, so a long output never piles up in memory. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line)) await once(out, 'drain');
}
