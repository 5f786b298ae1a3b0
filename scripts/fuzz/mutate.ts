// Structure-aware mutations for the fuzzing harness: news-like texts and pages, JSON lines and
// PETRARCH dictionaries, each changed the way real input goes wrong (stray bytes, control and escape
// characters, odd Unicode, broken markup, wrong field types, odd dates and options, long runs, broken
// dictionary syntax). Everything comes from one seeded generator, so a seed replays a run exactly.
// The texts are written here for the harness; none is taken from a corpus.

/** mulberry32: small, fast and good enough to drive mutations reproducibly. */
export function rng(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)]!, chance: (p: number) => next() < p };
}

export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

const ACTORS = ['Gondor', 'Rohan', 'the government of Arnor', 'Prime Minister Elena Varga', 'the rebels', 'police', 'the United Nations', 'President Okafor', "Rohan's army", 'the ministry'];
const VERBS = ['praised', 'accused', 'met', 'attacked', 'signed a deal with', 'condemned', 'said it would help', 'threatened', 'thanked', 'arrested'];
const TAILS = ['on Monday', 'last week', 'in the capital', 'on March 3, 2021', 'yesterday', 'after talks', 'in 1950', 'on Tuesday', ''];
const SEPARATORS = ['. ', '.\n', '.\n\n', '! ', '? ', '; ', '."\n'];

function sentence(r: Random): string {
  const quote = r.chance(0.2);
  const core = `${r.pick(ACTORS)} ${r.pick(VERBS)} ${r.pick(ACTORS)} ${r.pick(TAILS)}`.trim();
  return quote ? `"${core}," ${r.pick(ACTORS)} said` : core;
}

/** A plausible scraped article: headline, optional byline and dateline, a few paragraphs. */
export function article(r: Random): string {
  const parts = [`${r.pick(ACTORS)} ${r.pick(VERBS)} ${r.pick(ACTORS)}`, ''];
  if (r.chance(0.3)) parts.push(`By ${r.pick(['Ana Lind', 'J. Mbeki', 'Staff'])}`);
  const body: string[] = [];
  const n = 1 + r.int(12);
  for (let i = 0; i < n; i++) body.push(sentence(r) + r.pick(SEPARATORS));
  if (r.chance(0.3)) body[0] = `MINAS TIRITH, Oct. ${1 + r.int(28)} (Reuters) - ${body[0]}`;
  parts.push(body.join(''));
  return parts.join('\n');
}

/** The article as a web page, sometimes with the clutter pages carry. */
export function page(r: Random, text: string): string {
  const paras = text
    .split(/\n+/)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const meta = r.chance(0.5) ? `<meta property="article:published_time" content="${r.pick(['2023-10-18T10:00:00Z', '1999-01-01', 'garbage', '0001-01-01T00:00:00Z'])}">` : '';
  const clutter = r.chance(0.4) ? '<nav><a href="/">Home</a><a href="/world">World</a></nav><script>var x = "<p>not text</p>";</script>' : '';
  return `<!doctype html><html><head><title>News</title>${meta}</head><body>${clutter}<article><h1>Report</h1>${paras}</article><footer>(c) Site</footer></body></html>`;
}

