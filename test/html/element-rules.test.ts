// Table tests for the element rules: small pages whose one marked element must be removed by the named rule,
// and a negative table of elements that look a little like boilerplate but hold the article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchElementRule } from '../../src/html/classify.js';
import { buildTree, parseDocument } from '../../src/html/tree.js';

/** The rule that matches the element marked data-x in the snippet. */
function ruleOf(snippet: string): string | null {
  const tree = buildTree(parseDocument(`<html><body>${snippet}</body></html>`).documentElement!);
  const i = tree.dom.findIndex((n) => n.getAttribute?.('data-x') !== null && n.getAttribute?.('data-x') !== undefined);
  assert.ok(i >= 0, `no data-x element in ${snippet}`);
  return matchElementRule(tree, i)?.id ?? null;
}

const POSITIVE: readonly [string, string][] = [
  ['<div data-x hidden>x</div>', 'hidden/attribute'],
  ['<div data-x aria-hidden="true">x</div>', 'hidden/aria'],
  ['<div data-x style="display: none">x</div>', 'hidden/style'],
  ['<nav data-x>x</nav>', 'tag/navigation'],
  ['<aside data-x>x</aside>', 'tag/aside'],
  ['<footer data-x>x</footer>', 'tag/footer'],
  ['<form data-x>x</form>', 'tag/form'],
  ['<figcaption data-x>x</figcaption>', 'tag/caption'],
  ['<div data-x role="navigation">x</div>', 'role/navigation'],
  ['<div data-x role="complementary">x</div>', 'role/complementary'],
  ['<span data-x class="rollover-block">x</span>', 'class/tooltip'],
  ['<p data-x class="wp-caption-text">x</p>', 'class/caption'],
  ['<div data-x class="image-credit">x</div>', 'class/caption'],
  ['<div data-x class="share-bar">x</div>', 'class/share'],
  ['<div data-x class="sharedaddy sd-sharing-enabled">x</div>', 'class/share'],
  ['<div data-x id="social-links">x</div>', 'class/share'],
  ['<section data-x class="related-stories">x</section>', 'class/related'],
  ['<div data-x class="more-stories">x</div>', 'class/related'],
  ['<div data-x class="OUTBRAIN">x</div>', 'class/related'],
  ['<div data-x class="newsletter-signup">x</div>', 'class/newsletter'],
  ['<div data-x id="comments" class="comments-area">x</div>', 'class/comments'],
  ['<div data-x class="ad-container">x</div>', 'class/ad'],
  ['<div data-x class="dfp-slot">x</div>', 'class/ad'],
  ['<div data-x class="promosmall">x</div>', 'class/promo'],
  ['<div data-x class="breadcrumbs">x</div>', 'class/navigation'],
  ['<div data-x class="cookie-banner">x</div>', 'class/navigation'],
  ['<div data-x class="widget-area">x</div>', 'class/navigation'],
  ['<div data-x class="post-tags">x</div>', 'class/tags'],
  ['<div data-x class="byline">x</div>', 'class/byline'],
  ['<p data-x class="date">x</p>', 'class/byline'],
];

const NEGATIVE: readonly string[] = [
  '<div data-x class="article-body">x</div>',
  '<div data-x class="story-content">x</div>',
  '<div data-x class="entry-content">x</div>',
  '<div data-x class="post-body share-enabled">x</div>',
  '<div data-x class="paywall">x</div>',
  '<div data-x class="header-image-wrap">x</div>',
  '<div data-x class="loader">x</div>',
  '<div data-x class="shadow">x</div>',
  '<div data-x class="address">x</div>',
  '<div data-x class="download">x</div>',
  '<div data-x class="badge">x</div>',
  '<div data-x class="adjacent">x</div>',
  '<div data-x class="leading">x</div>',
  '<div data-x class="col-md-8">x</div>',
  '<div data-x class="compromise">x</div>',
  '<p data-x>x</p>',
  '<div data-x aria-hidden="false">x</div>',
  '<div data-x style="display: block">x</div>',
  '<section data-x class="field-item even">x</section>',
];

test('element rules: every positive element is matched by its rule', () => {
  const wrong = POSITIVE.filter(([s, rule]) => ruleOf(s) !== rule).map(([s, rule]) => `${s} -> ${ruleOf(s)}, not ${rule}`);
  assert.deepEqual(wrong, []);
});

test('element rules: article-like elements match no rule', () => {
  const wrong = NEGATIVE.filter((s) => ruleOf(s)).map((s) => `${s} -> ${ruleOf(s)}`);
  assert.deepEqual(wrong, []);
});
