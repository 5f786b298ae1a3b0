// Coder speed on real text with the production PETRARCH dictionaries: analyses the PolNeAR training
// texts (or the files given), then times codeDocument alone over them.
//
//   node --import tsx scripts/bench-coder.ts [--dictionaries DIR] [--docs N] [FILE...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeDocument } from '../src/coder/code.js';
import { loadPetrarchDictionaries } from '../src/dictionary/petrarch/load.js';
import { analyze } from '../src/language/analyze.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'data');
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
};
const dir = flag('--dictionaries', join(SHARED, 'phoenix'));
const maxDocs = Number(flag('--docs', '300'));
const textDir = join(SHARED, 'polnear', 'train', 'text');
const files =
  args.length > 0
    ? args
    : readdirSync(textDir)
        .sort()
        .slice(0, maxDocs)
        .map((f) => join(textDir, f));

let t = performance.now();
const { dictionaries, fromCache } = loadPetrarchDictionaries(dir);
console.log(`dictionaries: ${(performance.now() - t).toFixed(0)} ms (${fromCache ? 'cache' : 'cold'}), ${dictionaries.actors.length} actor phrases, ${dictionaries.data.verbs.patterns.reduce((n, b) => n + (JSON.parse(b) as unknown[]).length, 0)} patterns`);

t = performance.now();
const docs = files.map((f) => {
  const text = readFileSync(f, 'utf8');
  return { text, ...analyze(text) };
});
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
console.log(`analysis: ${docs.length} documents, ${sentences} sentences in ${(performance.now() - t).toFixed(0)} ms`);

let events = 0;
const rounds = 3;
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes
const cpu0 = process.cpuUsage();
t = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const d of docs) events += codeDocument({ text: d.text, sentences: d.sentences, tokens: d.tokens, date: '2016-01-01', options: {} }, dictionaries, null).events.length;
}
const ms = performance.now() - t;
const cpu = process.cpuUsage(cpu0).user / 1000;
console.log(`coder: ${((rounds * sentences) / (ms / 1000)).toFixed(0)} sentences/s wall, ${((rounds * sentences) / (cpu / 1000)).toFixed(0)} per CPU second (${(ms / rounds).toFixed(0)} ms per pass, ${events / rounds} events)`);
console.log(`rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
