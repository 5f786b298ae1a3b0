// Network: an actor and its partners. An edge's width grows with the events between the two, its
// colour runs from red to green with their mean Goldstein score; clicking an edge (or a partner)
// lists the events between the two, both ways.
import { api, type Partner } from '../api.js';
import { el, message } from '../dom.js';
import { param, setParams } from '../state.js';
import { chartIn, goldsteinColour } from './charts.js';
import { offerBusiestActors } from './busiest.js';
import { renderEventTable } from './event-table.js';

export async function renderNetwork(view: HTMLElement): Promise<void> {
  const actor = param('actor');
  const partner = param('partner');
  const form = el('form', { class: 'filters' });
  const input = el('input', { name: 'actor', value: actor, placeholder: 'RUSGOV', 'aria-label': 'actor', size: 10 });
  form.append(el('label', {}, el('span', {}, 'actor'), input), el('button', { type: 'submit' }, 'show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setParams({ actor: input.value.trim(), partner: undefined });
  });
  const chartHost = el('div', { class: 'chart', id: 'network-chart' });
  const list = el('section', { class: 'list', id: 'network-events' });
  view.append(el('h1', {}, 'Network'), form, chartHost, list);
  if (!actor) {
    await offerBusiestActors(chartHost, 'Name an actor code (RUSGOV) to see who it deals with.', (code) => setParams({ actor: code }));
    return;
  }
  let partners: Partner[];
  try {
    partners = (await api<{ partners: Partner[] }>('/api/partners', { actor, limit: 40 })).partners;
  } catch (err) {
    chartHost.append(message((err as Error).message, 'error'));
    return;
  }
  if (!partners.length) {
    chartHost.append(message(`no partners for ${actor}`));
    return;
  }
  const most = Math.max(...partners.map((p) => p.events));
  const chart = chartIn(chartHost);
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: (p: { dataType: string; data: { name?: string; source?: string; target?: string; events?: number; goldstein?: number | null } }) =>
        p.dataType === 'edge' ? `${p.data.source} – ${p.data.target}: ${p.data.events} events, Goldstein ${p.data.goldstein?.toFixed(1) ?? 'n/a'}` : String(p.data.name),
      // the formatter's text goes in as text: actor codes are data
      renderMode: 'richText',
    },
    series: [
      {
        type: 'graph',
        // a star: the actor in the middle, its partners around it, the busiest first from the top
        layout: 'none',
        roam: true,
        label: { show: true, position: 'right' },
        emphasis: { focus: 'adjacency', lineStyle: { width: 10 } },
        data: [
          { name: actor, symbolSize: 36, itemStyle: { color: '#37474f' }, x: 0, y: 0 },
          ...partners.map((p, i) => {
            const angle = (2 * Math.PI * i) / partners.length - Math.PI / 2;
            return { name: p.actor, x: 100 * Math.cos(angle), y: 100 * Math.sin(angle), symbolSize: 14 + 20 * (p.events / most), itemStyle: { color: goldsteinColour(p.goldstein) } };
          }),
        ],
        links: partners.map((p) => ({
          source: actor,
          target: p.actor,
          events: p.events,
          goldstein: p.goldstein,
          lineStyle: { width: 2 + 10 * (p.events / most), color: goldsteinColour(p.goldstein), opacity: 0.85, curveness: 0 },
        })),
      },
    ],
  });
  chartHost.after(el('p', { class: 'caption' }, `${partners.length} partners; edge width: events, colour: mean Goldstein (red conflict, green cooperation)`));
  chart.on('click', (e) => {
    const data = e.data as { name?: string; source?: string; target?: string };
    const other = e.dataType === 'edge' ? (data.source === actor ? data.target : data.source) : data.name;
    if (other && other !== actor) setParams({ partner: other, apage: undefined, bpage: undefined });
  });
  if (!partner) {
    list.append(message('Click an edge or a partner to list their events.'));
    return;
  }
  const there = el('div');
  const back = el('div');
  list.append(el('h2', {}, `${actor} → ${partner}`), there, el('h2', {}, `${partner} → ${actor}`), back);
  await Promise.all([renderEventTable(there, { actor1: actor, actor2: partner }, 'a'), renderEventTable(back, { actor1: partner, actor2: actor }, 'b')]);
}
