// Results never depend on the machine's time zone (issue 18, finding 13): the same input gives the
// same bytes under UTC and under the zones furthest from it, weekdays and datelines included.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const RUNNER = new URL('./run-cli.ts', import.meta.url).pathname;

const input = [
  { id: 'weekday', text: 'The minister said on Monday that talks would resume on Friday. Yesterday Gondor praised Rohan.', date: '2023-10-18' },
  { id: 'sunday', text: 'On Sunday Gondor attacked Rohan, officials said on Saturday.', date: '2023-10-15' },
  { id: 'dateline', text: 'MINAS TIRITH, Oct. 17 (Reuters) - Gondor met Rohan on Tuesday.', date: '2023-10-18' },
  {
    id: 'late-page',
    html: '<html><head><meta property="article:published_time" content="2023-10-18T23:30:00-05:00"></head><body><article><h1>Talks</h1><p>Gondor said on Monday that it would meet Rohan on Thursday, officials in the capital told reporters after the meeting of the council.</p><p>The leader of Rohan praised the talks held on Wednesday and said more would follow.</p></article></body></html>',
  },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

const run = (tz: string) => spawnSync(process.execPath, ['--import', 'tsx', RUNNER, 'code', '-', '--format', 'jsonl'], { input, encoding: 'utf8', env: { ...process.env, TZ: tz } });

test('finding 13: the output is byte-identical under UTC, Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11)', () => {
  const utc = run('UTC');
  assert.equal(utc.status, 0, utc.stderr);
  const days = utc.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).times.map((t: { date: string | null }) => t.date));
  assert.deepEqual(days[0], ['2023-10-16', '2023-10-13', '2023-10-17']);
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) assert.equal(run(tz).stdout, utc.stdout, tz);
});

test('finding 13: --date outside 1800-2200 is a usage error', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, 'code', '-', '--date', '9999-01-01'], { input: '', encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /"9999-01-01" is outside the years 1800-2200/);
});
