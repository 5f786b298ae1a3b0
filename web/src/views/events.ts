// Events: the event table with every filter the API has, and the same events as downloads.
import { el, link } from '../dom.js';
import { currentFilter, filterForm, FILTERS, renderEventTable } from './event-table.js';

const LABELS = { actor: 'actor', actor1: 'source', actor2: 'target', code: 'code', root: 'root', quadclass: 'QuadClass', from: 'from', to: 'to', place: 'place', q: 'words' };

export async function renderEvents(view: HTMLElement): Promise<void> {
  const table = el('div', { id: 'event-table' });
  const filter = currentFilter();
  const download = (format: string, label: string) => link(`/api/export?${new URLSearchParams({ format, ...filter }).toString()}`, label, { class: 'download', download: '' });
  const downloads = el('p', { class: 'downloads' }, 'download these events: ', download('gdelt-events', 'GDELT events'), ' · ', download('gdelt-mentions', 'GDELT mentions'), ' · ', download('csv', 'CSV'), ' · ', download('jsonl', 'JSON lines'));
  view.append(el('h1', {}, 'Events'), filterForm(FILTERS, LABELS), downloads, table);
  await renderEventTable(table, filter);
}
