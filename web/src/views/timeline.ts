// Timeline: a dyad's events per month (or one actor against all), stacked by QuadClass, with the
// Goldstein mean as a line. Clicking a month or brushing a period lists its events below.
import { api, dashed, QUAD_COLOURS, QUAD_NAMES, type Month } from '../api.js';
import { el, message } from '../dom.js';
import { param, setParams } from '../state.js';
import { chartIn, echarts } from './charts.js';
import { offerBusiestActors } from './busiest.js';
import { renderEventTable } from './event-table.js';

const monthKey = (y: number, m: number) => `${y}${String(m).padStart(2, '0')}`;
const nextMonth = (y: number, m: number): [number, number] => (m === 12 ? [y + 1, 1] : [y, m + 1]);

/** Every month from the one before the first to the one after the last: quiet months show as gaps. */
function allMonths(months: readonly Month[]): string[] {
  if (!months.length) return [];
  const first = months[0]!.month;
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(4))];
  [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const last = months[months.length - 1]!.month;
  const out: string[] = [];
  for (;;) {
    const key = monthKey(y, m);
    out.push(key);
    if (key > last) return out;
    [y, m] = nextMonth(y, m);
  }
}

function lastDay(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(4))];
  return `${dashed(month)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The chart of the dyad last drawn. Picking a period changes only the list below, so the chart is
 * kept as it is (with its brush) rather than drawn again; echarts is still busy with the brush
 * gesture that picked the period when the view redraws.
 */
let kept: { readonly key: string; readonly host: HTMLElement } | null = null;

export async function renderTimeline(view: HTMLElement): Promise<void> {
  const source = param('source');
  const target = param('target');
  const form = el('form', { class: 'filters' });
  const sourceInput = el('input', { name: 'source', value: source, placeholder: 'PRKGOV', 'aria-label': 'source actor', size: 10 });
  const targetInput = el('input', { name: 'target', value: target, placeholder: 'all', 'aria-label': 'target actor', size: 10 });
  form.append(el('label', {}, el('span', {}, 'actor'), sourceInput), el('label', {}, el('span', {}, 'with'), targetInput), el('button', { type: 'submit' }, 'show'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    setParams({ source: sourceInput.value.trim(), target: targetInput.value.trim(), from: undefined, to: undefined, page: undefined });
  });
  const key = `${source}\u0001${target}`;
  const reuse = kept !== null && kept.key === key && source !== '' && echarts.getInstanceByDom(kept.host) !== undefined;
  const chartHost = reuse ? kept!.host : el('div', { class: 'chart', id: 'timeline-chart' });
  const list = el('section', { class: 'list', id: 'timeline-events' });
  view.append(el('h1', {}, 'Timeline'), form, chartHost, list);
  if (!source) {
    await offerBusiestActors(chartHost, 'Name an actor code (PRKGOV), and a second one for a dyad, to see their events month by month.', (actor) => setParams({ source: actor }));
    return;
  }
  if (!reuse) {
    kept = null;
    if (!(await drawChart(chartHost, source, target))) return;
    kept = { key, host: chartHost };
  }
  const from = param('from');
  const to = param('to');
  if (!from && !to) {
    list.append(message('Click a month, or drag across the chart to select a period, to list its events.'));
    return;
  }
  list.append(el('h2', {}, `${source}${target ? ` → ${target}` : ' with anyone'}, ${from || '…'} to ${to || '…'}`));
  const table = el('div');
  list.append(table);
  await renderEventTable(table, target ? { actor1: source, actor2: target, from, to } : { actor: source, from, to });
}

/** Draws the months into `host`; false when there is nothing to draw (the reason is shown instead). */
async function drawChart(host: HTMLElement, source: string, target: string): Promise<boolean> {
  let months: Month[];
  try {
    months = (await api<{ months: Month[] }>('/api/timeline', { source, target })).months;
  } catch (err) {
    host.append(message((err as Error).message, 'error'));
    return false;
  }
  if (!months.length) {
    host.append(message(`no events for ${source}${target ? ` → ${target}` : ''}`));
    return false;
  }
  const keys = allMonths(months);
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const chart = chartIn(host);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 6 },
    grid: { left: 56, right: 64, top: 72, bottom: 40 },
    toolbox: { right: 12, top: 6, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'select a period', clear: 'clear' } } } },
    brush: { xAxisIndex: 0, brushLink: 'all', outOfBrush: { colorAlpha: 0.3 } },
    xAxis: { type: 'category', data: keys.map(dashed) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10 },
    ],
    series: [
      ...QUAD_NAMES.map((name, q) => ({
        name,
        type: 'bar',
        stack: 'quad',
        barMaxWidth: 48,
        color: QUAD_COLOURS[q],
        data: keys.map((k) => {
          const m = byMonth.get(k);
          return m ? Math.round(m.events * (m.quadShares[q] ?? 0)) : 0;
        }),
      })),
      {
        name: 'Goldstein mean',
        type: 'line',
        yAxisIndex: 1,
        color: '#37474f',
        connectNulls: false,
        symbolSize: 8,
        data: keys.map((k) => byMonth.get(k)?.goldstein ?? null),
      },
    ],
  });
  // dragging across the chart selects a period straight away; a click still picks one month
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  const showPeriod = (first: string, last: string) => setParams({ from: `${dashed(first)}-01`, to: lastDay(last), page: undefined });
  chart.on('click', (e) => {
    const key = keys[e.dataIndex as number];
    if (key) showPeriod(key, key);
  });
  chart.on('brushEnd', (e) => {
    const range = (e as { areas?: { coordRange?: [number, number] }[] }).areas?.[0]?.coordRange;
    if (!range) return;
    const [a, b] = range.map((i) => keys[Math.max(0, Math.min(keys.length - 1, Math.round(i)))]!);
    showPeriod(a!, b!);
  });
  return true;
}
