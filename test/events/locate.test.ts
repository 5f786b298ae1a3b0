// Event locations on sentences we wrote: the place the sentence puts the action in, and nothing
// where it names none (a place an actor comes from or goes to is not where the act happened).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';

const pipeline = createPipeline();

async function locations(text: string): Promise<(string | null)[]> {
  const doc = await pipeline.process({ id: 't', origin: 'test', text, verbatim: true, date: '2024-03-04' });
  assert.ok(doc.events.length > 0, `${text}: no event`);
  return doc.events.map((e) => (e.location ? `${e.location.name}/${e.location.country ?? '-'}` : null));
}

const PLACED: [sentence: string, location: string][] = [
  ['Netanyahu met Biden in Washington on Tuesday.', 'Washington/USA'],
  ['Ukrainian troops were attacked by Russian forces near Bakhmut.', 'Bakhmut/-'],
  ['The United States and the Philippines held joint military exercises in the South China Sea.', 'South China Sea/-'],
  ['Xi Jinping hosted Lula in Beijing.', 'Beijing/CHN'],
  ['In Geneva, Iran and France held talks on Monday.', 'Geneva/-'],
];

const UNPLACED: string[] = ['Iran condemned Israel.', 'Lavrov flew from Moscow to Ankara to meet Erdogan.', 'During the Cold War Moscow armed Cuba.'];

test('an event is placed where its sentence puts the action', async () => {
  for (const [sentence, want] of PLACED) {
    const got = await locations(sentence);
    assert.ok(
      got.every((l) => l === want),
      `${sentence}: ${got.join(', ')}`,
    );
  }
});

test('no place is given where the sentence names none for the act', async () => {
  for (const sentence of UNPLACED) {
    const got = await locations(sentence);
    assert.ok(
      got.every((l) => l === null),
      `${sentence}: ${got.join(', ')}`,
    );
  }
});
