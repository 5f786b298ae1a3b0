import type { Writable } from 'node:stream';

/** Where a command writes: the process's streams, or a test's. */
export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr };
