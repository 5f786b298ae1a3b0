// The contract's determinism across backends: the bundled samples ingested into a DuckDB file and into
// a PostgreSQL database export byte-identical files, apart from DATEADDED and its copy in the mentions.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DATEADDED, EVENT_TIME, dyad, rows } from '../cli/corpus.js';
import { freshDatabase } from './backends.js';
import { tempDir } from './fixtures.js';

const SAMPLES = new URL('../../samples', import.meta.url).pathname;

async function exports(store: string): Promise<Record<string, string>> {
  const ingested = await dyad(['ingest', SAMPLES, '--date', '2023-10-18', '--store', store, '--threads', '1', '--json']);
  assert.equal(ingested.status, 0, ingested.stderr);
  const out: Record<string, string> = {};
  for (const format of ['gdelt-events', 'gdelt-mentions', 'quotes', 'entities']) {
    for (const background of [[], ['--background']]) {
      const r = await dyad(['export', '--store', store, '--format', format, ...background]);
      assert.equal(r.status, 0, r.stderr);
      out[[format, ...background].join(' ')] = r.stdout;
    }
  }
  return out;
}

test('the samples export the same bytes from DuckDB and PostgreSQL, apart from DATEADDED', async () => {
  const duck = await exports(join(tempDir('backends'), 'samples.duckdb'));
  const postgres = await exports(freshDatabase());
  assert.ok(rows(duck['gdelt-events']!, []).length >= 3, 'the samples give events');
  for (const [name, text] of Object.entries(duck)) {
    const blank = name.startsWith('gdelt-events') ? [DATEADDED] : name.startsWith('gdelt-mentions') ? [EVENT_TIME] : [];
    const [a, b] = [rows(text, blank), rows(postgres[name]!, blank)];
    assert.equal(b.length, a.length, name);
    assert.deepEqual(b, a, name);
    if (!blank.length) assert.equal(postgres[name], text, name);
  }
});
