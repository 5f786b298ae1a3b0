// Opening an input without trusting its name. A path is opened non-blocking and checked on the open
// descriptor (not on the name, which may change under us): a FIFO would block the run forever and a
// device (a `.txt` that links to /dev/zero) never ends, so only regular files are read. Reads are
// streamed and counted, so a size cap holds while reading, before the bytes pile up in memory.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { DocumentError } from '../types.js';

export type Opened = { readonly stream: Readable; readonly close: () => Promise<void> } | { readonly error: DocumentError };

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

function kindName(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** A regular file as a byte stream (gunzipped when the name ends in .gz), or why it cannot be read. */
export async function openRegularFile(path: string): Promise<Opened> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever before we could look at it
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: { code: 'not-found', message: `${path}: no such file or directory` } };
    return { error: { code: 'unreadable', message: `${path}: ${reasonOf(err)}` } };
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) {
      await handle.close();
      return { error: { code: 'not-a-file', message: `${path}: ${kindName(st)}; only regular files (or - for standard input) are read` } };
    }
  } catch (err) {
    await handle.close().catch(() => undefined);
    return { error: { code: 'unreadable', message: `${path}: ${reasonOf(err)}` } };
  }
  const raw = handle.createReadStream({ autoClose: true });
  const stream = path.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // a gunzip error is reported on the gunzip stream; the file stream's own errors must reach it too
  if (stream !== raw) raw.on('error', (err) => stream.destroy(err));
  return {
    stream,
    close: async () => {
      stream.destroy();
      raw.destroy();
    },
  };
}

/**
 * All of a stream up to `max` bytes; past that, reading stops at once and the result says so. The
 * cap holds for what the stream yields (after gunzip), so a small bomb cannot blow up in memory.
 */
export async function readCapped(stream: Readable, max: number): Promise<{ data: Buffer } | { tooLarge: true }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > max) {
      stream.destroy();
      return { tooLarge: true };
    }
    chunks.push(b);
  }
  return { data: Buffer.concat(chunks, size) };
}
