// The slots in which a coder thread tells the pool when it took a document up (pool budget).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { clearSlot, markStart, readStart, startSlots } from '../../src/pool/start-slots.js';
import { threadId } from '../../src/pool/thread-clock.js';

test('a slot reads as waiting until its document is marked started, and again once cleared', () => {
  const slots = startSlots(3);
  assert.equal(readStart(slots, 1), null);
  const before = Date.now();
  markStart(slots, 1, threadId());
  const start = readStart(slots, 1);
  assert.ok(start !== null);
  assert.ok(start.wallMs >= before && start.wallMs <= Date.now());
  if (threadId() !== null) {
    assert.match(start.clock!, new RegExp(`^/proc/${process.pid}/task/\\d+/stat$`));
    assert.ok(start.cpuMs !== null && start.cpuMs >= 0);
  } else assert.equal(start.clock, null);
  // the other slots are untouched
  assert.equal(readStart(slots, 0), null);
  assert.equal(readStart(slots, 2), null);
  clearSlot(slots, 1);
  assert.equal(readStart(slots, 1), null);
});

test('without a thread clock the start holds wall time only', () => {
  const slots = startSlots(1);
  markStart(slots, 0, null);
  const start = readStart(slots, 0)!;
  assert.equal(start.clock, null);
  assert.equal(start.cpuMs, null);
});

test('another thread marks a slot that this thread reads, with that thread’s clock', { skip: threadId() === null }, async () => {
  const slots = startSlots(2);
  const source = `
    const { workerData, parentPort } = require('node:worker_threads');
    const { readlinkSync } = require('node:fs');
    const ints = new Int32Array(workerData);
    const floats = new Float64Array(workerData);
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    ints[8 + 1] = tid;
    floats[4 + 1] = 0;
    floats[4 + 2] = Date.now();
    Atomics.store(ints, 8, 1);
    parentPort.postMessage(tid);`;
  const worker = new Worker(source, { eval: true, workerData: slots.buffer });
  const tid = await new Promise<number>((done) => worker.once('message', done));
  await worker.terminate();
  assert.equal(readStart(slots, 0), null);
  assert.equal(readStart(slots, 1)!.clock, `/proc/${process.pid}/task/${tid}/stat`);
  assert.notEqual(tid, threadId());
});
