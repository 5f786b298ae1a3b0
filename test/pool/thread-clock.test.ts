// The document budget counts a thread's CPU time (src/pool/thread-clock.ts): the clock must advance
// while the thread works and stand still while it waits, as it would for a core on a busy machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { threadClock, threadCpuMs } from '../../src/pool/thread-clock.js';

const clock = threadClock();

test('on Linux a thread has a clock', { skip: process.platform !== 'linux' }, () => {
  assert.match(clock ?? '', /^\/proc\/\d+\/task\/\d+\/stat$/);
});

test('the clock counts work, not waiting', { skip: clock === null }, async () => {
  const at = () => threadCpuMs(clock!)!;
  const beforeWait = at();
  await sleep(300);
  const waited = at() - beforeWait;
  // 300 ms of this process's CPU, however long a busy machine takes to give them
  const beforeWork = at();
  const start = process.cpuUsage();
  const used = () => {
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  while (used() < 300);
  const worked = at() - beforeWork;
  assert.ok(waited < 150, `${waited} ms of CPU while asleep`);
  assert.ok(worked >= 200, `${worked} ms of the thread's CPU in 300 ms of the process's`);
});

test('a clock that cannot be read gives null, so the budget falls back to wall time', () => {
  assert.equal(threadCpuMs('/proc/0/task/0/stat'), null);
});