const ODD = ['\u0000', '\u0007', '\u001b[31m', '\u001b]0;title\u0007', '\r', '\u0085', '\u00a0', '\u200b', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udc00', '😀', 'e\u0301', '\u2028', '\t', 'ﬁ', '\u0130'];
const MARKUP = ['<', '>', '&amp;', '&#0;', '&#x110000;', '<b>', '</p>', '<!--', '-->', '<![CDATA[', '<script>', '<p', '"', "'", '<br/>', '<div><div><div>'];

/** One text mutation: characters, runs and fragments where text goes wrong. */
export function mutateText(r: Random, text: string): string {
  const at = r.int(text.length + 1);
  const ins = (s: string) => text.slice(0, at) + s + text.slice(at);
  switch (r.int(12)) {
    case 0:
      return ins(r.pick(ODD));
    case 1:
      return ins(r.pick(MARKUP));
    case 2:
      return ins(r.pick(["'", '.', ' ', '-', '"', '(', ',', '\n']).repeat(1 + r.int(r.chance(0.1) ? 20_000 : 200)));
    case 3:
      return text.slice(0, at) + text.slice(at + r.int(50));
    case 4:
      return ins(text.slice(r.int(text.length), r.int(text.length) + 200).repeat(1 + r.int(r.chance(0.1) ? 300 : 5)));
    case 5:
      return ins(String.fromCharCode(r.int(0x10000)));
    case 6:
      return ins(r.pick(['Mr.', 'U.S.', 'No.', 'e.g.', '...', '—', '–', '“', '”', '‘', '’']));
    case 7:
      return ins(`<b>${r.pick(ACTORS)}</b>`.repeat(1 + r.int(r.chance(0.05) ? 3000 : 5)));
    case 8:
      return text.toUpperCase();
    case 9:
      return ins(r.pick(['9999', '0000', '-1', '1e308', 'NaN', '31/02/2020', 'February 30, 2021', 'year 10000']));
    case 10:
      return ins(Array.from({ length: 1 + r.int(40) }, () => String.fromCharCode(0x20 + r.int(0x5f))).join(''));
    default:
      return text.split(/\s+/).reverse().join(' ');
  }
}

/** A field value of the wrong type or an odd value of the right one. */
function oddValue(r: Random): unknown {
  return r.pick<unknown>([
    null,
    true,
    0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    [],
    {},
    ['a'],
    { a: 1 },
    'x'.repeat(r.int(300)),
    '2023-02-30',
    '0000-01-01',
    '99999999',
    '20231018',
    '18000101',
    '2200-12-31',
    'https://news.example.com/\ud800',
    'https://news.example.com/a\u0000b',
    'javascript:alert(1)',
  ]);
}

export interface FuzzRecord {
  /** The JSON line as written (may be malformed on purpose). */
  readonly line: string;
  /** The id the output record must carry, or null for "the line's place" (fallback id). */
  readonly id: string | null;
}

/** One JSON line: a record built from an article, then its structure mutated. */
export function record(r: Random, id: string): FuzzRecord {
  let text = article(r);
  const rounds = r.int(4);
  for (let i = 0; i < rounds; i++) text = mutateText(r, text);
  // now and then an id no store can hold as given (a lone surrogate, U+0000) or a terminal escape
  const o: Record<string, unknown> = { id: r.chance(0.02) ? `${id}${r.pick(['\ud800', '\udc00', '\u0000', '\u001b[2J', ' '])}` : id };
  if (r.chance(0.35)) o.html = page(r, text);
  else o.text = text;
  if (r.chance(0.5)) o.date = r.chance(0.7) ? `20${10 + r.int(15)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}` : oddValue(r);
  if (r.chance(0.1)) o.url = r.chance(0.5) ? 'https://news.example.com/2023/10/18/story' : oddValue(r);
  if (r.chance(0.15)) o.verbatim = r.chance(0.5) ? true : oddValue(r);
  if (r.chance(0.15)) o.options = r.chance(0.5) ? { [r.pick(['new_actor_length', 'comma_min', 'comma_max', 'require_dyad', 'bogus', '__proto__'])]: oddValue(r) } : oddValue(r);
  if (r.chance(0.03)) o.text = oddValue(r);
  if (r.chance(0.02)) o.html = '';
  if (r.chance(0.02)) delete o.text;
  let line = JSON.stringify(o);
  let keepsId = true;
  switch (r.int(40)) {
    case 0:
      line = line.slice(0, r.int(line.length));
      keepsId = false;
      break;
    case 1:
      line = `[${line}]`;
      keepsId = false;
      break;
    case 2:
      line = line.replace('{', '{"id": 1, ');
      keepsId = false;
      break;
    case 3:
      line = `\ufeff${line}`;
      keepsId = false;
      break;
    default:
  }
  // a line that is no longer the object we built gets its place for an id
  return { line, id: keepsId ? id : null };
}

/** Bytes of a non-JSON input file (.txt or .html), sometimes in another encoding or binary. */
export function fileBytes(r: Random, kind: 'txt' | 'html'): Buffer {
  let text = article(r);
  if (r.chance(0.5)) text = mutateText(r, text);
  const body = kind === 'html' ? page(r, text) : text;
  switch (r.int(10)) {
    case 0:
      return Buffer.from(body, 'latin1');
    case 1:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    case 2:
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'latin1')]);
    case 3:
      return Buffer.from(Array.from({ length: 200 + r.int(4000) }, () => r.int(256)));
    case 4:
      return Buffer.concat([Buffer.from(body), Buffer.from([0x93, 0x00, 0xe9])]);
    case 5:
      return Buffer.alloc(0);
    default:
      return Buffer.from(body);
  }
}

