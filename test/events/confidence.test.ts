// Every event carries a confidence, and --min-confidence (PipelineOptions.minConfidence) leaves out
// the events below it: a verb pattern is trusted more than a modality read into it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';

const RUNNER = new URL('../cli/run-cli.ts', import.meta.url).pathname;
const PLAIN = 'Russia attacked Kyiv on Monday.';
const PROMISED = 'Japan plans to provide aid to Turkey.';

describe('event confidence', () => {
  it('is lower for a modality read into the act than for the act itself', async () => {
    const pipeline = createPipeline();
    const plain = await pipeline.process({ id: 'a', origin: 'test', text: PLAIN, verbatim: true, date: '2024-03-06' });
    const promised = await pipeline.process({ id: 'b', origin: 'test', text: PROMISED, verbatim: true, date: '2024-03-06' });
    const [a, b] = [plain.events[0]!, promised.events[0]!];
    assert.equal(a.provenance.confidence, 0.8);
    assert.equal(b.code, '033');
    assert.ok(b.provenance.confidence < a.provenance.confidence, `${b.provenance.confidence}`);
  });

  it('--min-confidence leaves out the events below it, in the library and on the command line', async () => {
    const strict = createPipeline({ minConfidence: 0.75 });
    assert.equal((await strict.process({ id: 'a', origin: 'test', text: PLAIN, verbatim: true })).events.length, 1);
    assert.equal((await strict.process({ id: 'b', origin: 'test', text: PROMISED, verbatim: true })).events.length, 0);
    const input = [PLAIN, PROMISED].map((text, i) => JSON.stringify({ id: `d${i}`, text, verbatim: true })).join('\n');
    const run = (extra: string[]) => spawnSync(process.execPath, ['--import', 'tsx', RUNNER, 'code', '-', '--format', 'jsonl', ...extra], { input, encoding: 'utf8' });
    const all = run([]);
    const some = run(['--min-confidence', '0.75']);
    const count = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { events: { confidence: number }[] }).events.length);
    assert.deepEqual(count(all.stdout), [1, 1], all.stderr);
    assert.deepEqual(count(some.stdout), [1, 0], some.stderr);
    const bad = run(['--min-confidence', '2']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /not a share/);
  });
});
