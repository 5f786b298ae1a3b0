// The user's own knowledge: a kb/ folder of theirs on top of the built-in base (--kb), PETRARCH
// dictionaries that replace or extend it, actor codes from the dictionaries on names and speakers,
// folders with nothing to read refused, every problem of a dictionary folder reported.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createPipeline } from '../../src/index.js';
import { ACTORS, AGENTS, DISCARDS, VERBS } from '../dictionary/fixtures.js';
import { dyad, tempDir } from './corpus.js';

const dir = tempDir('knowledge');
const userKb = join(dir, 'my-kb');
mkdirSync(join(userKb, 'people'), { recursive: true });
mkdirSync(join(userKb, 'verbs'));
// an invented minister and an invented way of meeting, in the kb/ formats (kb/README.md)
writeFileSync(join(userKb, 'people', 'mine.txt'), '# my leaders\nOriel Vantass | Vantass\n    FRAGOV  2021-01-01..  interior minister\n');
writeFileSync(join(userKb, 'verbs', '04-consult.txt'), '# my patterns\n040      $ *hobnob with +\n');
const dicts = join(dir, 'dicts');
mkdirSync(dicts);
for (const [name, text] of Object.entries({ 'my.actors.txt': ACTORS, 'my.agents.txt': AGENTS, 'my.discards.txt': DISCARDS, 'my.verbs.txt': VERBS })) writeFileSync(join(dicts, name), text);
const empty = join(dir, 'empty');
mkdirSync(empty);
const notes = join(dir, 'notes');
mkdirSync(notes);
writeFileSync(join(notes, 'readme.md'), '# not a dictionary');

const STORY = 'Oriel Vantass hobnobbed with Chancellor Olaf Scholz in Berlin on Monday.\n\nVantass said the talks were useful.\n';
const record = (stdout: string) => JSON.parse(stdout.trim().split('\n')[0]!) as Record<string, any>;
const events = (r: Record<string, any>) => r.events.map((e: any) => `${e.code} ${e.source.code} ${e.target?.code ?? '-'}`);

test('--kb adds a person and a verb pattern that then code an event; the library takes the same option', async () => {
  const input = join(dir, 'story.txt');
  writeFileSync(input, STORY);
  const without = record((await dyad(['code', input, '-f', 'jsonl', '--date', '2023-05-05'])).stdout);
  assert.deepEqual(events(without), []);
  assert.equal(without.entities[0].actor, null);
  const r = await dyad(['code', input, '-f', 'jsonl', '--date', '2023-05-05', '--kb', userKb]);
  assert.equal(r.status, 0, r.stderr);
  const coded = record(r.stdout);
  assert.deepEqual(events(coded), ['040 FRAGOV DEUGOV']);
  assert.equal(coded.events[0].evidence.entry.file, 'my-kb/verbs/04-consult.txt');
  assert.deepEqual(
    coded.entities.filter((e: any) => e.name === 'Oriel Vantass').map((e: any) => e.actor),
    ['FRAGOV', 'FRAGOV'],
  );
  assert.match(coded.versions.kb, /^builtin\+user-[0-9a-f]{12}$/);

  const pipeline = createPipeline({ kb: [userKb] });
  const doc = await pipeline.process({ id: 'lib', origin: 'lib', text: STORY, date: '2023-05-05' });
  assert.deepEqual(
    doc.events.map((e) => e.code),
    ['040'],
  );
});

test('dyad kb check --kb checks the user folder on top of the built-in base', async () => {
  const r = await dyad(['kb', 'check', '--kb', userKb]);
  assert.match(r.stdout, /with .*my-kb/);
  assert.doesNotMatch(r.stdout, /my-kb\/.*\[kb\//);
  const broken = join(dir, 'broken-kb');
  mkdirSync(join(broken, 'verbs'), { recursive: true });
  writeFileSync(join(broken, 'verbs', '04-consult.txt'), '999      $ *hobnob with +\n');
  const bad = await dyad(['kb', 'check', '--kb', broken]);
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /broken-kb\/verbs\/04-consult\.txt:1:/);
});

const BOTH = 'Russia accused Ukraine of shelling the town on Monday.\n\n"We will go on with the work," Karel Toven said. Karel Toven praised Castria.\n';

test('PETRARCH dictionaries replace or extend the built-in base; names and speakers keep their actor codes', async () => {
  const input = join(dir, 'both.txt');
  writeFileSync(input, BOTH);
  const replace = record((await dyad(['code', input, '-f', 'jsonl', '--date', '2005-05-05', '--dictionaries', dicts])).stdout);
  const add = record((await dyad(['code', input, '-f', 'jsonl', '--date', '2005-05-05', '--dictionaries', dicts, '--dictionaries-mode', 'add'])).stdout);
  assert.deepEqual(events(replace), ['051 VLMGOV CST']);
  assert.ok(events(add).includes('051 VLMGOV CST'));
  assert.ok(
    events(add).some((e: string) => e.startsWith('11') && e.includes('RUS')),
    String(events(add)),
  );
  for (const r of [replace, add]) {
    assert.deepEqual(
      r.entities.filter((e: any) => e.text === 'Karel Toven').map((e: any) => e.actor),
      ['VLMGOV', 'VLMGOV'],
    );
    assert.equal(r.quotes.find((q: any) => q.direct)?.speaker.actor, 'VLMGOV');
  }
  // in 2005 Karel Toven is the government, after 2009 the opposition: the dictionary's dates hold
  const later = record((await dyad(['code', input, '-f', 'jsonl', '--date', '2012-01-01', '--dictionaries', dicts])).stdout);
  assert.equal(later.entities.find((e: any) => e.text === 'Karel Toven').actor, 'VLMOPP');
});

test('a folder with nothing to read is refused with a message', async () => {
  for (const [flag, folder, words] of [
    ['--dictionaries', empty, /no PETRARCH dictionary files/],
    ['--dictionaries', notes, /no PETRARCH dictionary files/],
    ['--kb', empty, /holds no knowledge-base files/],
  ] as const) {
    const r = await dyad(['code', join(dir, 'both.txt'), flag, folder]);
    assert.equal(r.status, 2, `${flag} ${folder}`);
    assert.match(r.stderr, words);
  }
  assert.match((await dyad(['code', join(dir, 'both.txt'), '--kb', userKb, '--dictionaries', dicts])).stderr, /--dictionaries-mode add/);
  assert.throws(() => createPipeline({ dictionaries: empty }), /no PETRARCH dictionary files/);
});

test('dyad kb check --dir lists every problem of a PETRARCH folder', async () => {
  const r = await dyad(['kb', 'check', '--dir', dicts]);
  assert.equal(r.status, 1);
  const problems = r.stdout.split('\n').filter((l) => /^ {2}\S+:\d+: /.test(l));
  // the fixture holds eight broken lines across three files
  assert.equal(problems.length, 8, r.stdout);
  assert.deepEqual([...new Set(problems.map((l) => l.trim().split(':')[0]!.split('/').pop()))].sort(), ['my.actors.txt', 'my.agents.txt', 'my.verbs.txt']);
});
