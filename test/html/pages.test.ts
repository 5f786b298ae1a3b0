// Runs every page of test/html/pages (pages we wrote ourselves) through decodeHtmlBytes and extractHtml and
// checks the fields its expected.json names.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeHtmlBytes, extractHtml, type HtmlExtraction } from '../../src/html/index.js';
import { cpuMs } from './cpu.js';

interface Expected {
  title?: string | null;
  byline?: string | null;
  authors?: string[];
  published?: string | null;
  language?: string | null;
  siteName?: string | null;
  canonicalUrl?: string | null;
  text?: string;
  text_starts_with?: string;
  text_ends_with?: string;
  text_must_contain?: string[];
  text_must_not_contain?: string[];
  /** Each must stand in one of the captions. */
  captions?: string[];
  /** Rule ids that must appear among the removals. */
  removed_rules?: string[];
  /** Issue codes that must be reported. */
  issues?: string[];
  error: string | null;
  max_ms?: number;
}

const dir = join(import.meta.dirname, 'pages');
const FIELDS = ['title', 'byline', 'authors', 'published', 'language', 'siteName', 'canonicalUrl', 'text'] as const;

for (const slug of readdirSync(dir).sort()) {
  test(`page ${slug}`, () => {
    const bytes = readFileSync(join(dir, slug, 'source.html'));
    const want = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
    const started = process.cpuUsage();
    const got: HtmlExtraction = extractHtml(decodeHtmlBytes(bytes));
    const ms = cpuMs(started);
    for (const f of FIELDS) if (f in want) assert.deepEqual(got[f], want[f], `${slug}: ${f}`);
    assert.equal(got.error?.code ?? null, want.error, `${slug}: error`);
    if (want.text_starts_with) assert.ok(got.text.startsWith(want.text_starts_with), `${slug}: text starts with\n${got.text.slice(0, 200)}`);
    if (want.text_ends_with) assert.ok(got.text.endsWith(want.text_ends_with), `${slug}: text ends with\n${got.text.slice(-200)}`);
    for (const s of want.text_must_contain ?? []) assert.ok(got.text.includes(s), `${slug}: text must contain ${JSON.stringify(s)}\n${got.text}`);
    for (const s of want.text_must_not_contain ?? []) assert.ok(!got.text.includes(s), `${slug}: text must not contain ${JSON.stringify(s)}\n${got.text}`);
    for (const c of want.captions ?? [])
      assert.ok(
        got.captions.some((x) => x.includes(c)),
        `${slug}: caption ${JSON.stringify(c)} in ${JSON.stringify(got.captions)}`,
      );
    const rules = new Set(got.removed.map((r) => r.rule));
    for (const r of want.removed_rules ?? []) assert.ok(rules.has(r), `${slug}: rule ${r} among ${[...rules].join(', ')}`);
    const issues = new Set(got.issues.map((i) => i.code));
    for (const c of want.issues ?? []) assert.ok(issues.has(c), `${slug}: issue ${c}`);
    if (want.max_ms) assert.ok(ms < want.max_ms, `${slug}: ${ms.toFixed(0)} ms`);
  });
}
