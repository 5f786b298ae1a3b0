// The published schema is what the types give, and every record the test corpus yields holds to it:
// the samples, the golden article and page folders, the corpus fixture, error and undated records,
// and records coded with PETRARCH dictionaries.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { recordSchemaText, SCHEMA_FILE } from '../../scripts/schema.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from '../dictionary/fixtures.js';
import { ARTICLES, dyad, tempDir } from '../cli/corpus.js';

const root = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;

test('schema/record.schema.json is the schema the OutputRecord type gives (run `npm run schema`)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), recordSchemaText());
});

test('every record of the test corpus holds to the schema', async () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  const dir = tempDir('schema');
  const odd = join(dir, 'odd.jsonl');
  writeFileSync(odd, ['{"id": "undated", "text": "Gondor praised Arnor on Tuesday.", "verbatim": true}', '{"id": "broken", ', '{"id": "no-text"}'].join('\n'));
  const dicts = join(dir, 'dicts');
  mkdirSync(dicts);
  for (const [name, text] of Object.entries({ 'test.actors.txt': ACTORS, 'test.agents.txt': AGENTS, 'test.discards.txt': DISCARDS, 'test.verbs.txt': VERBS })) {
    writeFileSync(join(dicts, name), text);
  }
  const runs = [
    ['code', root('samples'), ARTICLES, root('test/article/golden'), root('test/html/pages'), odd, join(dir, 'missing.txt'), '--format', 'jsonl', '--date', '2023-10-18'],
    ['code', root('samples'), odd, '--format', 'jsonl', '--dictionaries', dicts],
  ];
  let checked = 0;
  const fields = new Set<string>();
  for (const [i, args] of runs.entries()) {
    const r = await dyad(args);
    // the first run names a missing file: its record is written, and the status says so
    assert.equal(r.status, i === 0 ? 1 : 0, r.stderr);
    for (const line of r.stdout.trim().split('\n')) {
      const record = JSON.parse(line) as Record<string, unknown>;
      assert.ok(validate(record), `${String(record.id)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      for (const e of (record.events ?? []) as { evidence: Record<string, unknown> }[]) for (const k of Object.keys(e.evidence)) fields.add(`evidence.${k}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 40, `only ${checked} records`);
  // the corpus reaches the optional parts of the schema too
  for (const f of ['evidence.entry', 'evidence.target']) assert.ok(fields.has(f), f);
});