// ---------------------------------------------------------------------------------------------------
// Dictionaries

const BASE_VERBS = `&ALLY_WORDS
+ALLY
+PARTNER
--- PRAISE [051] ---
PRAISE
COMMEND {COMMENDED COMMENDING}
- * $ FOR [051]
- $ * + &ALLY_WORDS [051]
--- MEET [036] ---
MEET {MET MEETING MEETS}
- * WITH + [036]
--- ACCUSE [112] ---
ACCUSE
- * + OF [112]
~ a (a b ACCUSE) SAY = a b 112
`;
const BASE_ACTORS = `GONDOR [GON]
+GONDORIAN
ROHAN [ROH]
ARNOR
\t[ARN 19500101-20991231]
\t[ARNGOV >20000101]
`;
const BASE_AGENTS = `!PERSON! = MAN, WOMAN
MINISTER [~GOV]
REBEL {} [~REB]
!PERSON!_OF_GOD [~REL]
`;
const BASE_DISCARDS = 'FOOTBALL\n+HOROSCOPE\n';

export const DICTIONARY_FILES = { 'f.verbs.txt': BASE_VERBS, 'f.actors.txt': BASE_ACTORS, 'f.agents.txt': BASE_AGENTS, 'f.discards.txt': BASE_DISCARDS } as const;

const DICT_PIECES = [
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  '<!--',
  '-->',
  '<! --',
  '#',
  '---',
  '- ',
  '+',
  '&',
  '~',
  '!',
  '!A!',
  '!PERSON!',
  '$',
  '*',
  '%',
  '^',
  '_',
  ':',
  '<',
  '>',
  '=',
  ',',
  '0',
  '990101',
  '[---]',
  '[~]',
  '[:]',
  '[###]',
  '\t',
  '\r',
  ' ',
  '\u0000',
  'É',
  '\ufeff',
];

/** One mutation of a dictionary file's text: broken syntax, long runs, self-reference, explosions. */
export function mutateDictionary(r: Random, text: string): string {
  const lines = text.split('\n');
  const at = r.int(lines.length + 1);
  const put = (line: string) => [...lines.slice(0, at), line, ...lines.slice(at)].join('\n');
  const line = lines[Math.min(at, lines.length - 1)] ?? '';
  const col = r.int(line.length + 1);
  switch (r.int(12)) {
    case 0:
      return put(line.slice(0, col) + r.pick(DICT_PIECES) + line.slice(col));
    case 1:
      return put(`${r.pick(['MINISTER', '- *', '--- X', '+', '&SET', '!A! =', 'GONDOR'])}${' '.repeat(1 + r.int(r.chance(0.2) ? 100_000 : 300))}${r.pick(['X', '[', '{', ']', ''])}`);
    case 2:
      return put(`${r.pick(['!A! = X!A!', '!A! = !B!, C', '!B! = !A!', '!T! = A, B, C, D, E, F, G, H, I, J'])}\n${'!T!'.repeat(r.int(8))}!A! [~GOV]`);
    case 3:
      return put(Array.from({ length: 2 + r.int(30) }, (_, i) => `&CHAIN${i}\n+&CHAIN${i + 1}\n+&CHAIN${i + 1}`).join('\n') + '\n- * &CHAIN0 [010]');
    case 4:
      return lines.filter((_, i) => i !== at).join('\n');
    case 5:
      return put(r.pick(DICT_PIECES).repeat(1 + r.int(r.chance(0.2) ? 50_000 : 100)));
    case 6:
      return `${text}\n<!-- never closed\n${text}`;
    case 7:
      return '';
    case 8:
      return put(`BREAK {${'A '.repeat(1 + r.int(5000))}`);
    case 9:
      return put(`--- ${'X'.repeat(r.int(50))} [${r.pick(['', '0', '9999', 'abc', ':', '---', '+++', '1:2:3'])}] ---`);
    case 10:
      return text.split('').reverse().join('');
    default:
      return put(Array.from({ length: 1 + r.int(60) }, () => r.pick(DICT_PIECES)).join(''));
  }
}
