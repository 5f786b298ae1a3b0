// The date forms users and feeds write, read as the day written; file names that carry a date.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromName, normaliseDate } from '../../src/input/dates.js';
import { parseRecordLine } from '../../src/input/record.js';

test('ISO days, timestamps and written dates are read as the day written', () => {
  const forms: Record<string, string> = {
    '2024-01-05': '2024-01-05',
    '20240105': '2024-01-05',
    '2024-01-05T10:00:00Z': '2024-01-05',
    // the day as written in its own time zone, not moved to UTC
    '2024-01-05T23:30:00-05:00': '2024-01-05',
    '2024-01-05 08:15': '2024-01-05',
    'Jan 5, 2024': '2024-01-05',
    'January 5 2024': '2024-01-05',
    '5 January 2024': '2024-01-05',
    '5 Jan. 2024': '2024-01-05',
    'Friday, January 5, 2024': '2024-01-05',
    'Fri, 05 Jan 2024 10:00:00 GMT': '2024-01-05',
    'Sept. 3, 2019': '2019-09-03',
  };
  for (const [written, day] of Object.entries(forms)) assert.equal(normaliseDate(written), day, written);
});

test('what is no day is refused', () => {
  for (const bad of ['2024-02-30', 'March', 'Jan 2024', 'Foo 5, 2024', '5/1/2024', 'yesterday', '']) assert.equal(normaliseDate(bad), null, bad);
});

test('a record date in a written form is kept, a bad one is an issue', () => {
  const ok = parseRecordLine('{"id": "a", "text": "x", "date": "2024-01-05T10:00:00Z"}', 'in.jsonl:1', 'in:1');
  assert.equal(ok.date, '2024-01-05');
  assert.deepEqual(ok.issues, []);
  const written = parseRecordLine('{"id": "b", "text": "x", "date": "Jan 5, 2024"}', 'in.jsonl:2', 'in:2');
  assert.equal(written.date, '2024-01-05');
  const bad = parseRecordLine('{"id": "c", "text": "x", "date": "soon"}', 'in.jsonl:3', 'in:3');
  assert.equal(bad.date, undefined);
  assert.equal(bad.issues?.[0]?.code, 'bad-date');
});

test('file names carry their date in the usual ways', () => {
  assert.equal(dateFromName('2015-03-02-ap-story.txt'), '2015-03-02');
  assert.equal(dateFromName('nyt_20150302_0041.txt'), '2015-03-02');
  assert.equal(dateFromName('wapo_2015_03_02.html'), '2015-03-02');
  assert.equal(dateFromName('story-0041.txt'), null);
  // digits that run on are a number, not a date; a 13th month is no date
  assert.equal(dateFromName('120150302.txt'), null);
  assert.equal(dateFromName('20151302.txt'), null);
});
