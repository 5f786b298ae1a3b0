// The views page: tabs for the timeline, the network, the map, the event table, the documents and quotes;
// which one shows, and with what, is in the URL.
import './style.css';
import { clear, el } from './dom.js';
import { param, setParams, STATE_EVENT } from './state.js';
import { disposeDetached } from './views/charts.js';
import { renderDocuments } from './views/documents.js';
import { renderEvents } from './views/events.js';
import { renderMap } from './views/map.js';
import { renderNetwork } from './views/network.js';
import { renderQuotes } from './views/quotes.js';
import { renderTimeline } from './views/timeline.js';

const VIEWS = {
  timeline: renderTimeline,
  network: renderNetwork,
  map: renderMap,
  events: renderEvents,
  documents: renderDocuments,
  quotes: renderQuotes,
} as const;
type ViewName = keyof typeof VIEWS;

const tabs = document.getElementById('tabs')!;
const view = document.getElementById('view')!;
let drawing = 0;

function current(): ViewName {
  const name = param('view');
  return name in VIEWS ? (name as ViewName) : 'timeline';
}

async function draw(): Promise<void> {
  const turn = (drawing += 1);
  const name = current();
  clear(tabs);
  for (const tab of Object.keys(VIEWS) as ViewName[]) {
    const button = el('button', { type: 'button', class: tab === name ? 'tab active' : 'tab', 'aria-current': tab === name ? 'page' : undefined }, tab);
    // a new view starts from its own parameters: only the view name carries over
    button.addEventListener('click', () => {
      history.pushState(null, '', `/?view=${tab}`);
      window.dispatchEvent(new Event(STATE_EVENT));
    });
    tabs.append(button);
  }
  clear(view);
  view.setAttribute('data-view', name);
  view.removeAttribute('data-ready');
  await VIEWS[name](view);
  disposeDetached();
  // tests and screenshots wait for this: the view has drawn what it asked the API for
  if (turn === drawing) view.setAttribute('data-ready', 'true');
}

window.addEventListener(STATE_EVENT, () => void draw());
if (!param('view')) setParams({ view: 'timeline' }, false);
else void draw();
