// With no actor named, a view offers the actors of the newest events, busiest first, as buttons:
// a user who opens a store for the first time sees what is in it instead of an empty chart.
import { api, type ApiEvent } from '../api.js';
import { el, message } from '../dom.js';

/** How many of the newest events are counted, and how many actors are offered. */
const NEWEST = 500;
const OFFERED = 12;

export async function offerBusiestActors(host: HTMLElement, prompt: string, pick: (actor: string) => void): Promise<void> {
  host.append(message(prompt));
  let events: ApiEvent[];
  try {
    events = (await api<{ events: ApiEvent[] }>('/api/events', { limit: NEWEST })).events;
  } catch (err) {
    host.append(message((err as Error).message, 'error'));
    return;
  }
  const counts = new Map<string, number>();
  for (const e of events) for (const code of [e.source, e.target]) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  if (!counts.size) {
    host.append(message('The store holds no events yet: run dyad ingest on some news first.'));
    return;
  }
  const busiest = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, OFFERED);
  const list = el('p', { class: 'offers' }, events.length === NEWEST ? `In the newest ${NEWEST} events: ` : `In the store's ${events.length} events: `);
  for (const [code, n] of busiest) {
    const button = el('button', { type: 'button', class: 'offer', 'data-actor': code }, `${code} (${n})`);
    button.addEventListener('click', () => pick(code));
    list.append(button, ' ');
  }
  host.append(list);
}
