// Documents: the articles in the store, newest first, each opening its annotated page.
import { api, type DocumentSummary } from '../api.js';
import { documentPath, el, link, message } from '../dom.js';
import { param, setParams } from '../state.js';

const PAGE = 50;

export async function renderDocuments(view: HTMLElement): Promise<void> {
  view.append(el('h1', {}, 'Documents'));
  const page = Math.max(0, Number(param('page')) || 0);
  let answer: { documents: DocumentSummary[]; more: boolean };
  try {
    answer = await api('/api/documents', { limit: PAGE, offset: page * PAGE });
  } catch (err) {
    view.append(message((err as Error).message, 'error'));
    return;
  }
  if (!answer.documents.length) {
    view.append(message('the store holds no documents'));
    return;
  }
  const rows = answer.documents.map((d) =>
    el('tr', {}, el('td', {}, d.date ?? ''), el('td', {}, link(documentPath(d.id), d.title ?? d.id, { class: 'document-link' })), el('td', {}, d.site), el('td', { class: 'num' }, String(d.mentions)), el('td', { class: 'num' }, d.tone.toFixed(1))),
  );
  const head = el('tr', {}, ...['date', 'title', 'site', 'events', 'tone'].map((h) => el('th', { scope: 'col' }, h)));
  view.append(el('table', { class: 'documents' }, el('thead', {}, head), el('tbody', {}, ...rows)));
  const pager = el('div', { class: 'pager' });
  const prev = el('button', { type: 'button', disabled: page === 0 }, '← newer');
  prev.addEventListener('click', () => setParams({ page: page - 1 || undefined }));
  const next = el('button', { type: 'button', disabled: !answer.more }, 'older →');
  next.addEventListener('click', () => setParams({ page: page + 1 }));
  pager.append(prev, next);
  view.append(pager);
}
