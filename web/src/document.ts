// The annotated article at /documents/{id}: its text with every fact found in it marked where its
// words are (entities and their actor codes, quotes with their speakers, events with their verbs
// and actors), each mark telling on hover the rule or dictionary entry that made it. #event-N
// marks and scrolls to the sentence event N was coded from. All of it is built as text nodes.
import './style.css';
import { api, QUAD_NAMES, type AnnotatedDocument, type Mention } from './api.js';
import { clear, el, link, message } from './dom.js';

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: 'entity' | 'quote' | 'speaker' | 'verb' | 'event-actor' | 'target';
  readonly note: string;
  readonly event?: number;
}

const root = document.getElementById('article')!;

function eventLabel(m: Mention): string {
  return `${m.source.code || m.source.text} ${m.code} ${m.target ? m.target.code || m.target.text : '—'}`;
}

function eventNote(m: Mention): string {
  const lines = [
    `event ${eventLabel(m)}${m.quad ? ` (${QUAD_NAMES[m.quad - 1]})` : ''}${m.goldstein === null ? '' : `, Goldstein ${m.goldstein}`}`,
    `rule: ${m.rule}`,
    m.entry ? `dictionary: ${m.entry}${m.entryText ? ` ${m.entryText}` : ''}` : '',
    `confidence ${m.confidence.toFixed(2)}${m.historical ? ', background' : ''}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** The sentence around [start, end): from the end of the previous sentence to the end of this one. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from -= 1;
  while (from < start && /\s/.test(text[from]!)) from += 1;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to += 1;
  return [from, Math.min(text.length, to + 1)];
}

function marksOf(a: AnnotatedDocument, target: number | null): Mark[] {
  const marks: Mark[] = [];
  for (const n of a.entities) {
    marks.push({ start: n.start, end: n.end, kind: 'entity', note: `${n.type} ${n.name}${n.actor ? ` = ${n.actor}` : ''}\nrule: ${n.rule}, confidence ${n.confidence.toFixed(2)}` });
  }
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.actor ? ` (${q.speaker.actor})` : ''}` : 'unknown speaker';
    marks.push({ start: q.start, end: q.end, kind: 'quote', note: `${q.direct ? 'direct' : 'indirect'} quote of ${who}, cue "${q.cue}"\nrule: ${q.rule}, confidence ${q.confidence.toFixed(2)}` });
    if (q.speaker) marks.push({ start: q.speaker.start, end: q.speaker.end, kind: 'speaker', note: `speaker: ${who}` });
  }
  for (const m of a.events) {
    const note = eventNote(m);
    const event = m.eventId ?? undefined;
    marks.push({ start: m.verbStart, end: m.verbEnd, kind: 'verb', note, ...(event === undefined ? {} : { event }) });
    for (const slot of [m.source, m.target]) {
      if (slot && slot.start !== null && slot.end !== null) marks.push({ start: slot.start, end: slot.end, kind: 'event-actor', note: `${slot === m.source ? 'source' : 'target'} ${slot.code || '(no code)'} of ${eventLabel(m)}` });
    }
    if (target !== null && m.eventId === target) {
      const spans = [m.verbStart, m.verbEnd, m.source.start, m.source.end, m.target?.start, m.target?.end].filter((x): x is number => typeof x === 'number' && x >= 0);
      const [from, to] = sentenceAround(a.document.text, Math.min(...spans), Math.max(...spans));
      marks.push({ start: from, end: to, kind: 'target', note: '' });
    }
  }
  const length = a.document.text.length;
  return marks.filter((m) => m.start >= 0 && m.end <= length && m.start < m.end);
}

/** The text cut at every mark boundary; each piece carries the marks over it. */
function annotatedText(text: string, marks: readonly Mark[]): HTMLElement {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((x, y) => x - y);
  const body = el('div', { class: 'text', id: 'text' });
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    const over = marks.filter((m) => m.start <= from && m.end >= to);
    if (!over.length) {
      body.append(piece);
      continue;
    }
    const kinds = [...new Set(over.map((m) => m.kind))];
    const events = [...new Set(over.filter((m) => m.kind === 'verb' && m.event !== undefined).map((m) => m.event))];
    const span = el('span', { class: kinds.map((k) => `mark-${k}`).join(' '), 'data-events': events.length ? events.join(' ') : undefined }, piece);
    span.title = over
      .map((m) => m.note)
      .filter(Boolean)
      .join('\n\n');
    body.append(span);
  }
  return body;
}

