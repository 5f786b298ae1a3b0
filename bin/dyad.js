#!/usr/bin/env node
// Entry point: the compiled command line in dist/ (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write('dyad: dist/ is missing; run `npm install` (or `npm run build`) in the dyad folder first\n');
  process.exit(1);
}
const { main, toleratePipeClosed } = await import(compiled.href);
toleratePipeClosed();
process.exitCode = await main(process.argv.slice(2));
