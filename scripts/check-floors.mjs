#!/usr/bin/env node
// Runs each yardstick named in .ci/floors.json (../shared/eval's, or a scorer of scripts/) from the project root and fails when a figure falls
// below the floor the last landed version reached. Prints every yardstick's last lines.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
const { yardsticks } = JSON.parse(readFileSync(join(root, '.ci', 'floors.json'), 'utf8'));
if (!existsSync(evalDir)) {
  console.error(`check-floors: ${evalDir} is missing; the yardsticks cannot run`);
  process.exit(1);
}
let failed = 0;
// several figures come from one run of the same yardstick: run each command once
const runs = new Map();
const run = (args) => {
  const key = args.join(' ');
  if (!runs.has(key)) {
    const started = Date.now();
    // our own scorers (scripts/*.ts, such as the real-news gold's) run from source; the rest are ../shared/eval's
    const command = args[0].startsWith('scripts/') ? ['--import', 'tsx', join(root, args[0])] : [join(evalDir, args[0])];
    const r = spawnSync(process.execPath, [...command, ...args.slice(1)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    runs.set(key, { ...r, seconds: (Date.now() - started) / 1000 });
  }
  return runs.get(key);
};
for (const y of yardsticks) {
  const r = run(y.args);
  const out = `${r.stdout}${r.stderr}`;
  const m = new RegExp(y.pattern).exec(out);
  const value = m ? Number(m[1]) : NaN;
  const ok = r.status === 0 && value >= y.floor;
  console.log(out.trim().split('\n').slice(-3).join('\n'));
  console.log(`${ok ? 'ok' : 'FAIL'} ${y.name}: ${Number.isNaN(value) ? 'no figure' : value} (floor ${y.floor}), ${r.seconds.toFixed(0)} s\n`);
  if (!ok) failed += 1;
}
process.exit(failed ? 1 : 0);
