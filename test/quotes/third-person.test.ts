// "He" and "she" in a direct quote are someone the speaker talks of, never the speaker. Sentences we
// wrote in the constructions of political news.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPipeline } from '../../src/pipeline.js';

describe('third-person pronouns in quotes', () => {
  const pipeline = createPipeline();
  const pronoun = async (text: string, word: string) => {
    const doc = await pipeline.process({ id: 'q', origin: 'test', text, date: '2016-05-01', verbatim: true });
    return doc.mentions.find((m) => m.form === 'pronoun' && m.text === word);
  };
  it('reads a quoted "he" as the person named before the speaker', async () => {
    const he = await pronoun('Donald Trump mocked Barack Obama on Monday. Trump thought he sounded tired. “He is supposed to lead this country,” Trump said.', 'He');
    assert.equal(he?.name, 'Barack Obama');
    assert.equal(he?.provenance.rule, 'reference/quoted-third-person');
  });
  it('leaves a quoted "he" unread when no one but the speaker was named', async () => {
    assert.equal(await pronoun('Donald Trump spoke in Ohio. “He has done nothing for you,” Trump said.', 'He'), undefined);
  });
  it('leaves a "he" outside the quote to the speaker', async () => {
    const he = await pronoun('Barack Obama spoke on Monday. “We are strong,” Donald Trump said, and he smiled.', 'he');
    assert.equal(he?.name, 'Donald Trump');
  });
});
