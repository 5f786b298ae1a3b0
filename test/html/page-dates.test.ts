// Publication dates that real pages carry outside the usual meta tags (issue 16): a visible
// "Published ..." line, datePublished in JSON-LD on a page object or in microdata, other meta names,
// and a date line at the top of scraped text. Pages and texts are our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanScrapedText } from '../../src/article/scraped-text.js';
import { extractHtml } from '../../src/html/index.js';
import { visibleDate } from '../../src/html/visible-dates.js';

const BODY = Array.from({ length: 6 }, (_, i) => `<p>The harbour board met for the ${i + 1}th time this season to weigh the dredging plan, and the members argued over the cost of the work and who should pay for it.</p>`).join('\n');

const page = (head: string, top: string, url?: string) => extractHtml(`<html><head><title>Harbour board weighs dredging</title>${head}</head><body><article><h1>Harbour board weighs dredging</h1>${top}${BODY}</article></body></html>`, url ? { url } : {});

test('visible date lines: published before updated, bare date lines, never a date inside a sentence', () => {
  const table: [string[], string | null][] = [
    [['Harbour board weighs dredging', 'Published 7:07 PM EST Nov 19, 2031', 'The board met.'], '2031-11-19'],
    [['Updated Nov. 20, 2031', 'Published 7:07 PM EST Nov 19, 2031'], '2031-11-19'],
    [['Updated: Nov. 20, 2031 at 8:00 a.m.'], '2031-11-20'],
    [['Posted on 3 March 2030'], '2030-03-03'],
    [['Tuesday, November 19, 2031'], '2031-11-19'],
    [['Nov. 19, 2031 7:07 PM EST'], '2031-11-19'],
  ];
  const never: string[][] = [
    ['On Nov. 19, 2031, the council voted to close the plant.'],
    ['The vote was held Nov 19, 2031 after the debate'],
    ['Published by the harbour board'],
    ['Line one', 'Line two', 'Line three', 'Line four', 'Line five', 'Line six', 'Line seven', 'Line eight', 'Published Nov 19, 2031'],
  ];
  for (const [lines, want] of table) assert.equal(visibleDate(lines), want, lines.join(' / '));
  for (const lines of never) assert.equal(visibleDate(lines), null, lines.join(' / '));
});

test('a web page: the date it shows in words, when no machine date is given', () => {
  assert.equal(page('', '<div class="timestamp">Published 7:07 PM EST Nov 19, 2031</div>').published, '2031-11-19');
  assert.equal(page('', '<p class="info">Updated 9:15 AM ET Nov. 21, 2031</p>').published, '2031-11-21');
  // a machine date wins over the words, and the words over the URL
  assert.equal(page('<meta property="article:published_time" content="2031-11-18T10:00:00Z">', '<div class="timestamp">Published Nov 19, 2031</div>').published, '2031-11-18');
  assert.equal(page('', '<div class="timestamp">Published Nov 19, 2031</div>', 'https://x.example/2031/11/02/harbour').published, '2031-11-19');
  assert.equal(page('', '', 'https://x.example/2031/11/02/harbour').published, '2031-11-02');
  assert.equal(page('', '').published, null);
});

test('a web page: datePublished in JSON-LD, microdata and the less common meta names', () => {
  const ldPage = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","datePublished":"2031-04-07T09:15:00-04:00"}</script>';
  assert.equal(page(ldPage, '').published, '2031-04-07');
  const ldGraph = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Harbour board weighs dredging"},{"@type":"WebPage","datePublished":"2031-04-08"}]}</script>';
  assert.equal(page(ldGraph, '').published, '2031-04-08');
  assert.equal(page('', '<span itemprop="datePublished" content="2031-05-01T08:00:00Z">May 1</span>').published, '2031-05-01');
  for (const name of ['parsely-pub-date', 'dc.date', 'dcterms.created', 'publication_date', 'sailthru.date']) {
    assert.equal(page(`<meta name="${name}" content="2031-06-02">`, '').published, '2031-06-02', name);
  }
});

test('scraped text: a date line under the headline dates the article', () => {
  const text = ['Harbour board weighs dredging', 'Published 7:07 PM EST Nov 19, 2031', '', 'The harbour board met on Tuesday to weigh the dredging plan.'].join('\n');
  assert.equal(cleanScrapedText(text, null).published, '2031-11-19');
  const undated = ['Harbour board weighs dredging', '', 'On Nov. 19, 2031, the harbour board met to weigh the dredging plan.'].join('\n');
  assert.equal(cleanScrapedText(undated, null).published, null);
});

test('scraped text: a date line is read whatever its spacing, and only when it is short', () => {
  const spaced = ['Harbour board weighs dredging', 'Published\t7:07 PM\u00a0EST  Nov 19, 2031', '', 'The harbour board met on Tuesday to weigh the dredging plan.'].join('\n');
  assert.equal(cleanScrapedText(spaced, null).published, '2031-11-19');
  // fourteen words: a sentence that holds a date, not a date line
  const long = ['Harbour board weighs dredging', 'Published on Nov 19, 2031 by the board after a long and noisy meeting', '', 'The harbour board met on Tuesday.'].join('\n');
  assert.equal(cleanScrapedText(long, null).published, null);
});
