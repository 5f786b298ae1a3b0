import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromUrl, parseDate } from '../../src/html/dates.js';
import { extractHtml } from '../../src/html/index.js';
import { splitAuthors, stripSiteName } from '../../src/html/metadata.js';

test('parseDate: machine and written dates', () => {
  const table: [string, string | null][] = [
    ['2031-04-07T09:15:00-04:00', '2031-04-07'],
    ['20310115', '2031-01-15'],
    ['Nov. 19, 2031 8:21 am ET', '2031-11-19'],
    ['Wednesday, November 20, 2031', '2031-11-20'],
    ['7 April 2031', '2031-04-07'],
    ['3rd September 2030', '2030-09-03'],
    ['2031-02-30', null],
    ['next Tuesday', null],
    ['', null],
  ];
  for (const [text, want] of table) assert.equal(parseDate(text), want, text);
});

test('dateFromUrl: dates in paths, not in ids', () => {
  assert.equal(dateFromUrl('https://x.example/2031/11/19/story-title/'), '2031-11-19');
  assert.equal(dateFromUrl('https://x.example/news/2031-04-07-ferry'), '2031-04-07');
  assert.equal(dateFromUrl('https://x.example/articles/story-51574168486'), null);
  assert.equal(dateFromUrl('https://x.example/2031/11/story'), null);
});

test('stripSiteName: keeps the headline', () => {
  assert.equal(stripSiteName('Harbor city votes | The Coastal Ledger', 'The Coastal Ledger'), 'Harbor city votes');
  assert.equal(stripSiteName('Valley Gazette - Mill reopens after forty years', null), 'Mill reopens after forty years');
  assert.equal(stripSiteName('Brexit: what happens next for farmers', null), 'Brexit: what happens next for farmers');
  assert.equal(stripSiteName('Plain headline', 'Site'), 'Plain headline');
});

test('splitAuthors: one or several names', () => {
  assert.deepEqual(splitAuthors('By Mara Velling and Tobias Crane'), ['Mara Velling', 'Tobias Crane']);
  assert.deepEqual(splitAuthors('Ana Souza, Rui Prado & Lia Costa'), ['Ana Souza', 'Rui Prado', 'Lia Costa']);
  assert.deepEqual(splitAuthors('By Justine Coleman - 11/18/31'), ['Justine Coleman']);
  assert.deepEqual(splitAuthors('https://ledger.example/staff/mara'), []);
  assert.deepEqual(splitAuthors('TOM KRISHER, AP Auto Writer'), ['TOM KRISHER']);
  assert.deepEqual(splitAuthors('Analysis by Ana Prado, Editor-at-large'), ['Ana Prado']);
  assert.deepEqual(splitAuthors('Posted by Vortex'), ['Vortex']);
  assert.deepEqual(splitAuthors('Rui Gomes @ruigomes'), ['Rui Gomes']);
  assert.deepEqual(splitAuthors('Name *'), []);
});

test('metadata: date from the URL when the page has none', () => {
  const r = extractHtml('<html><body><p>short</p></body></html>', { url: 'https://x.example/2031/03/02/a-story' });
  assert.equal(r.published, '2031-03-02');
  assert.equal(r.canonicalUrl, 'https://x.example/2031/03/02/a-story');
});

test('metadata: relative canonical links are resolved against the URL', () => {
  const r = extractHtml('<html><head><link rel="canonical" href="/a/b"></head><body></body></html>', { url: 'https://x.example/c?d=1' });
  assert.equal(r.canonicalUrl, 'https://x.example/a/b');
});
