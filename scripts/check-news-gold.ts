// Checks the real-news gold files (gold/news/<annotator>/<slug>.jsonl, docs/news-gold-guide.md) before
// they are committed: every line well-formed, triggers inside the base text on word boundaries, lines
// sorted, CAMEO codes in kb/cameo-codes.tsv, actor codes built from known countries, organisations and
// roles, dates real days, and every file a document listed for that annotator in documents.tsv.
//   node --import tsx scripts/check-news-gold.ts [--shared DIR] [--annotator b]
// Prints one line per problem (document, line, what is wrong) and a count per annotator; exits 1 on
// any problem. The trigger words are printed with --words, to the console only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTOR_CODE } from '../src/kb/actors.js';
import { cameoTable, loadKnowledgeBase } from '../src/kb/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const GOLD = resolve(here, '../gold/news');
const { values: o } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(here, '../../shared') },
    annotator: { type: 'string' },
    words: { type: 'boolean', default: false },
  },
});
const SHARED = resolve(o.shared!);
if (!existsSync(join(SHARED, 'data'))) {
  console.error(`no shared data under ${SHARED}: pass --shared /path/to/shared`);
  process.exit(2);
}

interface GoldEvent {
  start: number;
  end: number;
  code: string;
  source: string[];
  target: string[] | null;
  historical: boolean;
  date: string | null;
}
const KEYS = ['start', 'end', 'code', 'source', 'target', 'historical', 'date'];

/** BASE text as the guide fixes it: PolNeAR minus its title line, extraction articleBody as stored. */
function baseText(doc: string): string | null {
  const [kind, name] = doc.split(':', 2) as [string, string | undefined];
  if (kind === 'polnear' && name) {
    for (const split of ['train', 'dev']) {
      const path = join(SHARED, 'data/polnear', split, 'text', `${name}.txt`);
      if (existsSync(path)) {
        const raw = readFileSync(path, 'utf8');
        return raw.slice(raw.indexOf('\n') + 1);
      }
    }
    return null;
  }
  if (kind === 'extraction' && name) return extractionBodies().get(name) ?? null;
  return null;
}
let bodies: Map<string, string> | null = null;
function extractionBodies(): Map<string, string> {
  if (bodies === null) {
    const path = join(SHARED, 'data/extraction/ground-truth.json');
    const raw = existsSync(path) ? readFileSync(path) : existsSync(`${path}.gz`) ? gunzipSync(readFileSync(`${path}.gz`)) : null;
    const json = raw ? (JSON.parse(raw.toString('utf8')) as Record<string, { articleBody?: string }>) : {};
    bodies = new Map(Object.entries(json).map(([id, page]) => [id, page.articleBody ?? '']));
  }
  return bodies;
}

const { kb } = loadKnowledgeBase();
const table = cameoTable();
const firstGroups = new Set(['IGO', 'NGO', 'MNC', ...kb.countries.map((c) => c.code), ...kb.organisations.map((g) => g.code.slice(0, 3))]);
const orgCodes = new Set(kb.organisations.map((g) => g.code));
const roleCodes = new Set(kb.roles.map((r) => r.code));

/** Why an actor code is not acceptable, or null: a known code, or a known stem followed by roles. */
function actorProblem(code: string): string | null {
  if (!ACTOR_CODE.test(code)) return `actor code ${JSON.stringify(code)} is not groups of three capitals`;
  if (!firstGroups.has(code.slice(0, 3))) return `actor code ${code} starts with no known country or sector`;
  for (let stem = code.length; stem >= 3; stem -= 3) {
    const head = code.slice(0, stem);
    if (stem > 3 && !orgCodes.has(head)) continue;
    const rest = code.slice(stem).match(/.{3}/g) ?? [];
    if (rest.every((g) => roleCodes.has(g))) return null;
  }
  return `actor code ${code} has groups that are neither roles nor a known organisation`;
}

const isDay = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const wordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function checkEvent(e: GoldEvent, base: string): string[] {
  const p: string[] = [];
  const keys = Object.keys(e);
  if (keys.length !== KEYS.length || KEYS.some((k, i) => keys[i] !== k)) p.push(`keys must be ${KEYS.join(', ')} in that order`);
  if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end <= e.start || e.end > base.length) {
    p.push(`trigger ${e.start}-${e.end} is not a span of the base text (length ${base.length})`);
  } else {
    const word = base.slice(e.start, e.end);
    if (word.trim() !== word || word === '') p.push('trigger starts or ends with white space');
    if (wordChar(base[e.start - 1]) && wordChar(base[e.start])) p.push('trigger starts inside a word');
    if (wordChar(base[e.end - 1]) && wordChar(base[e.end])) p.push('trigger ends inside a word');
  }
  if (typeof e.code !== 'string' || !table.isCameoCode(e.code)) p.push(`event code ${JSON.stringify(e.code)} is not in kb/cameo-codes.tsv`);
  if (e.code === '010') p.push('plain 010 is never written');
  if (!Array.isArray(e.source) || e.source.length === 0) p.push('source must list at least one actor code');
  if (e.target !== null && (!Array.isArray(e.target) || e.target.length === 0)) p.push('target must be null or list at least one actor code');
  for (const code of [...(e.source ?? []), ...(e.target ?? [])]) {
    const why = actorProblem(code);
    if (why) p.push(why);
  }
  if (typeof e.historical !== 'boolean') p.push('historical must be true or false');
  if (e.date !== null && (typeof e.date !== 'string' || !isDay(e.date))) p.push(`date ${JSON.stringify(e.date)} is not a YYYY-MM-DD day`);
  return p;
}

const listed = new Map<string, string[]>();
for (const line of readFileSync(join(GOLD, 'documents.tsv'), 'utf8').split('\n')) {
  const [doc, , , annotators] = line.split('\t');
  if (doc && annotators && doc !== 'doc') listed.set(doc, annotators.split(','));
}

let problems = 0;
const report = (where: string, what: string): void => {
  problems++;
  console.log(`${where}: ${what}`);
};
const annotators = readdirSync(GOLD, { withFileTypes: true }).filter((d) => d.isDirectory() && (!o.annotator || d.name === o.annotator));
for (const dir of annotators) {
  let files = 0;
  let events = 0;
  for (const file of readdirSync(join(GOLD, dir.name))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    files++;
    const doc = file.slice(0, -'.jsonl'.length).replace('__', ':');
    const where = `${dir.name}/${file}`;
    if (!listed.get(doc)?.includes(dir.name)) report(where, `document not listed for annotator ${dir.name} in documents.tsv`);
    const base = baseText(doc);
    if (base === null) {
      report(where, `no base text found for ${doc} under ${SHARED}`);
      continue;
    }
    let previous = -1;
    readFileSync(join(GOLD, dir.name, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.trim() === '') return;
        let e: GoldEvent;
        try {
          e = JSON.parse(text) as GoldEvent;
        } catch {
          report(`${where}:${i + 1}`, 'not a JSON line');
          return;
        }
        events++;
        for (const why of checkEvent(e, base)) report(`${where}:${i + 1}`, why);
        if (e.start < previous) report(`${where}:${i + 1}`, 'lines are not sorted by start');
        previous = e.start;
        if (o.words) console.log(`${where}:${i + 1} ${e.code} ${JSON.stringify(base.slice(e.start, e.end))}`);
      });
  }
  console.log(`annotator ${dir.name}: ${files} documents, ${events} events`);
}
console.log(problems === 0 ? 'no problems' : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
