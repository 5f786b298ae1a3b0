// Cuts what can never be article text out of the raw markup before parsing (scripts, styles, comments,
// inline data URIs), in one linear scan, and bounds what is left so that parsing stays within time on
// hostile pages.
import type { Issue } from '../types.js';

/**
 * Markup (after the cuts) beyond this many characters or tags is dropped: parsing costs about 5 µs a node,
 * so these bound it near a second. Real article pages stay far below (the benchmark's biggest has 3,200 tags).
 */
export const MAX_MARKUP = 3_000_000;
export const MAX_TAGS = 20_000;

const CUT_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'iframe'];
const OPENERS = new RegExp(`<(${CUT_TAGS.join('|')})\\b|<!--`, 'gi');
const CLOSERS = new Map(CUT_TAGS.map((t) => [t, new RegExp(`</${t}\\s*>`, 'gi')]));
const DATA_URI = /(["'])data:[^"']{200,}\1/g;
// a '<' that opens no tag is text, but the parser makes a text node of each: a run of them becomes one
const STRAY_LT = /<(?![a-zA-Z/!?])(?:[^<a-zA-Z]{0,3}<(?![a-zA-Z/!?]))+/g;
const TAG = /<[a-zA-Z/!?]/g;
const LD_TYPE = /\btype\s*=\s*["']?application\/ld\+json/i;

export interface Prepared {
  readonly html: string;
  /** The text of every JSON-LD script. */
  readonly jsonLd: string[];
  readonly issues: Issue[];
}

export function prepareHtml(raw: string): Prepared {
  const issues: Issue[] = [];
  const jsonLd: string[] = [];
  const parts: string[] = [];
  let from = 0;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(raw); m; m = OPENERS.exec(raw)) {
    parts.push(raw.slice(from, m.index));
    let end: number;
    if (m[1]) {
      const close = CLOSERS.get(m[1].toLowerCase())!;
      close.lastIndex = m.index + m[0].length;
      const c = close.exec(raw);
      end = c ? c.index + c[0].length : raw.length;
      if (c) {
        const open = raw.indexOf('>', m.index);
        if (open >= 0 && open < c.index && LD_TYPE.test(raw.slice(m.index, open))) jsonLd.push(raw.slice(open + 1, c.index));
      }
    } else {
      const c = raw.indexOf('-->', m.index + 4);
      end = c >= 0 ? c + 3 : raw.length;
    }
    from = end;
    OPENERS.lastIndex = end;
  }
  parts.push(raw.slice(from));
  let html = parts.join('');
  if (html.length > 100_000) html = html.replace(DATA_URI, '""');
  html = html.replace(STRAY_LT, '<');
  const cut = cutPoint(html);
  if (cut < html.length) {
    issues.push({
      code: 'html/truncated',
      message: `the page is too big (${html.length} characters of markup); only the first ${cut} were read`,
    });
    html = html.slice(0, cut);
  }
  return { html, jsonLd, issues };
}

function cutPoint(html: string): number {
  let cut = Math.min(html.length, MAX_MARKUP);
  // counting every '<' is a cheap upper bound on the tags; only a page over it needs the exact count
  let opens = 0;
  for (let k = html.indexOf('<'); k >= 0 && opens <= MAX_TAGS; k = html.indexOf('<', k + 1)) opens++;
  if (opens <= MAX_TAGS) return cut;
  TAG.lastIndex = 0;
  let count = 0;
  for (let m = TAG.exec(html); m && m.index < cut; m = TAG.exec(html)) {
    if (++count > MAX_TAGS) {
      cut = m.index;
      break;
    }
  }
  return cut;
}
