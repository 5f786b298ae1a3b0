// A coder thread's own CPU time, read from outside the thread. The document budget counts CPU, not
// wall time: on a loaded machine a document waits for a core, and a wall-clock budget stopped documents
// that a quiet machine codes in seconds, so the same corpus gave other records under load (the 100,000
// document fuzz at load 15: one timeout, and a killed-and-resumed ingest that differed from a clean one).
// Linux shows each thread's CPU time in /proc/<pid>/task/<tid>/stat; where it does not, the budget
// falls back to wall time.
import { readFileSync, readlinkSync } from 'node:fs';

/** The file other threads read this thread's CPU time from, or null where there is none. */
export function threadClock(): string | null {
  const tid = threadId();
  return tid === null ? null : clockOf(tid);
}

/** This thread's id in the system (/proc/thread-self names it), or null where there is none. */
export function threadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/** The file a thread of this process shows its CPU time in. */
export const clockOf = (tid: number): string => `/proc/${process.pid}/task/${tid}/stat`;

/** Milliseconds of CPU (user and system) the thread of `clock` has used, or null once it cannot be read. */
export function threadCpuMs(clock: string): number | null {
  try {
    const stat = readFileSync(clock, 'latin1');
    // the thread's name (field 2) is in parentheses and may hold spaces: fields are counted after it;
    // utime and stime (fields 14 and 15) are in clock ticks, which /proc always gives at 100 per second
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    return null;
  }
}
