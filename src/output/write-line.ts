import type { Writable } from 'node:stream';

/**
 * Writes one whole record in one call, and waits when the stream asks to, so a long output never
 * piles up in memory. A stream that fails or closes while we wait ends the wait with its error
 * (a closed pipe never drains).
 */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (out.destroyed) throw new Error('the output is closed');
  if (out.write(line)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain).off('error', done).off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the output was closed'));
    out.on('drain', onDrain).on('error', done).on('close', onClose);
  });
}
