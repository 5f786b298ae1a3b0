import { fstatSync, readFileSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** Where a command writes: the process's streams, or a test's. */
export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr };

/**
 * A reader that went away (`dyad --help | head -1`) has what it wanted: the writes left over must not
 * crash the process. Commands that stream records watch their output for it themselves and stop early.
 */
export function toleratePipeClosed(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

/**
 * True when the shell closed standard output (`dyad code x >&-`). Node then opens /dev/null in its
 * place, read-write, and every record would be lost without a word; a user's own `>/dev/null` is
 * opened write-only and is left alone. Linux only (elsewhere: false).
 */
export function stdoutWasClosed(): boolean {
  try {
    const st = fstatSync(1);
    const devNull = statSync('/dev/null');
    if (!st.isCharacterDevice() || st.rdev !== devNull.rdev) return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}
