// `dyad serve` as a user starts it: it says where it listens, warns when that is beyond this
// machine, answers, and stops cleanly on SIGTERM; a missing store is an error, not a server.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { dyad, startDyad } from '../cli/corpus.js';
import { openStore } from '../../src/store/open.js';
import { coded, tempDir } from '../store/fixtures.js';

test('dyad serve listens, warns about a public host, answers and stops on SIGTERM', async () => {
  const path = join(tempDir('serve-cli'), 'cli.duckdb');
  const store = await openStore(path, 'write');
  await store.write([coded('https://one.example/a', 'Kim met Putin.', [['20180320', 'PRKGOV', 'RUSGOV', '051']])], new Date());
  await store.close();
  const run = startDyad(['serve', '--store', path, '--host', '0.0.0.0', '--port', '0']);
  let stdout = '';
  const port = await new Promise<string>((resolve, reject) => {
    run.child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
      const found = /http:\/\/0\.0\.0\.0:(\d+)\//.exec(stdout);
      if (found) resolve(found[1]!);
    });
    run.child.once('exit', () => reject(new Error(`dyad serve ended: ${run.stderr()}`)));
  });
  assert.match(run.stderr(), /warning: listening on 0\.0\.0\.0/);
  const res = await fetch(`http://127.0.0.1:${port}/api/timeline?source=PRKGOV&target=RUSGOV`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { months: unknown[] }).months.length, 1);
  run.child.kill('SIGTERM');
  const exit = await run.exited;
  assert.equal(exit.status, 0, exit.stderr);
});

test('dyad serve on a store that does not exist says so and exits 1', async () => {
  const run = await dyad(['serve', '--store', join(tempDir('serve-cli'), 'none.duckdb'), '--port', '0']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /no such store/);
});
