// Polite fetching, as a newsroom's own crawler does it: robots.txt honoured, one request at a time per
// host with a delay between them, a global concurrency limit, a User-Agent that names dyad and a
// contact, conditional GETs, bounded redirects, time and size, retries with backoff on 429/5xx that
// honour Retry-After, and no URL fetched twice in a run. Every failure is a typed result naming the
// URL and the reason; nothing here throws on what a server does.
import { HostGate } from './host-gate.js';
import { RobotsCache } from './robots.js';

export interface FetchOptions {
  /** Who to contact about the crawl (an e-mail or URL); it goes into the User-Agent. */
  readonly contact?: string;
  /** Milliseconds between two requests to one host (robots.txt Crawl-delay may ask for more). */
  readonly hostDelayMs?: number;
  /** Requests in flight across all hosts. */
  readonly concurrency?: number;
  /** For one request, headers and body together. */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Attempts after the first on 429 and 5xx. */
  readonly retries?: number;
  /** The longest wait a Retry-After or backoff may impose; a longer one is a failure. */
  readonly maxRetryWaitMs?: number;
}

/** What the last fetch of a URL said, so that the next one can ask "has it changed?". */
export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FetchResult =
  | { readonly kind: 'ok'; readonly url: string; readonly finalUrl: string; readonly contentType: string; readonly body: Uint8Array; readonly validators: Validators }
  | { readonly kind: 'not-modified'; readonly url: string; readonly validators: Validators }
  | { readonly kind: 'failed'; readonly url: string; readonly code: FetchFailure; readonly message: string };

export type FetchFailure = 'robots' | 'duplicate' | 'bad-url' | 'redirects' | 'timeout' | 'too-large' | 'content-type' | 'http' | 'network';

const VERSION = '0.1';

export class Fetcher {
  readonly userAgent: string;
  private readonly options: Required<Omit<FetchOptions, 'contact'>>;
  private readonly gate: HostGate;
  private readonly robots: RobotsCache;
  private readonly seen = new Set<string>();

  constructor(options: FetchOptions = {}) {
    this.options = {
      hostDelayMs: options.hostDelayMs ?? 1000,
      concurrency: options.concurrency ?? 4,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBytes: options.maxBytes ?? 20 * 2 ** 20,
      maxRedirects: options.maxRedirects ?? 5,
      retries: options.retries ?? 3,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 120_000,
    };
    this.userAgent = `dyad/${VERSION} (news event coder${options.contact ? `; +${options.contact}` : ''})`;
    this.gate = new HostGate(this.options.concurrency, this.options.hostDelayMs);
    this.robots = new RobotsCache((url) => this.request(url, {}, ACCEPT_ROBOTS), this.userAgent);
  }

  /**
   * Fetches `url` once per run. `accept` says which content types are wanted: a type outside it is a
   * failure, not a body. `validators` from an earlier run make the request conditional.
   */
  async fetch(url: string, accept: RegExp, validators: Validators = {}): Promise<FetchResult> {
    let parsed: URL;
    try {
      parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`${parsed.protocol} is not http(s)`);
    } catch (err) {
      return failed(url, 'bad-url', `not a web address (${reason(err)})`);
    }
    const key = parsed.href.replace(/#.*$/, '');
    if (this.seen.has(key)) return failed(url, 'duplicate', 'already fetched in this run');
    this.seen.add(key);
    return this.request(key, validators, accept);
  }

  private async request(url: string, validators: Validators, accept: RegExp): Promise<FetchResult> {
    let current = url;
    const visited = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (accept !== ACCEPT_ROBOTS) {
        const rule = await this.robots.check(current);
        if (!rule.allowed) return failed(url, 'robots', `robots.txt of ${new URL(current).host} forbids ${new URL(current).pathname}${rule.why ? ` (${rule.why})` : ''}`);
        this.gate.askDelay(current, rule.crawlDelayMs);
      }
      const answer = await this.withRetries(current, hop === 0 ? validators : {}, accept);
      if (answer.kind !== 'redirect') return { ...answer, url };
      visited.add(current);
      if (hop >= this.options.maxRedirects) return failed(url, 'redirects', `more than ${this.options.maxRedirects} redirects`);
      if (visited.has(answer.location)) return failed(url, 'redirects', `a redirect loop back to ${answer.location}`);
      current = answer.location;
    }
  }

  private async withRetries(url: string, validators: Validators, accept: RegExp): Promise<FetchResult | { kind: 'redirect'; location: string }> {
    for (let attempt = 0; ; attempt++) {
      const answer = await this.gate.run(url, () => this.once(url, validators, accept));
      if (answer.kind !== 'retry') return answer;
      const wait = answer.waitMs ?? Math.min(1000 * 2 ** attempt, this.options.maxRetryWaitMs);
      if (attempt >= this.options.retries) return failed(url, 'http', `${answer.status} after ${attempt + 1} attempts`);
      if (wait > this.options.maxRetryWaitMs) return failed(url, 'http', `${answer.status}, and the server asks to wait ${Math.round(wait / 1000)} s`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private async once(url: string, validators: Validators, accept: RegExp): Promise<FetchResult | { kind: 'redirect'; location: string } | { kind: 'retry'; status: number; waitMs: number | null }> {
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      const status = response.status;
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return failed(url, 'http', `${status} without a Location`);
        return { kind: 'redirect', location: new URL(location, url).href };
      }
      const next = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
      const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as Validators;
      if (status === 304) return { kind: 'not-modified', url, validators: Object.keys(kept).length ? kept : validators };
      if (status === 429 || status >= 500) {
        await response.body?.cancel();
        return { kind: 'retry', status, waitMs: retryAfter(response.headers.get('retry-after')) };
      }
      if (status < 200 || status >= 300) {
        await response.body?.cancel();
        return failed(url, 'http', `HTTP ${status}`);
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!accept.test(contentType)) {
        await response.body?.cancel();
        return failed(url, 'content-type', `${contentType || 'no Content-Type'} is not what was asked for`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > this.options.maxBytes) {
        await response.body?.cancel();
        return failed(url, 'too-large', `${declared} bytes, over the limit of ${this.options.maxBytes}`);
      }
      const body = await readCapped(response, this.options.maxBytes);
      if (!body) return failed(url, 'too-large', `over the limit of ${this.options.maxBytes} bytes`);
      return { kind: 'ok', url, finalUrl: url, contentType, body, validators: kept };
    } catch (err) {
      if (signal.aborted) return failed(url, 'timeout', `no whole answer within ${this.options.timeoutMs / 1000} s`);
      return failed(url, 'network', reason(err));
    }
  }
}

/** Robots files are plain text; anything a server sends there is read as text. */
const ACCEPT_ROBOTS = /(?:)/;

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  if (!/^[a-z]{3}, /i.test(value.trim())) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function failed(url: string, code: FetchFailure, message: string): FetchResult {
  return { kind: 'failed', url, code, message: `${url}: ${message}` };
}

function reason(err: unknown): string {
  if (err instanceof Error) return err.cause instanceof Error ? `${err.message}: ${err.cause.message}` : err.message;
  return String(err);
}
