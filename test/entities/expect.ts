// The pipeline's mentions of a sentence we wrote, and the check that the wanted ones carry an actor.
import assert from 'node:assert/strict';
import { createPipeline } from '../../src/pipeline.js';
import type { Mention } from '../../src/types.js';

const pipeline = createPipeline();

export async function mentions(text: string, date: string): Promise<Mention[]> {
  const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date });
  assert.equal(doc.error, null);
  return [...doc.mentions];
}

/** A mention's text, its actor, and (when given) its entity's canonical name. */
export type Want = [text: string, actor: string | null, name?: string];

export async function expectMentions(text: string, date: string, wants: readonly Want[]): Promise<void> {
  const found = await mentions(text, date);
  for (const [written, actor, name] of wants) {
    const m = found.find((x) => x.text === written);
    assert.ok(m, `${text}: no mention "${written}" (found ${found.map((x) => x.text).join(', ')})`);
    assert.equal(m.actor, actor, `${text}: ${written}`);
    if (name) assert.equal(m.name, name, `${text}: name of ${written}`);
  }
}
