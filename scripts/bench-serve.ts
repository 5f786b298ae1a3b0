// API latency of `dyad serve` over a synthetic store of a million events (--events N to change):
// p50 and p95 of /api/timeline for random dyads and of /api/events under typical filters, each
// request over HTTP to a server on 127.0.0.1, one after another.
// usage: node --import tsx scripts/bench-serve.ts [--events N] [--requests N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { startServer } from '../src/server/serve.js';
import { openStore } from '../src/store/open.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '200' } } });
const events = Number(values.events);
const requests = Number(values.requests);
const ACTORS = 300;

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-serve-'));
const path = join(dir, 'bench.duckdb');
await (await openStore(path, 'write')).close();

// rows straight into the events table, in the order the store's settle() lays them out (dyad, day)
const t0 = performance.now();
const instance = await DuckDBInstance.create(path);
const connection = await instance.connect();
const actor = (expr: string) => `'A' || lpad((${expr})::varchar, 3, '0') || 'GOV'`;
await connection.run(`insert into events
  select i, strftime(date '2010-01-01' + (i % 5000)::integer, '%Y%m%d'), ${actor(`i * 7919 % ${ACTORS}`)}, ${actor(`i * 104729 % ${ACTORS - 3}`)},
    lpad((1 + i % 20)::varchar, 2, '0') || '0', '', 'source ' || (i % 1000), 'target ' || (i % 997), i % 3 = 0, false, (i % 21) - 10, 1 + i % 4,
    1 + i % 5, 1 + i % 3, 1 + i % 4, ((i % 200) - 100) / 10.0, null, null,
    '{"type":1,"fullName":"Country ' || (i % 150) || '","countryCode":"C' || (i % 150) || '","adm1Code":"","adm2Code":"","lat":' || ((i % 140) - 70) || ',"long":' || ((i % 340) - 170) || ',"featureId":""}',
    '20240101000000', 'https://site' || (i % 50) || '.example/news/' || i
  from range(1, ${events} + 1) t(i) order by 3, 4, 2, 1`);
await connection.run('checkpoint');
connection.closeSync();
instance.closeSync();
console.log(`dyad serve over ${events} synthetic events (store built in ${((performance.now() - t0) / 1000).toFixed(1)} s), ${requests} requests per endpoint`);

const server = await startServer({ store: path, host: '127.0.0.1', port: 0, rateLimit: 1_000_000 });
const code = (n: number) => `A${String(n).padStart(3, '0')}GOV`;
let seed = 42;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
/** A dyad that has events: the codes row i was given. */
const dyad = () => {
  const i = 1 + random(events);
  return [code((i * 7919) % ACTORS), code((i * 104729) % (ACTORS - 3))] as const;
};

async function measure(name: string, route: () => string): Promise<void> {
  await fetch(`${server.url}${route()}`).then((r) => r.arrayBuffer());
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const t = performance.now();
    const res = await fetch(`${server.url}${route()}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${name}: ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`  ${name.padEnd(44)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms`);
}

try {
  await measure('/api/timeline (a dyad)', () => {
    const [s, t] = dyad();
    return `/api/timeline?source=${s}&target=${t}`;
  });
  await measure('/api/timeline (one actor against all)', () => `/api/timeline?source=${dyad()[0]}`);
  await measure('/api/events (newest 100)', () => '/api/events');
  await measure('/api/events?actor1=&actor2= (a dyad)', () => {
    const [s, t] = dyad();
    return `/api/events?actor1=${s}&actor2=${t}`;
  });
  await measure('/api/events?actor= (either side)', () => `/api/events?actor=${dyad()[0]}`);
  await measure('/api/events?root=&quadclass=&from=&to=', () => `/api/events?root=14&quadclass=3&from=2012-01-01&to=2012-06-30`);
  await measure('/api/events (page 50, sorted by day)', () => '/api/events?offset=5000&limit=100');
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
