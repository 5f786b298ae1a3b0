// The parts of echarts the views use, registered once; SVG output, so charts stay sharp, scale with
// the page and can be read (and clicked) element by element.
import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import { BrushComponent, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GraphChart, GridComponent, TooltipComponent, LegendComponent, BrushComponent, ToolboxComponent, SVGRenderer]);

export { echarts };

const charts = new Set<echarts.ECharts>();

/** The size a chart is laid out at while its host has none (not yet styled, or already left the page). */
const FALLBACK = { width: 640, height: 420 };

// charts follow their host's size (the window's, or the style sheet's once it applies)
const resizes = new ResizeObserver((entries) => {
  for (const { target, contentRect } of entries) {
    if (contentRect.width === 0 || contentRect.height === 0) continue;
    const chart = echarts.getInstanceByDom(target as HTMLElement);
    if (chart && !chart.isDisposed()) chart.resize({ width: 'auto', height: 'auto' });
  }
});

/**
 * A chart in `host`, following the host's size and disposed of once it has left the page. A graph laid
 * out in a box of zero width or height divides by zero (echarts throws on the singular transform), and
 * a host has no size before the style sheet applies or after a newer draw has replaced the view; such a
 * chart starts at a fallback size and takes the host's own as soon as it has one.
 */
export function chartIn(host: HTMLElement): echarts.ECharts {
  const sized = host.clientWidth > 0 && host.clientHeight > 0;
  const chart = echarts.init(host, undefined, sized ? { renderer: 'svg' } : { renderer: 'svg', ...FALLBACK });
  charts.add(chart);
  resizes.observe(host);
  return chart;
}

/** Disposes of the charts no longer on the page (a view may keep its chart across redraws). */
export function disposeDetached(): void {
  for (const chart of charts) {
    if (chart.getDom().isConnected) continue;
    resizes.unobserve(chart.getDom());
    chart.dispose();
    charts.delete(chart);
  }
}

/** Goldstein as red (conflict), grey (neutral), green (cooperation); most events score within ±6. */
export function goldsteinColour(score: number | null): string {
  if (score === null) return '#9e9e9e';
  const t = Math.sqrt(Math.min(1, Math.abs(score) / 6)) * Math.sign(score);
  const [r, g, b] = t < 0 ? mix([176, 190, 197], [198, 40, 40], -t) : mix([176, 190, 197], [46, 125, 50], t);
  return `rgb(${r}, ${g}, ${b})`;
}

const mix = (a: number[], b: number[], t: number) => a.map((x, i) => Math.round(x + (b[i]! - x) * t));
