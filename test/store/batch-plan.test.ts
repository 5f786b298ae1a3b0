// The one planner both backends write through: what each entry of a batch is, against the versions the
// store holds. A table of what counts as held (a duplicate), beside a table of what does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { heldAs, planBatch, type HeldVersion } from '../../src/store/batch-plan.js';
import type { FailedDocument, StoreEntry, WriteOutcome } from '../../src/store/store.js';
import { coded } from './fixtures.js';

const URL = 'https://one.example/a';
/** A document of URL whose content hash is its text's. */
const version = (text: string) => coded(URL, text, []);
const failure = (contentHash: string): FailedDocument => ({ kind: 'error', url: URL, contentHash, id: 'a', origin: '/a', code: 'empty', reason: 'a: no text' });
const held = (text: string, as: HeldVersion['as']): HeldVersion => ({ url: URL, contentHash: version(text).document.contentHash, as });

const [v1, v2, v3] = [version('one'), version('two'), version('three')];

// [what the store holds, the batch, the outcomes]
const DUPLICATES: [string, HeldVersion[], StoreEntry[], WriteOutcome[]][] = [
  ['the current version', [held('one', 'current')], [v1], ['duplicate']],
  ['a version a later one replaced', [held('one', 'superseded'), held('two', 'current')], [v1], ['duplicate']],
  ['an error row of that version', [{ url: URL, contentHash: v1.document.contentHash, as: 'error' }], [v1], ['duplicate']],
  ['the same version twice in the batch', [], [v1, v1], ['new', 'duplicate']],
  ['a version the batch itself replaced', [], [v1, v2, v1], ['new', 'updated', 'duplicate']],
  ['an error row written earlier in the batch', [], [failure('h'), failure('h')], ['error', 'duplicate']],
];

const NOT_DUPLICATES: [string, HeldVersion[], StoreEntry[], WriteOutcome[]][] = [
  ['nothing held', [], [v1], ['new']],
  ['another version held: an update', [held('one', 'current')], [v2], ['updated']],
  ['another version replaced, none current', [held('one', 'superseded')], [v2], ['new']],
  ['an error row of another version', [{ url: URL, contentHash: 'other', as: 'error' }], [v1], ['new']],
  ['a new error of a held URL', [held('one', 'current')], [failure('h')], ['error']],
  ['the same text at another URL (a syndicated copy)', [held('one', 'current')], [coded('https://two.example/a', 'one', [])], ['new']],
];

for (const [name, store, batch, outcomes] of [...DUPLICATES, ...NOT_DUPLICATES]) {
  test(`plan: ${name}`, () => assert.deepEqual(planBatch(batch, store).outcomes, outcomes));
}

test('plan: an update replaces the stored rows once, and remembers every version it replaced', () => {
  const plan = planBatch([v2, v3], [held('one', 'current')]);
  assert.deepEqual(plan.outcomes, ['updated', 'updated']);
  assert.deepEqual(plan.replaced, [URL]);
  assert.deepEqual(plan.documents, [v3]);
  assert.deepEqual(
    plan.superseded.map((v) => v.contentHash),
    [v1, v2].map((v) => v.document.contentHash),
  );
});

test('plan: versions the batch alone makes and replaces leave no stored rows to delete', () => {
  const plan = planBatch([v1, v2], []);
  assert.deepEqual([plan.outcomes, plan.replaced, plan.documents], [['new', 'updated'], [], [v2]]);
});

test('plan: a good version replaces the failures of its URL, stored or in the batch, and remembers them', () => {
  const plan = planBatch([failure('late'), v1], [{ url: URL, contentHash: 'early', as: 'error' }]);
  assert.deepEqual(plan.outcomes, ['error', 'new']);
  assert.deepEqual(plan.errors, []);
  assert.deepEqual(plan.superseded.map((v) => v.contentHash).sort(), ['early', 'late']);
});

test('plan: only a URL with stored error rows has them deleted when a good version comes', () => {
  const storedError = planBatch([v1], [{ url: URL, contentHash: 'early', as: 'error' }]);
  assert.deepEqual(storedError.recovered, [URL]);
  // a failure in the batch itself was never stored: there is nothing to delete
  assert.deepEqual(planBatch([failure('late'), v1], []).recovered, []);
  assert.deepEqual(planBatch([v2], [held('one', 'current')]).recovered, []);
  // an error row of the held version read again is a duplicate, not a recovery
  assert.deepEqual(planBatch([v1], [{ url: URL, contentHash: v1.document.contentHash, as: 'error' }]).recovered, []);
});

test('plan: a failure after the good version of its URL stays an error row', () => {
  const plan = planBatch([v1, failure('after')], []);
  assert.deepEqual([plan.outcomes, plan.errors.map((e) => e.contentHash), plan.superseded], [['new', 'error'], ['after'], []]);
});

test('held: current and replaced versions are documents, error rows errors, anything else nothing', () => {
  const store = [held('one', 'superseded'), held('two', 'current'), { url: URL, contentHash: 'bad', as: 'error' as const }];
  assert.deepEqual(heldAs([v1.document, v2.document, failure('bad'), v3.document], store), ['document', 'document', 'error', null]);
});
