// Every view and filter lives in the query string, so any screen can be shared as its URL. Changing
// it pushes a history entry and tells the app to draw again; Back and Forward work the same way.

export const STATE_EVENT = 'dyad:state';

export function param(name: string): string {
  return new URLSearchParams(location.search).get(name) ?? '';
}

export function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

export function setParams(changes: Record<string, string | number | undefined>, push = true): void {
  const next = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  const url = `${location.pathname}?${next.toString()}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  window.dispatchEvent(new Event(STATE_EVENT));
}

window.addEventListener('popstate', () => window.dispatchEvent(new Event(STATE_EVENT)));
