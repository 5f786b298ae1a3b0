// The share of PERSON and ORG mentions that carry an actor code, on the PolNeAR dev texts (issue 16):
//   npm run score:actor-coverage -- [--kb DIR] [--shared DIR] [--show N] [--list] [--sample N --seed S]
// Each text goes through the CLI with its publication date (metadata.tsv), so offices are read for
// that day. `--kb DIR` codes with another knowledge-base folder (DYAD_KB_DIR), e.g. an older version
// exported with `git archive <commit> kb | tar -x -C /tmp/old`, to measure a change of the data.
// Prints the share by mention and by distinct name, per type, and the most frequent uncoded names.
// `--list` prints every uncoded mention in its context, to group them by kind; `--sample N` prints N
// coded mentions drawn with a fixed seed (`--seed`, default 16), in context with the document's date,
// for a check by hand.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: o } = parseArgs({
  options: {
    kb: { type: 'string' },
    shared: { type: 'string', default: resolve(root, '..', 'shared') },
    show: { type: 'string', default: '15' },
    list: { type: 'boolean', default: false },
    sample: { type: 'string', default: '0' },
    seed: { type: 'string', default: '16' },
  },
});
const polnear = join(resolve(o.shared!), 'data', 'polnear');
const dates = new Map<string, string>();
for (const line of readFileSync(join(polnear, 'metadata.tsv'), 'utf8').split('\n').slice(1)) {
  const cells = line.split('\t');
  if (cells[1] && /^\d{4}-\d{2}-\d{2}$/.test(cells[5] ?? '')) dates.set(cells[1], cells[5]!);
}
const textDir = join(polnear, 'dev', 'text');
const inputs = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, '');
    return { id, text: readFileSync(join(textDir, f), 'utf8'), date: dates.get(id) ?? null, verbatim: true };
  });
const env = o.kb ? { ...process.env, DYAD_KB_DIR: resolve(o.kb) } : process.env;
const run = spawnSync(process.execPath, [join(root, 'bin', 'dyad.js'), 'code', '-', '--format', 'jsonl'], { input: inputs.map((i) => JSON.stringify(i)).join('\n'), env, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0) throw new Error(`dyad failed: ${run.stderr}`);

interface Entity {
  text: string;
  type: string;
  actor: string | null;
  name: string;
  start: number;
  end: number;
  rule: string;
}

/** A mention with its document, for the lists. */
interface Seen {
  readonly id: string;
  readonly date: string | null;
  readonly entity: Entity;
  readonly context: string;
}
const byId = new Map(inputs.map((i) => [i.id, i]));
const CONTEXT = 60;
const contextOf = (text: string, e: Entity): string => `${text.slice(Math.max(0, e.start - CONTEXT), e.start)}[[${text.slice(e.start, e.end)}]]${text.slice(e.end, e.end + CONTEXT)}`.replace(/\s+/g, ' ');
const seenCoded: Seen[] = [];
const seenUncoded: Seen[] = [];
const tally = new Map<string, { mentions: number; coded: number; names: Map<string, boolean> }>();
const uncoded = new Map<string, number>();
let errors = 0;
for (const line of run.stdout.split('\n').filter((l) => l.trim() !== '')) {
  const record = JSON.parse(line) as { id: string; error: unknown; entities?: Entity[] };
  if (record.error) errors++;
  const input = byId.get(record.id);
  for (const e of record.entities ?? []) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    if (input) (e.actor ? seenCoded : seenUncoded).push({ id: input.id, date: input.date, entity: e, context: contextOf(input.text, e) });
    const t = tally.get(e.type) ?? { mentions: 0, coded: 0, names: new Map() };
    tally.set(e.type, t);
    t.mentions++;
    if (e.actor) t.coded++;
    t.names.set(e.name, (t.names.get(e.name) ?? false) || e.actor !== null);
    if (!e.actor) uncoded.set(`${e.type} ${e.name}`, (uncoded.get(`${e.type} ${e.name}`) ?? 0) + 1);
  }
}
const share = (a: number, b: number) => `${a}/${b} ${(b ? a / b : 0).toFixed(3)}`;
let mentions = 0;
let coded = 0;
for (const [type, t] of [...tally].sort()) {
  mentions += t.mentions;
  coded += t.coded;
  const names = [...t.names.values()];
  console.log(`${type}: mentions coded ${share(t.coded, t.mentions)}; distinct names coded ${share(names.filter(Boolean).length, names.length)}`);
}
console.log(`PERSON+ORG mentions with an actor code on PolNeAR dev (${inputs.length} texts, ${errors} errors${o.kb ? `, kb ${o.kb}` : ''}): ${share(coded, mentions)}`);
const top = [...uncoded].sort((a, b) => b[1] - a[1]).slice(0, Number(o.show));
console.log(`most frequent uncoded: ${top.map(([n, c]) => `${n} (${c})`).join(', ')}`);

const describe = (m: Seen) => `${m.id}\t${m.date ?? '-'}\t${m.entity.type}\t${m.entity.actor ?? '-'}\t${m.entity.rule}\t${m.entity.name}\t${m.context}`;
if (o.list) for (const m of seenUncoded) console.log(`uncoded\t${describe(m)}`);
// a small linear congruential generator: the same sample for the same seed and output
let state = Number(o.seed) >>> 0;
const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pool = [...seenCoded];
for (let n = 0; n < Number(o.sample) && pool.length > 0; n++) console.log(`sample ${n + 1}\t${describe(pool.splice(Math.floor(next() * pool.length), 1)[0]!)}`);
