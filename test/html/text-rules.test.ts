// Table tests for the text rules: each positive line must be taken out by the named rule, and each negative
// line (real sentences that look a little like boilerplate) must survive every rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LINE_RULES, TEXT_RULES } from '../../src/html/rules.js';

const ruleFor = (line: string): string | null => TEXT_RULES.find((r) => line.length <= r.maxLength && r.pattern.test(line))?.id ?? null;

const POSITIVE: readonly [string, string][] = [
  ['Advertisement', 'text/advertisement'],
  ['ADVERTISEMENT', 'text/advertisement'],
  ['Story continues below advertisement', 'text/advertisement'],
  ['Sponsored content', 'text/advertisement'],
  ['Read more: Residents crowd the pier hearing', 'text/read-more'],
  ['READ MORE', 'text/read-more'],
  ['Related: Council delays pier decision again', 'text/read-more'],
  ['Related stories', 'text/read-more'],
  ['Related post: Pickled sprouts', 'text/read-more'],
  ['See also: the full list of stations', 'text/read-more'],
  ['Leia também', 'text/read-more'],
  ['You may also like', 'text/read-more'],
  ['Share this article', 'text/share'],
  ['Share on Facebook', 'text/share'],
  ['Facebook Twitter Email', 'text/share'],
  ['Sign up for our newsletter and get the top stories in your inbox.', 'text/newsletter'],
  ['Subscribe now', 'text/newsletter'],
  ['Follow us on Twitter', 'text/follow'],
  ['Follow @ledgerdesk', 'text/follow'],
  ['© 2031 The Coastal Ledger', 'text/copyright'],
  ['Copyright 2029 Valley Gazette. All rights reserved.', 'text/copyright'],
  ['Jornal do Vale - Todos os direitos reservados', 'text/copyright'],
  ['This copy is for your personal, non-commercial use only.', 'text/reprints'],
  ['Print Article', 'text/reprints'],
  ['https://ledger.example/news/2031/04/07/ferry-pier-vote', 'text/url'],
  ['By Mara Velling', 'meta/byline'],
  ['By Mara Velling and Tobias Crane', 'meta/byline'],
  ['BY OSKAR BRENNT', 'meta/byline'],
  ['Por Rita Maranhão', 'meta/byline'],
  ['Updated Nov. 19, 2031 8:21 am ET', 'meta/date'],
  ['Published 4:00 am CST, Wednesday, November 20, 2031', 'meta/date'],
  ['April 7, 2031', 'meta/date'],
  ['7 April 2031, 09:15', 'meta/date'],
  ['Photo: Ines Albero / Coastal Ledger', 'text/photo-credit'],
  ['(AP Photo/Dana Keller)', 'text/photo-credit'],
  ['Image: Redcliff Fire Service', 'text/photo-credit'],
  ['Getty Images', 'text/photo-credit'],
  ['Image 3 of 12', 'text/image-ui'],
  ['Advert', 'text/advertisement'],
  ['Click here to subscribe to the morning briefing.', 'text/click-here'],
  ['Email Ana Prado at aprado@ledger.example or follow her on Twitter.', 'text/contact'],
  ['Listen: http://pod.example/ep615', 'text/listen-link'],
  ['Join our Space Forums to keep talking about the missions!', 'text/comment-prompt'],
  ['(Leggi anche su: il nuovo museo apre a maggio)', 'text/read-more'],
  ['More Great WIRED Stories', 'text/read-more'],
  ['0', 'text/no-words'],
  ["Get access to the region's fastest growing news subscription for as little as 5 euros a month.", 'text/subscription-offer'],
  ['Get the magazine every month. Click here for more information.', 'text/click-here'],
  ['Tell us what YOU think...', 'text/comment-prompt'],
  ['12 Comments', 'text/comment-prompt'],
  ['05/10/2031 - Publicado por: Ana Prado - Categoria: Saúde - Tags: obras', 'meta/post-info'],
  ['Posted in Open thread | Permalink | 10 Comments', 'meta/post-info'],
  ['Close', 'text/image-ui'],
];

const NEGATIVE: readonly string[] = [
  'Advertisement revenue fell 4% in March, the company said.',
  'Ads on regional radio held up better than in print, analysts said.',
  'Read more widely, the report suggests a slowdown across the whole sector.',
  'Related research from the same lab found a smaller effect in older mice.',
  'More than 2,500 people attended the opening on Saturday.',
  'Shares of the company fell 5% in early trading on Tuesday.',
  'Share prices recovered by the afternoon, traders said.',
  'Email records show the minister was told in January.',
  'Print runs of the newspaper have halved since 2010.',
  'Subscribers to the service will pay two euros more from June.',
  'Sign up numbers for the program beat every forecast, officials said.',
  'Follow-up tests are planned for the spring.',
  'Copyright law changes were debated in parliament on Monday.',
  'By the end of the day, the river had risen by another meter.',
  'By Tuesday, most roads had reopened.',
  'By contrast, exports grew.',
  'Updated figures will be released next week, the ministry said.',
  'Published in 1998, the novel sold more than a million copies.',
  'Photographs taken by the crew show the damage to the hull.',
  'The image of the harbor at night became the symbol of the campaign.',
  'Credit card spending rose 3% in the quarter.',
  'Close to 400 people had to leave their homes.',
  'Comment was sought from the company but none was given.',
  'Sponsors of the bill said they expected a vote before the summer.',
  'Related to the earlier case, the court heard, was a second complaint.',
  'The AP reported the figures first.',
  'Getty Images said it would appeal the ruling.',
  'Click-through rates doubled after the redesign, the agency said.',
  'Comments from the minister angered the union.',
  'Posted guards stood at every gate in the port in 2031.',
  'The law was published in 2031 in the official gazette after a long debate.',
  'Tags on the birds showed they flew 4,000 km in a month.',
  'Tell the truth, she said.',
  'Contact between the two sides resumed in May, officials said.',
  'Reach of the new law is limited, lawyers said.',
  'Join the two wires before testing the circuit.',
  'Listen: the minister said nothing of the kind.',
  'More stories like this one are expected as the trial goes on, lawyers said.',
  '2031',
  'The streaming service raised its subscription to $12 per month in March, the company said.',
  'Subscription income had grown and would cover most of the shortfall.',
];

test('text rules: every positive line is taken out by its rule', () => {
  const wrong = POSITIVE.filter(([line, rule]) => ruleFor(line) !== rule).map(([line, rule]) => `${line} -> ${ruleFor(line)}, not ${rule}`);
  assert.deepEqual(wrong, []);
});

test('text rules: real sentences survive every rule', () => {
  const wrong = NEGATIVE.filter((line) => ruleFor(line)).map((line) => `${line} -> ${ruleFor(line)}`);
  assert.deepEqual(wrong, []);
});

test('text rules: ids are unique', () => {
  assert.equal(new Set(TEXT_RULES.map((r) => r.id)).size, TEXT_RULES.length);
});

test('line rules: a capitalised link line goes, a capitalised sentence or a sentence with a link stays', () => {
  const ruleOf = (text: string, linkChars: number): string | null => LINE_RULES.find((r) => r.test({ text, linkChars }))?.id ?? null;
  assert.equal(ruleOf('STORM CLOSES THE FERRY PIER FOR A THIRD WEEK', 44), 'line/caps-link');
  assert.equal(ruleOf('STORM CLOSES THE FERRY PIER FOR A THIRD WEEK', 0), null);
  assert.equal(ruleOf('The storm closed the ferry pier for a third week.', 49), null);
  assert.equal(ruleOf('NASA', 4), null);
});
