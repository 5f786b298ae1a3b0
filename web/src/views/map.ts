// Map: where the events took place, on a world map drawn from the bundled Natural Earth TopoJSON
// (world-atlas); no tiles, nothing fetched from outside. A circle's area grows with the events at
// that place, its colour with their mean Goldstein score; clicking it lists them.
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, type PlaceCount } from '../api.js';
import { el, message } from '../dom.js';
import { param, setParams } from '../state.js';
import { goldsteinColour } from './charts.js';
import { currentFilter, filterForm, FILTERS, renderEventTable } from './event-table.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 500;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const MAP_FILTERS = FILTERS.filter((f) => f !== 'place');

export async function renderMap(view: HTMLElement): Promise<void> {
  const form = filterForm(MAP_FILTERS, { actor: 'actor', actor1: 'source', actor2: 'target', code: 'code', root: 'root', quadclass: 'QuadClass', from: 'from', to: 'to', q: 'words' });
  const host = el('div', { class: 'map', id: 'map' });
  const list = el('section', { class: 'list', id: 'map-events' });
  view.append(el('h1', {}, 'Map'), form, host, list);
  const filter = currentFilter(MAP_FILTERS);
  let places: PlaceCount[];
  try {
    places = (await api<{ places: PlaceCount[] }>('/api/places', { ...filter, limit: 1000 })).places;
  } catch (err) {
    host.append(message((err as Error).message, 'error'));
    return;
  }
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const map = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'world map of event places' });
  map.append(svg('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }), svg('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const land = svg('g', { class: 'countries' });
  for (const country of countries.features) land.append(svg('path', { d: path(country) ?? '' }));
  map.append(land);
  const most = Math.max(1, ...places.map((p) => p.events));
  const dots = svg('g', { class: 'places' });
  for (const place of places) {
    const point = projection([place.long, place.lat]);
    if (!point) continue;
    const dot = svg('circle', { cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: (3 + 12 * Math.sqrt(place.events / most)).toFixed(1), fill: goldsteinColour(place.goldstein), 'data-place': place.name });
    const title = svg('title', {});
    title.textContent = `${place.name}: ${place.events} event${place.events === 1 ? '' : 's'}`;
    dot.append(title);
    dot.addEventListener('click', () => setParams({ place: place.name, page: undefined }));
    dots.append(dot);
  }
  map.append(dots);
  host.append(map);
  host.append(el('p', { class: 'caption' }, places.length ? `${places.length} places; circle area: events, colour: mean Goldstein (red conflict, green cooperation)` : 'no event with a known place matches'));
  const place = param('place');
  if (!place) {
    list.append(message('Click a place to list its events.'));
    return;
  }
  const table = el('div');
  list.append(el('h2', {}, `Events at ${place}`), table);
  await renderEventTable(table, { ...filter, place });
}
