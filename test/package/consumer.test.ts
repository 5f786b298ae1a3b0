// A project of a user's own installs the packed tarball and type-checks a strict TypeScript use of the
// library against the types the package ships, then runs it. Tests reach no network, and the npm cache
// holds no registry metadata for dyad's dependencies (`npm install --offline` stops at the first one),
// so the tarball is unpacked into the project's node_modules as npm unpacks it, and the project sits
// below the checkout, whose installed node_modules give the dependencies, TypeScript and Node's types.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const USE = `import { codeText, createPipeline, toRecord, type OutputRecord, type RecordEvent } from 'dyad';
import schema from 'dyad/schema/record.schema.json' with { type: 'json' };

const record: OutputRecord = await codeText('Gondor praised Arnor on Monday for its help.\\n\\nThe envoys of Rohan met the king of Gondor.', { date: 'Jan 5, 2024' });
const events: RecordEvent[] = record.events;
const first: string | undefined = events[0]?.evidence.verb.text;
const published: string | null = record.article?.published ?? null;
const pipeline = createPipeline();
const doc = await pipeline.process({ id: 'x', origin: 'consumer', text: 'Rohan met Gondor.', verbatim: true });
const again: OutputRecord = toRecord(doc, pipeline.versions);
console.log(JSON.stringify({ date: record.referenceDate, dyad: record.versions.dyad, first, published, again: again.id, schema: typeof schema }));
`;

test('a consumer project installs the tarball and type-checks a strict use of the API', { timeout: 600_000 }, () => {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.cache', 'consumer-'));
  // what a user gets: the files the package publishes, and nothing else from the checkout
  npm(['pack', '--pack-destination', dir, '--ignore-scripts'], ROOT);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  const project = join(dir, 'project');
  const installed = join(project, 'node_modules', 'dyad');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', installed, '--strip-components=1']);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { dyad: `file:../${tarball}` } }));
  writeFileSync(join(project, 'use.ts'), USE);
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', resolveJsonModule: true, skipLibCheck: false, outDir: 'out', types: ['node'] },
      files: ['use.ts'],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const run = spawnSync(process.execPath, [join(project, 'out/use.js')], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
  assert.deepEqual(out, { ...out, date: '2024-01-05', published: null, again: 'x', schema: 'object' });
  rmSync(dir, { recursive: true, force: true });
});
