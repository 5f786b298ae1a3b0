// Hostile and broken input: nothing may throw, and every page stays within a time bound. The bound is on
// CPU time, so that a busy machine (tests run side by side) does not make it fail.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { extractHtml } from '../../src/html/index.js';
import { cpuMs } from './cpu.js';

const paragraph = '<p>' + 'Some paragraph text here, with commas, and words that read like a sentence. '.repeat(8) + '</p>\n';

const CASES: readonly { name: string; html: string; maxMs: number; check?: (r: ReturnType<typeof extractHtml>) => void }[] = [
  { name: 'empty string', html: '', maxMs: 200, check: (r) => assert.equal(r.error?.code, 'no-article') },
  { name: 'plain text, no markup', html: 'just some words', maxMs: 200 },
  {
    name: 'a 10 MB page of nested divs',
    html: '<html><body>' + '<div class="x"><p>Text here, with commas.</p><a href="/x">link</a></div>\n'.repeat(130000) + '</body></html>',
    maxMs: 2000,
    check: (r) => assert.ok(r.issues.some((i) => i.code === 'html/truncated')),
  },
  { name: 'a 10 MB article', html: '<html><body><article>' + paragraph.repeat(16000) + '</article></body></html>', maxMs: 2000, check: (r) => assert.ok(r.text.length > 100000) },
  { name: 'DOM nested 10,000 deep', html: '<html><body>' + '<div>'.repeat(10000) + paragraph.repeat(3) + '</div>'.repeat(10000) + '</body></html>', maxMs: 2000, check: (r) => assert.ok(r.text.startsWith('Some paragraph text')) },
  { name: '10,000 unclosed inline and block tags', html: '<html><body>' + '<div><b>'.repeat(5000) + paragraph.repeat(3), maxMs: 2000, check: (r) => assert.ok(r.text.includes('Some paragraph text')) },
  { name: 'script-only page', html: '<html><head><script>' + 'var x = 1;'.repeat(100000) + '</script></head><body><script>go()</script></body></html>', maxMs: 500, check: (r) => assert.equal(r.text, '') },
  { name: 'an unclosed script', html: '<html><body><p>hello</p><script>' + 'x'.repeat(1e6), maxMs: 500 },
  { name: 'an unclosed title', html: '<html><head><title>Title' + paragraph.repeat(100), maxMs: 500 },
  { name: '200,000 "<script" without a closing bracket', html: '<script'.repeat(200000), maxMs: 1000 },
  { name: '200,000 "<!--"', html: '<!--'.repeat(200000), maxMs: 1000 },
  { name: 'a million "<"', html: '<'.repeat(1e6), maxMs: 1000 },
  { name: 'binary noise', html: String.fromCharCode(...Array.from({ length: 100000 }, (_, i) => (i * 7919) % 256)), maxMs: 1000 },
  { name: 'broken JSON-LD', html: '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><p>x</p>', maxMs: 200 },
  { name: 'a JSON-LD array of a million items', html: '<script type="application/ld+json">[' + '1,'.repeat(1e6) + '1]</script>', maxMs: 1000 },
  { name: 'JSON-LD nested 10,000 deep', html: '<script type="application/ld+json">' + '['.repeat(10000) + ']'.repeat(10000) + '</script>', maxMs: 500 },
];

// the bounds are for a running process: compile the code paths once before timing
before(() => {
  extractHtml('<html><body><article>' + paragraph.repeat(200) + '</article><div><a href="/">x</a></div></body></html>');
});

for (const c of CASES) {
  test(`hostile: ${c.name}`, () => {
    const started = process.cpuUsage();
    const r = extractHtml(c.html);
    const ms = cpuMs(started);
    assert.ok(ms < c.maxMs, `${ms.toFixed(0)} ms`);
    assert.equal(typeof r.text, 'string');
    c.check?.(r);
  });
}

test('hostile: random tag soup never fails', () => {
  const parts = [
    '<div>',
    '</div>',
    '<p>',
    '</p>',
    '<a href="x">',
    '</a>',
    '<table>',
    '<tr>',
    '<td>',
    '<ul>',
    '<li>',
    'text, words. ',
    '<br>',
    '<h1>',
    '</h1>',
    '<script>',
    '</script>',
    '<!--',
    '-->',
    '<title>',
    '<meta property="og:title" content="T">',
    '<time datetime="2031-01-01">',
    '<article>',
    '<figure><figcaption>cap</figcaption></figure>',
    '<div class="share">',
    '<div hidden>',
    '<![CDATA[ x ]]>',
    '&#0;',
    '&#xD800;',
    '\u0000',
    '<html lang="zz-ZZZZ">',
    '<svg><p>',
    '<select><option>',
    '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":null},"headline":[1,2]}</script>',
    '<link rel="canonical" href="http://[bad">',
  ];
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let k = 0; k < 500; k++) {
    let html = '';
    for (let j = next(60); j > 0; j--) html += parts[next(parts.length)];
    const r = extractHtml(html, { url: k % 2 ? 'https://x.example/2031/01/02/a' : 'not a url' });
    assert.equal(
      r.issues.find((i) => i.code === 'html/failed'),
      undefined,
      html,
    );
  }
});
