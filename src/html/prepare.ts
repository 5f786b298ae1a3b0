// Cuts what can never be article text out of the raw markup before parsing (scripts, styles, comments,
// inline data URIs), in one linear scan, and bounds what is left so that parsing stays within time on
// hostile pages.
import type { Issue } from '../types.js';

/** Markup (after the cuts) beyond this many characters is dropped: parsing costs about 0.4 s per megabyte. */
export const MAX_MARKUP = 2_500_000;

const CUT_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'iframe'];
const OPENERS = new RegExp(`<(${CUT_TAGS.join('|')})\\b|<!--`, 'gi');
const CLOSERS = new Map(CUT_TAGS.map((t) => [t, new RegExp(`</${t}\\s*>`, 'gi')]));
const DATA_URI = /(["'])data:[^"']{200,}\1/g;

export interface Prepared {
  readonly html: string;
  readonly issues: Issue[];
}

export function prepareHtml(raw: string): Prepared {
  const issues: Issue[] = [];
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
  if (html.length > MAX_MARKUP) {
    issues.push({
      code: 'html/truncated',
      message: `the page has ${html.length} characters of markup; only the first ${MAX_MARKUP} were read`,
    });
    html = html.slice(0, MAX_MARKUP);
  }
  return { html, issues };
}
