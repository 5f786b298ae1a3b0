// Actor coverage on the PolNeAR dev texts (issue 16): the share of PERSON and ORG name mentions that
// carry an actor code, and a seeded random sample of coded mentions with their context and the
// document's date, to be checked by hand against that date.
//   npm run score:actors -- [--split dev|train] [--sample N] [--seed N] [--limit N] [--shared DIR]
// Each text is dated from its file name (breitbart_2016-09-12_...); a name without a date leaves the
// document undated, as the scorers of ../shared/eval send it. The sample is printed on the terminal
// only: nothing from the corpus is written anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPipeline } from '../src/pipeline.js';
import type { Mention } from '../src/types.js';

const root = resolve(import.meta.dirname, '..');
const { values: o } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    sample: { type: 'string', default: '100' },
    seed: { type: 'string', default: '16' },
    limit: { type: 'string' },
    shared: { type: 'string' },
  },
});
const textDir = join(o.shared ? resolve(o.shared) : resolve(root, '..', 'shared'), 'data', 'polnear', o.split!, 'text');
const files = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, o.limit ? Number(o.limit) : undefined);
const FILE_DATE = /_((?:19|20)\d\d-\d\d-\d\d)_/;

/** The types whose mentions should name an actor; places (GPE) are often rightly uncoded. */
const SCORED_TYPES = new Set(['PERSON', 'ORG']);

interface Coded {
  readonly file: string;
  readonly date: string | null;
  readonly mention: Mention;
  readonly context: string;
}

const pipeline = createPipeline();
const tally = { names: 0, namesCoded: 0, all: 0, allCoded: 0 };
/** Type -> [name mentions, coded name mentions]. */
const byType = new Map<string, [number, number]>([...SCORED_TYPES].map((t) => [t, [0, 0]]));
const coded: Coded[] = [];
/** Uncoded name mentions by canonical name: what the knowledge base lacks, most frequent first. */
const uncoded = new Map<string, number>();
let undated = 0;
for (const file of files) {
  const text = readFileSync(join(textDir, file), 'utf8');
  const date = FILE_DATE.exec(file)?.[1] ?? null;
  if (!date) undated++;
  const doc = await pipeline.process({ id: file, origin: file, text, verbatim: true, ...(date ? { date } : {}) });
  if (doc.error) {
    console.error(`${file}: ${doc.error.message}`);
    continue;
  }
  const body = doc.article?.text ?? '';
  for (const m of doc.mentions) {
    if (!SCORED_TYPES.has(m.type)) continue;
    tally.all++;
    if (m.actor) tally.allCoded++;
    // descriptions and pronouns take their code from a name or a role word: the names are the test
    if (m.form !== 'name') continue;
    tally.names++;
    byType.get(m.type)![0]++;
    if (!m.actor) {
      uncoded.set(`${m.type} ${m.name}`, (uncoded.get(`${m.type} ${m.name}`) ?? 0) + 1);
      continue;
    }
    tally.namesCoded++;
    byType.get(m.type)![1]++;
    const context = `${body.slice(Math.max(0, m.start - 70), m.start)}[[${body.slice(m.start, m.end)}]]${body.slice(m.end, m.end + 70)}`.replace(/\s+/g, ' ');
    coded.push({ file, date: doc.date, mention: m, context });
  }
}

const share = (a: number, b: number) => `${b ? (a / b).toFixed(3) : 'n/a'} (${a}/${b})`;
console.log(`score:actors ${o.split}: ${files.length} texts (${undated} without a date in the file name)`);
console.log(`PERSON+ORG name mentions with an actor code: ${share(tally.namesCoded, tally.names)}`);
console.log(`  ${[...byType].map(([type, [n, c]]) => `${type} ${share(c, n)}`).join(', ')}`);
console.log(`  all forms (names, titles, descriptions, pronouns): ${share(tally.allCoded, tally.all)}`);
const missing = [...uncoded].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(`  most frequent uncoded names: ${missing.map(([n, c]) => `${n} ${c}`).join(', ')}`);

// mulberry32: a small seeded generator, so the same seed gives the same sample to check again
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(Number(o.seed));
const pool = [...coded];
const size = Math.min(Number(o.sample), pool.length);
for (let i = 0; i < size; i++) {
  const j = i + Math.floor(next() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
if (size) console.log(`\nsample of ${size} coded mentions (seed ${o.seed}): n, date, code, name, rule | context`);
pool.slice(0, size).forEach((c, i) => {
  const m = c.mention;
  console.log(`${String(i + 1).padStart(3)} ${c.date ?? 'undated'} ${m.actor} ${m.type} "${m.name}" ${m.provenance.rule} | ${c.context}`);
});
