// Junk lines go, real sentences stay: a table of each, run through the whole scraped-text cleaner.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanScrapedText } from '../../src/article/scraped-text.js';

// Each is a body paragraph of its own between two ordinary paragraphs; it must survive unchanged.
const REAL_SENTENCES = [
  'Advertisement revenue fell 4% in March, the company said.',
  'Advertising agencies in Lagos reported a busy quarter.',
  'Related parties must disclose their holdings, the regulator ruled.',
  'Read more carefully, the judge told the lawyers, and the case would be clear.',
  'Share prices rose sharply after the announcement.',
  'Photo by photo, the exhibition retraces the siege of the city.',
  'The photo by a Reuters photographer won the prize last year.',
  'Latest headlines from the region suggest the truce is holding.',
  'Sponsored by three opposition parties, the bill passed on Friday.',
  'Comments by the minister drew protests outside parliament.',
  'Subscribers to the service will pay more from June.',
  'Print media in the country face new licensing rules.',
  'Email records show the deal was agreed in May.',
  'Follow-up talks are expected next week in Doha.',
  'Trending downward for a decade, exports rebounded in 2023.',
  'Most read newspapers in the capital backed the candidate.',
  'By the time the talks ended, both delegations had left the hotel.',
  'Video footage showed troops crossing the river at dawn.',
  'Image problems have dogged the ministry since the scandal.',
  'Credit rating agencies downgraded the country on Monday.',
  'Recommended changes to the constitution were put to a vote.',
  'Save for a few villages, the region has electricity again.',
];

const JUNK_LINES = ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Share this article', 'Tweet', 'Follow us on Twitter', 'Sign up for our daily newsletter', 'License Photo', '3 Comments'];

const wrap = (line: string) => `Officials met in the capital on Monday to discuss the plan.\n\n${line}\n\nThe talks will resume on Friday, a spokesman said.`;

test('real sentences are never removed', () => {
  for (const sentence of REAL_SENTENCES) {
    const article = cleanScrapedText(wrap(sentence), '2024-01-10');
    assert.ok(article.text.includes(sentence), `lost: ${sentence}`);
  }
});

test('junk lines are removed with their rule', () => {
  for (const line of JUNK_LINES) {
    const article = cleanScrapedText(wrap(line), '2024-01-10');
    assert.ok(!article.text.includes(line), `kept: ${line}`);
    assert.ok(
      article.removed.some((r) => r.text === line && r.rule.startsWith('junk/')),
      `no removal recorded for ${line}`,
    );
  }
});

test('a caption with a credit goes to captions, once, even when printed twice', () => {
  const raw = [
    'Storm shuts ports along the coast',
    '',
    'Fishing boats shelter in the harbour on Sunday. Photo by Ana Lopes/Coastal Press',
    'Fishing boats shelter in the harbour on Sunday. Photo by Ana Lopes/Coastal Press | License Photo',
    '',
    'LISBON, Jan. 7 (UPI) -- Authorities closed three ports on Sunday as a storm hit the coast.',
  ].join('\n');
  const article = cleanScrapedText(raw, '2024-01-08');
  assert.deepEqual(article.captions, ['Fishing boats shelter in the harbour on Sunday.']);
  assert.ok(article.text.startsWith('Authorities closed three ports'));
  assert.equal(article.title, 'Storm shuts ports along the coast');
  assert.deepEqual(article.dateline, { place: 'LISBON', date: '2024-01-07', agency: 'UPI', raw: 'LISBON, Jan. 7 (UPI) --' });
});

test('trailing navigation and what follows it are dropped', () => {
  const raw = ['A quiet day in parliament', '', 'Lawmakers passed the budget on Thursday.', '', 'The vote was 210 to 150.', '', 'Related', 'Budget row deepens', 'Minister quits'].join('\n');
  const article = cleanScrapedText(raw, null);
  assert.equal(article.text, 'Lawmakers passed the budget on Thursday.\n\nThe vote was 210 to 150.');
});

test('hard-wrapped paragraphs are joined back', () => {
  const raw = 'The ministry said the talks\nwould resume in March after a\nshort break.\n\nNo date was set.';
  assert.equal(cleanScrapedText(raw, null).text, 'The ministry said the talks would resume in March after a short break.\n\nNo date was set.');
});

// Runs of spaces, tabs and no-break spaces inside a line are one space; a lone space stays as it is.
const SPACING: [line: string, want: string][] = [
  ['The  council\tmet on Monday.', 'The council met on Monday.'],
  ['The council\u00a0met \t on Monday.', 'The council met on Monday.'],
  ['\t The council met on Monday. \u00a0', 'The council met on Monday.'],
  ['The council met on Monday.', 'The council met on Monday.'],
];

test('spacing inside a line is one space', () => {
  for (const [line, want] of SPACING) assert.ok(cleanScrapedText(wrap(line), '2024-01-10').text.includes(`\n\n${want}\n\n`), JSON.stringify(line));
});
