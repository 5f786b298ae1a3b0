// Golden folders: test/article/golden/<case>/input.txt (+ meta.json with the record's date) and
// expected.json, the Article the scraped-text cleaner must produce. UPDATE_GOLDEN=1 rewrites the
// expected files from the current output (read the diff before committing it).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanScrapedText } from '../../src/article/scraped-text.js';

const ROOT = new URL('./golden/', import.meta.url).pathname;

for (const name of readdirSync(ROOT).sort()) {
  test(`golden article: ${name}`, () => {
    const dir = join(ROOT, name);
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { date: string | null };
    const got = cleanScrapedText(readFileSync(join(dir, 'input.txt'), 'utf8'), meta.date);
    const expectedFile = join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
    assert.deepEqual(got, JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
}
