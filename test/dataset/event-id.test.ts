import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { globalEventId } from '../../src/dataset/event-id.js';
import type { EventKey } from '../../src/dataset/types.js';

const base: EventKey = { day: '20240105', source: 'USAGOV', target: 'CHNGOV', code: '042', place: '1816670' };

test('an id is a positive integer below 2^53, the same for an equal key', () => {
  const id = globalEventId(base);
  assert.ok(Number.isSafeInteger(id) && id > 0 && id < 2 ** 53, String(id));
  assert.equal(globalEventId({ ...base }), id);
});

test('another process computes the same id for the same key', () => {
  const module = fileURLToPath(new URL('../../src/dataset/event-id.ts', import.meta.url));
  const script = `import { globalEventId } from ${JSON.stringify(module)}; process.stdout.write(String(globalEventId(${JSON.stringify(base)})));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(Number(out), globalEventId(base));
});

// Negative table: keys that differ from the base in one field, or only in where a field ends.
const others: [string, EventKey][] = [
  ['another day', { ...base, day: '20240106' }],
  ['another source', { ...base, source: 'USAMIL' }],
  ['another target', { ...base, target: 'CHN' }],
  ['source and target swapped', { ...base, source: 'CHNGOV', target: 'USAGOV' }],
  ['another code', { ...base, code: '043' }],
  ['no place', { ...base, place: '' }],
  ['a field boundary moved', { ...base, source: 'USAGOVCHN', target: 'GOV' }],
  ['text moved into the place', { ...base, code: '04', place: '21816670' }],
];
for (const [name, key] of others) {
  test(`a different key has a different id: ${name}`, () => {
    assert.notEqual(globalEventId(key), globalEventId(base));
  });
}

test('ten thousand distinct keys get ten thousand distinct ids', () => {
  const ids = new Set<number>();
  for (let i = 0; i < 10_000; i++) {
    ids.add(globalEventId({ ...base, day: `2024${String(1 + (i % 12)).padStart(2, '0')}01`, place: String(i) }));
  }
  assert.equal(ids.size, 10_000);
});
