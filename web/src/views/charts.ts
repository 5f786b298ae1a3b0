// The parts of echarts the views use, registered once; SVG output, so charts stay sharp, scale with
// the page and can be read (and clicked) element by element.
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { BrushComponent, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GraphChart, GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, SVGRenderer]);

export { echarts };

const charts = new Set<echarts.ECharts>();

/** A chart in `host`, resized with the window and disposed of once it has left the page. */
export function chartIn(host: HTMLElement): echarts.ECharts {
  const chart = echarts.init(host, undefined, { renderer: 'svg' });
  charts.add(chart);
  return chart;
}

/** Disposes of the charts no longer on the page (a view may keep its chart across redraws). */
export function disposeDetached(): void {
  for (const chart of charts) {
    if (chart.getDom().isConnected) continue;
    chart.dispose();
    charts.delete(chart);
  }
}

window.addEventListener('resize', () => {
  for (const chart of charts) chart.resize();
});

/** Goldstein as red (conflict), grey (neutral), green (cooperation); most events score within ±6. */
export function goldsteinColour(score: number | null): string {
  if (score === null) return '#9e9e9e';
  const t = Math.sqrt(Math.min(1, Math.abs(score) / 6)) * Math.sign(score);
  const [r, g, b] = t < 0 ? mix([176, 190, 197], [198, 40, 40], -t) : mix([176, 190, 197], [46, 125, 50], t);
  return `rgb(${r}, ${g}, ${b})`;
}

const mix = (a: number[], b: number[], t: number) => a.map((x, i) => Math.round(x + (b[i]! - x) * t));
