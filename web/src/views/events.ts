// Events: the event table with every filter the API has.
import { el } from '../dom.js';
import { currentFilter, filterForm, FILTERS, renderEventTable } from './event-table.js';

const LABELS = { actor: 'actor', actor1: 'source', actor2: 'target', code: 'code', root: 'root', quadclass: 'QuadClass', from: 'from', to: 'to', place: 'place', q: 'words' };

export async function renderEvents(view: HTMLElement): Promise<void> {
  const table = el('div', { id: 'event-table' });
  view.append(el('h1', {}, 'Events'), filterForm(FILTERS, LABELS), table);
  await renderEventTable(table, currentFilter());
}
