// Quotes: what a speaker (a canonical name or an actor code) said, newest first, each quote opening
// its article.
import { api, type Quote } from '../api.js';
import { documentPath, el, link, message } from '../dom.js';
import { param, setParams } from '../state.js';

const PAGE = 50;

export async function renderQuotes(view: HTMLElement): Promise<void> {
  const speaker = param('speaker');
  const form = el('form', { class: 'filters' });
  const input = el('input', { name: 'speaker', value: speaker, placeholder: 'Kim Jong Un', 'aria-label': 'speaker', size: 24 });
  form.append(el('label', {}, el('span', {}, 'speaker (name or actor code)'), input), el('button', { type: 'submit' }, 'show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setParams({ speaker: input.value.trim(), page: undefined });
  });
  const list = el('section', { class: 'list', id: 'quotes' });
  view.append(el('h1', {}, 'Quotes'), form, list);
  if (!speaker) {
    list.append(message('Name a speaker to read what they said.'));
    return;
  }
  const page = Math.max(0, Number(param('page')) || 0);
  let quotes: Quote[];
  try {
    quotes = (await api<{ quotes: Quote[] }>('/api/quotes', { speaker, limit: PAGE, offset: page * PAGE })).quotes;
  } catch (err) {
    list.append(message((err as Error).message, 'error'));
    return;
  }
  if (!quotes.length) {
    list.append(message(`no quotes of ${speaker}`));
    return;
  }
  list.append(
    el('ul', { class: 'quote-list' }, ...quotes.map((q) => el('li', {}, el('q', {}, q.text), ' ', el('span', { class: 'meta' }, `${q.direct ? 'said' : 'reported'} (“${q.cue}”) — `), link(documentPath(q.documentId), q.documentId, { class: 'document-link' })))),
  );
}
