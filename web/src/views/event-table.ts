// The event list: a page of events under a filter, sortable by any column, each row linking to the
// sentence it was coded from (its earliest article, scrolled to the event). The filter and the sort
// are URL parameters, so a list can be shared; `prefix` keeps two lists on one page apart.
import { api, dashed, QUAD_NAMES, type ApiEvent } from '../api.js';
import { clear, documentPath, el, link, message } from '../dom.js';
import { param, setParams } from '../state.js';

/** The API's event filters, as URL and API parameter names. */
export const FILTERS = ['actor', 'actor1', 'actor2', 'code', 'root', 'quadclass', 'from', 'to', 'place', 'q'] as const;
export type Filter = Partial<Record<(typeof FILTERS)[number], string>>;

const PAGE = 50;

interface Column {
  readonly key: string;
  readonly label: string;
  readonly value: (e: ApiEvent) => string | number;
  readonly numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'day', label: 'day', value: (e) => e.day },
  { key: 'source', label: 'source', value: (e) => e.source },
  { key: 'target', label: 'target', value: (e) => e.target },
  { key: 'code', label: 'code', value: (e) => e.code },
  { key: 'quad', label: 'QuadClass', value: (e) => e.quad ?? 0, numeric: true },
  { key: 'goldstein', label: 'Goldstein', value: (e) => e.goldstein ?? 0, numeric: true },
  { key: 'place', label: 'place', value: (e) => e.place?.fullName ?? '' },
  { key: 'mentions', label: 'mentions', value: (e) => e.numMentions, numeric: true },
  { key: 'tone', label: 'tone', value: (e) => e.avgTone, numeric: true },
];

function sorted(events: readonly ApiEvent[], sort: string): ApiEvent[] {
  const descending = sort.startsWith('-');
  const column = COLUMNS.find((c) => c.key === sort.replace(/^-/, ''));
  if (!column) return [...events];
  return [...events].sort((a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  });
}

const actorCell = (code: string, name: string | null) => el('td', { title: name ?? '' }, code || '—');

function row(e: ApiEvent): HTMLTableRowElement {
  const sentence = link(documentPath(e.sourceUrl, e.id), 'sentence', { class: 'sentence-link', 'data-event': e.id });
  return el(
    'tr',
    { 'data-event': e.id },
    el('td', {}, dashed(e.day)),
    actorCell(e.source, e.sourceName),
    actorCell(e.target, e.targetName),
    el('td', {}, e.code),
    el('td', { class: 'num', title: e.quad ? QUAD_NAMES[e.quad - 1] : '' }, e.quad ? String(e.quad) : ''),
    el('td', { class: 'num' }, e.goldstein === null ? '' : e.goldstein.toFixed(1)),
    el('td', {}, e.place?.fullName ?? ''),
    el('td', { class: 'num' }, String(e.numMentions)),
    el('td', { class: 'num' }, e.avgTone.toFixed(1)),
    el('td', {}, sentence),
  );
}

/** Draws the events matching `filter` into `host`; the page and sort come from `${prefix}page`/`sort`. */
export async function renderEventTable(host: HTMLElement, filter: Filter, prefix = ''): Promise<void> {
  clear(host);
  const page = Math.max(0, Number(param(`${prefix}page`)) || 0);
  const sort = param(`${prefix}sort`);
  host.append(message('loading events…'));
  let answer: { events: ApiEvent[]; more: boolean };
  try {
    answer = await api('/api/events', { ...filter, limit: PAGE, offset: page * PAGE });
  } catch (err) {
    clear(host);
    host.append(message((err as Error).message, 'error'));
    return;
  }
  clear(host);
  if (!answer.events.length) {
    host.append(message('no events match'));
    return;
  }
  const head = el(
    'tr',
    {},
    ...COLUMNS.map((c) => {
      const active = sort.replace(/^-/, '') === c.key;
      const th = el('th', { scope: 'col', class: c.numeric ? 'num sortable' : 'sortable', 'aria-sort': active ? (sort.startsWith('-') ? 'descending' : 'ascending') : undefined }, c.label);
      th.addEventListener('click', () => setParams({ [`${prefix}sort`]: active && !sort.startsWith('-') ? `-${c.key}` : c.key }));
      return th;
    }),
    el('th', { scope: 'col' }, 'words'),
  );
  const table = el('table', { class: 'events' }, el('thead', {}, head), el('tbody', {}, ...sorted(answer.events, sort).map(row)));
  const pager = el('div', { class: 'pager' });
  const prev = el('button', { type: 'button', disabled: page === 0 }, '← newer');
  prev.addEventListener('click', () => setParams({ [`${prefix}page`]: page - 1 || undefined }));
  const next = el('button', { type: 'button', disabled: !answer.more }, 'older →');
  next.addEventListener('click', () => setParams({ [`${prefix}page`]: page + 1 }));
  pager.append(prev, el('span', {}, `events ${page * PAGE + 1}–${page * PAGE + answer.events.length}`), next);
  host.append(table, pager);
}

/** A form over the filters: submitting writes them to the URL (and so redraws). */
export function filterForm(names: readonly (typeof FILTERS)[number][], labels: Record<string, string>): HTMLFormElement {
  const form = el('form', { class: 'filters' });
  for (const name of names) {
    const input = el('input', { name, value: param(name), placeholder: labels[name] ?? name, 'aria-label': labels[name] ?? name, size: name === 'q' ? 20 : 10 });
    form.append(el('label', {}, el('span', {}, labels[name] ?? name), input));
  }
  form.append(el('button', { type: 'submit' }, 'show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    setParams({ ...Object.fromEntries(names.map((n) => [n, String(data.get(n) ?? '').trim()])), page: undefined });
  });
  return form;
}

export function currentFilter(names: readonly (typeof FILTERS)[number][] = FILTERS): Filter {
  return Object.fromEntries(names.map((n) => [n, param(n)]).filter(([, v]) => v)) as Filter;
}
