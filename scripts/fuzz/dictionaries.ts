// Child of the fuzzing harness: loads mutated PETRARCH dictionary sets `--from` .. `--from + --count`
// of seed `--seed` and prints one JSON line per set: loaded (with its issue count), refused (with the
// message) or crashed (with the stack). The parent runs it under a time limit, so a hang shows as one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DictionaryError, loadPetrarchDictionaries } from '../../src/dictionary/petrarch/load.js';
import { DICTIONARY_FILES, mutateDictionary, rng } from './mutate.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('--seed', 1);
const from = arg('--from', 0);
const count = arg('--count', 100);

const root = mkdtempSync(join(tmpdir(), 'dyad-fuzz-dict-'));
const cacheDir = join(root, 'cache');
try {
  for (let i = from; i < from + count; i++) {
    const r = rng(seed * 1_000_003 + i);
    const dir = join(root, `set${i}`);
    mkdirSync(dir);
    const names = Object.keys(DICTIONARY_FILES) as (keyof typeof DICTIONARY_FILES)[];
    for (const name of names) {
      let text: string = DICTIONARY_FILES[name];
      const rounds = r.chance(0.5) ? 1 : 1 + r.int(4);
      if (r.chance(0.7)) for (let k = 0; k < rounds; k++) text = mutateDictionary(r, text);
      // now and then a file goes missing
      if (!r.chance(0.03)) writeFileSync(join(dir, name), text);
    }
    const started = performance.now();
    let line: Record<string, unknown>;
    try {
      // every fourth set goes through the cache (written, then read back)
      const useCache = i % 4 === 0;
      const loaded = loadPetrarchDictionaries(dir, { cacheDir: useCache ? cacheDir : null });
      if (useCache) loadPetrarchDictionaries(dir, { cacheDir });
      line = { i, outcome: 'loaded', issues: loaded.dictionaries.issues.length };
    } catch (err) {
      line = err instanceof DictionaryError ? { i, outcome: 'refused', message: err.message.slice(0, 200) } : { i, outcome: 'crashed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    process.stdout.write(`${JSON.stringify({ ...line, ms: Math.round(performance.now() - started) })}\n`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
