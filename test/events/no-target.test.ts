// An event with no target says why, as an `event/no-target` issue pointing at its verb, instead of
// leaving the slot silently empty.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';

describe('events without a target', () => {
  const pipeline = createPipeline();
  it('names the reason when the pattern has no other side', async () => {
    const text = 'Serbia is opposed to the plan.';
    const doc = await pipeline.process({ id: 'a', origin: 'test', text, verbatim: true });
    assert.equal(doc.events[0]?.target, null);
    const issue = doc.issues.find((i) => i.code === 'event/no-target');
    assert.ok(issue, JSON.stringify(doc.issues));
    assert.match(issue.message, /^110 "is" \(SRB\): the pattern names no one on the other side/);
    assert.deepEqual(issue.span, doc.events[0]!.verbSpan);
  });
  it('says nothing when the event has its target', async () => {
    const doc = await pipeline.process({ id: 'b', origin: 'test', text: 'Serbia is opposed to the Kosovo government.', verbatim: true });
    assert.ok(doc.events.length > 0 && doc.events.every((e) => e.target));
    assert.equal(doc.issues.filter((i) => i.code === 'event/no-target').length, 0);
  });
});
