// Dates as a user gives them: the article's own publication date kept apart from the date given with
// it, undated documents flagged one by one and counted at the end, dates taken from file names.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { dyad, tempDir } from './corpus.js';

const STORY = 'President Barack Obama met Chancellor Angela Merkel in Washington on Tuesday.\n\nObama praised Germany for its help.\n';
const records = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, any>);

test('published is what the article says; the date given is referenceDate', async () => {
  const dir = tempDir('dates');
  const page = join(dir, 'page.html');
  writeFileSync(page, `<html><head><title>Talks</title><meta property="article:published_time" content="2019-11-19T08:02:00Z"></head><body><article><p>${STORY}</p></article></body></html>`);
  const text = join(dir, 'story.txt');
  writeFileSync(text, STORY);
  const r = await dyad(['code', page, text, '--format', 'jsonl', '--date', 'Jan 5, 2024']);
  assert.equal(r.status, 0, r.stderr);
  const [fromPage, fromText] = records(r.stdout);
  assert.equal(fromPage!.article.published, '2019-11-19');
  assert.equal(fromPage!.referenceDate, '2024-01-05');
  assert.equal(fromPage!.date, '2019-11-19');
  // a text file says nothing of when it was published: the given date codes it but is not "published"
  assert.equal(fromText!.article.published, null);
  assert.equal(fromText!.referenceDate, '2024-01-05');
  assert.equal(fromText!.date, '2024-01-05');
  assert.doesNotMatch(r.stderr, /no date/);
});

test('an undated document gets a no-date issue and the run ends with a count on stderr', async () => {
  const dir = tempDir('undated');
  const input = join(dir, 'in.jsonl');
  writeFileSync(input, [JSON.stringify({ id: 'dated', text: STORY, date: '2024-01-05T10:00:00Z' }), JSON.stringify({ id: 'undated', text: STORY })].join('\n'));
  const r = await dyad(['code', input, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const [dated, undated] = records(r.stdout);
  assert.equal(dated!.date, '2024-01-05');
  assert.ok(!dated!.issues.some((i: { code: string }) => i.code === 'no-date'));
  const issue = undated!.issues.find((i: { code: string }) => i.code === 'no-date');
  assert.match(issue.message, /in\.jsonl:2: no date/);
  assert.match(r.stderr, /1 of 2 documents had no date/);
});

test('--date-from-filename dates a corpus that keeps the date in its file names, for code and ingest', async () => {
  const dir = tempDir('names');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, '2015-03-02-story.txt'), STORY);
  writeFileSync(join(corpus, 'nyt_20150302_0041.txt'), STORY.replace('Germany', 'Berlin'));
  writeFileSync(join(corpus, 'story.txt'), STORY.replace('Germany', 'the chancellor'));
  const r = await dyad(['code', corpus, '--format', 'jsonl', '--date-from-filename', '--date', '2020-06-01']);
  assert.equal(r.status, 0, r.stderr);
  const [a, b, c] = records(r.stdout);
  assert.equal(a!.referenceDate, '2015-03-02');
  assert.equal(b!.referenceDate, '2015-03-02');
  // a name without a date falls back on --date
  assert.equal(c!.referenceDate, '2020-06-01');
  // actors of the day the name gives: in March 2015 Obama is the government, not a former leader
  const obama = a!.entities.find((e: { text: string }) => e.text === 'Barack Obama');
  assert.equal(obama.actor, 'USAGOV');
  assert.equal(a!.events[0].source.code, 'USAGOV');

  const store = join(dir, 'store.duckdb');
  const ingested = await dyad(['ingest', corpus, '--store', store, '--date-from-filename', '--threads', '1']);
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(ingested.stderr, /1 of 3 documents had no date/);
  const q = await dyad(['query', "select coalesce(date, 'none') as date from documents order by 1", '--store', store, '--format', 'csv']);
  assert.deepEqual(q.stdout.trim().split('\n'), ['date', '2015-03-02', '2015-03-02', 'none']);
});