function sidePanel(a: AnnotatedDocument): HTMLElement {
  const actors = new Map<string, { name: string; type: string; actor: string | null; count: number; rule: string }>();
  for (const n of a.entities) {
    const key = `${n.name}\u0001${n.actor ?? ''}`;
    const seen = actors.get(key);
    if (seen) seen.count += 1;
    else actors.set(key, { name: n.name, type: n.type, actor: n.actor, count: 1, rule: n.rule });
  }
  const entityList = el(
    'ul',
    { class: 'entities' },
    ...[...actors.values()].map((n) => {
      const item = el('li', {}, el('span', { class: 'name' }, n.name), ' ', el('span', { class: 'type' }, n.type), n.actor ? el('code', { class: 'actor' }, n.actor) : null, n.count > 1 ? ` ×${n.count}` : '');
      item.title = `rule: ${n.rule}`;
      return item;
    }),
  );
  const quoteList = el(
    'ul',
    { class: 'quotes' },
    ...a.quotes.map((q) => {
      const who = q.speaker ? link(`/?view=quotes&speaker=${encodeURIComponent(q.speaker.name)}`, q.speaker.name, { class: 'speaker' }) : el('span', { class: 'speaker' }, 'unknown');
      const item = el('li', {}, who, q.speaker?.actor ? el('code', { class: 'actor' }, q.speaker.actor) : null, ' → ', el('q', {}, q.text));
      item.title = `cue "${q.cue}", rule: ${q.rule}`;
      return item;
    }),
  );
  const eventList = el(
    'ol',
    { class: 'event-list' },
    ...a.events.map((m) => {
      const item = el('li', { 'data-event': m.eventId ?? undefined }, el('code', {}, eventLabel(m)), ` ${a.document.text.slice(m.verbStart, m.verbEnd)}`, m.historical ? ' (background)' : '');
      item.title = eventNote(m);
      if (m.eventId !== null) {
        item.classList.add('clickable');
        item.addEventListener('click', () => {
          location.hash = `event-${m.eventId}`;
        });
      }
      return item;
    }),
  );
  return el(
    'aside',
    { class: 'facts' },
    el('h2', {}, `Actors and entities (${actors.size})`),
    actors.size ? entityList : message('none found'),
    el('h2', {}, `Quotes (${a.quotes.length})`),
    a.quotes.length ? quoteList : message('none found'),
    el('h2', {}, `Events (${a.events.length})`),
    a.events.length ? eventList : message('none found'),
  );
}

const legend = () =>
  el(
    'p',
    { class: 'legend' },
    el('span', { class: 'mark-entity' }, 'entity'),
    ' ',
    el('span', { class: 'mark-speaker' }, 'speaker'),
    ' ',
    el('span', { class: 'mark-quote' }, 'quote'),
    ' ',
    el('span', { class: 'mark-event-actor' }, 'event actor'),
    ' ',
    el('span', { class: 'mark-verb' }, 'event'),
    ' — hover any mark for its rule or dictionary entry',
  );

let loaded: AnnotatedDocument | null = null;

function draw(): void {
  if (!loaded) return;
  const a = loaded;
  const target = /^#event-(\d+)$/.exec(location.hash)?.[1];
  const targetId = target ? Number(target) : null;
  clear(root);
  const d = a.document;
  document.title = `dyad: ${d.title ?? d.id}`;
  const meta = el('p', { class: 'meta' }, [d.date, d.byline, d.datelinePlace, d.site].filter(Boolean).join(' · '), ' · ', link(d.url, d.url, { class: 'source-url' }), ` · tone ${d.tone.toFixed(1)}`);
  root.append(el('h1', { id: 'title' }, d.title ?? d.id), meta, legend(), el('div', { class: 'document' }, annotatedText(d.text, marksOf(a, targetId)), sidePanel(a)));
  if (targetId !== null) {
    const sentence = root.querySelector('.mark-target');
    if (sentence) sentence.scrollIntoView({ block: 'center' });
    else root.prepend(message(`event ${targetId} is not in this document`, 'error'));
  }
  root.setAttribute('data-ready', 'true');
}

async function load(): Promise<void> {
  try {
    const id = decodeURIComponent(location.pathname.replace(/^\/documents\//, ''));
    loaded = await api<AnnotatedDocument>(`/api/documents/${encodeURIComponent(id)}`);
  } catch (err) {
    clear(root);
    root.append(el('h1', {}, 'Document'), message(err instanceof URIError ? 'this is not a document address' : (err as Error).message, 'error'));
    root.setAttribute('data-ready', 'true');
    return;
  }
  draw();
}

window.addEventListener('hashchange', draw);
void load();
