// Store entries built by hand, so the store's own rules (dedup, updates, clustering) are tested apart
// from the coder. Each event is written as (day, source, target, code); ids come from the dataset.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globalEventId } from '../../src/dataset/event-id.js';
import type { CodedDocument, EventMentionRow } from '../../src/store/store.js';

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `dyad-${prefix}-`));

export type EventSpec = readonly [day: string, source: string, target: string, code: string];

function mention([day, source, target, code]: EventSpec, sentence: number): EventMentionRow {
  return {
    eventId: globalEventId({ day, source, target, code, place: '' }),
    day,
    code,
    source: { code: source, text: source.toLowerCase(), start: 0, end: 3, geo: null },
    target: target ? { code: target, text: target.toLowerCase(), start: 10, end: 13, geo: null } : null,
    place: '',
    actionGeo: null,
    placeName: null,
    goldstein: code.startsWith('05') ? 3.4 : -4,
    quad: code.startsWith('05') ? 1 : 3,
    plover: null,
    date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`,
    historical: false,
    sentence,
    inLead: sentence === 0,
    verbStart: 5,
    verbEnd: 9,
    rule: 'test/hand',
    entry: 'test.verbs.txt:1',
    entryText: 'MEET',
    confidence: 0.8,
  };
}

/** A coded document at `url` whose content is `body`: same body, same hash. */
export function coded(url: string, body: string, events: readonly EventSpec[], tone = 1.5): CodedDocument {
  const site = new URL(url).hostname;
  return {
    kind: 'document',
    document: {
      url,
      contentHash: createHash('sha256').update(body).digest('hex'),
      id: url,
      origin: url,
      site,
      title: body.slice(0, 20),
      byline: null,
      published: '2018-03-21',
      date: '2018-03-21',
      datelinePlace: null,
      language: 'en',
      tone: { tone, positive: 3, negative: 3 - tone, polarity: 3, activity: 1, selfGroup: 0.5, wordCount: 40 },
      text: body,
      issues: [],
    },
    entities: [{ start: 0, end: 3, text: 'Kim', type: 'PERSON', entity: 0, actor: 'PRKGOV', name: 'Kim Jong Un', form: 'name', rule: 'test/hand', confidence: 0.9 }],
    quotes: [
      {
        start: 20,
        end: 30,
        text: 'we will go',
        direct: true,
        cue: 'say',
        speaker: { text: 'Kim', start: 0, end: 3, name: 'Kim Jong Un', actor: 'PRKGOV' },
        via: [],
        rule: 'test/hand',
        confidence: 0.9,
      },
    ],
    mentions: events.map(mention),
  };
}
