// Prints how long the geographic index takes to build and how much memory it holds, then how fast a
// look-up is once it is built. Usage: npx tsx scripts/geo-index.ts
import { geocodePlace } from '../src/dataset/geography.js';

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

globalThis.gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
geocodePlace('Paris', 'FRA');
const built = performance.now() - t0;
globalThis.gc?.();
const after = process.memoryUsage();
const names = ['Paris', 'Springfield', 'Kyiv', 'Georgia', 'California', 'Lagos', 'Nowhereville', 'Washington'];
const n = 100_000;
const t1 = performance.now();
for (let i = 0; i < n; i++) geocodePlace(names[i % names.length] ?? '', i % 2 === 0 ? null : 'USA');
const lookups = performance.now() - t1;
console.log(`index built on first use: ${built.toFixed(0)} ms`);
console.log(`heap used +${mb(after.heapUsed - before.heapUsed)}, rss +${mb(after.rss - before.rss)}${globalThis.gc ? '' : ' (run with node --expose-gc for exact heap figures)'}`);
console.log(`look-ups: ${((lookups * 1000) / n).toFixed(2)} us each (${n} look-ups)`);
