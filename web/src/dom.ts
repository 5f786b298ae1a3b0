// Building the page from data: every string goes in as text (textContent, attributes set one by one),
// never as markup, so an article's title or text can hold any HTML and none of it is parsed.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') throw new Error('use link() for hrefs, so that every URL is checked');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Only http(s) and our own paths become links; any other scheme (javascript:, data:) stays text. */
export function safeHref(url: string): string | null {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function link(url: string, text: string, attrs: Attrs = {}): HTMLElement {
  const href = safeHref(url);
  if (href === null) return el('span', { ...attrs, class: `${String(attrs.class ?? '')} url`.trim() }, text);
  const a = el('a', attrs, text);
  a.href = href;
  if (!href.startsWith('/') && !href.startsWith(location.origin)) a.rel = 'noopener noreferrer';
  return a;
}

export function clear(node: Element): void {
  node.replaceChildren();
}

/** The page a document's annotations are shown on; `event` scrolls to that event's sentence. */
export function documentPath(id: string, event?: number): string {
  return `/documents/${encodeURIComponent(id)}${event === undefined ? '' : `#event-${event}`}`;
}

export function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return el('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
