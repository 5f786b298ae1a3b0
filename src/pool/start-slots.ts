// Where a coder thread says that it took a document up, for the pool's time budget: one slot per
// document in flight in memory the threads share. A message channel per document cost the calling
// thread a millisecond a document (a channel made, a port sent and closed, a message received), which
// a run on every core takes from the coders; a slot costs a few shared writes.
//
// A slot holds: a flag (0 free, 1 started), the coder thread's id on Linux (-1 where there is no
// thread clock), the thread's CPU milliseconds and the wall-clock milliseconds at the start. The
// worker writes the numbers first and the flag last, with an atomic store, so that a reader who sees
// the flag sees the numbers.
import type { DocumentIdentity } from '../store/store.js';
import type { RawDocument } from '../types.js';
import { clockOf, threadCpuMs } from './thread-clock.js';

export interface CodeTask {
  readonly raw: RawDocument;
  /** The document's identity in the store when the main thread already computed it (ingest does, to look it up). */
  readonly identity?: DocumentIdentity;
  /** The slot in which the worker tells when it started on the document: the pool's budget runs from then. */
  readonly slot?: number;
}

/** Slots as two views of one shared buffer (`buffer`, handed to the workers): 8 int32 (4 float64) per slot. */
export interface StartSlots {
  readonly buffer: SharedArrayBuffer;
  readonly ints: Int32Array;
  readonly floats: Float64Array;
}

const WORDS = 8;

/** `count` free slots, or the slots in a buffer the pool made. */
export function startSlots(of: number | SharedArrayBuffer): StartSlots {
  const buffer = typeof of === 'number' ? new SharedArrayBuffer(of * WORDS * 4) : of;
  return { buffer, ints: new Int32Array(buffer), floats: new Float64Array(buffer) };
}

/** In the pool, before the slot's document is handed over. */
export function clearSlot(slots: StartSlots, slot: number): void {
  Atomics.store(slots.ints, slot * WORDS, 0);
}

/** In the coder thread: the start of a document on this thread (`tid`: threadId(), null where there is no clock). */
export function markStart(slots: StartSlots, slot: number, tid: number | null): void {
  const base = slot * WORDS;
  const clock = tid === null ? null : clockOf(tid);
  slots.ints[base + 1] = tid ?? -1;
  slots.floats[base / 2 + 1] = (clock === null ? null : threadCpuMs(clock)) ?? -1;
  slots.floats[base / 2 + 2] = Date.now();
  Atomics.store(slots.ints, base, 1);
}

export interface Start {
  /** Where the thread's CPU time is read, or null: the budget is then wall time. */
  readonly clock: string | null;
  readonly cpuMs: number | null;
  readonly wallMs: number;
}

/** In the pool: when the document of `slot` started, or null while it waits for a thread. */
export function readStart(slots: StartSlots, slot: number): Start | null {
  const base = slot * WORDS;
  if (Atomics.load(slots.ints, base) !== 1) return null;
  const tid = slots.ints[base + 1]!;
  const cpu = slots.floats[base / 2 + 1]!;
  return { clock: tid < 0 ? null : clockOf(tid), cpuMs: cpu < 0 ? null : cpu, wallMs: slots.floats[base / 2 + 2]! };
}
