// robots.txt, read once per host and run with a maintained parser (robots-parser), as RFC 9309 says:
// a missing file (4xx) allows everything; a server that fails to answer (5xx, network, time-out)
// forbids everything for this run, since we cannot know what it wants.
import { createRequire } from 'node:module';
import type { FetchResult } from './fetcher.js';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// the package is CommonJS and its typings do not describe it under NodeNext resolution
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => Robots;

export interface RobotsRule {
  readonly allowed: boolean;
  /** The host's Crawl-delay, in milliseconds. */
  readonly crawlDelayMs: number | null;
  readonly why?: string;
}

/** The product token robots.txt groups are matched on. */
const AGENT = 'dyad';
const MAX_CRAWL_DELAY_MS = 60_000;

export class RobotsCache {
  private readonly hosts = new Map<string, Promise<{ robots: Robots | null; why?: string; allowAll: boolean }>>();

  constructor(
    private readonly get: (url: string) => Promise<FetchResult>,
    private readonly userAgent: string,
  ) {}

  async check(url: string): Promise<RobotsRule> {
    const origin = new URL(url).origin;
    let entry = this.hosts.get(origin);
    if (!entry) {
      entry = this.load(`${origin}/robots.txt`);
      this.hosts.set(origin, entry);
    }
    const { robots, why, allowAll } = await entry;
    if (allowAll) return { allowed: true, crawlDelayMs: null };
    if (!robots) return { allowed: false, crawlDelayMs: null, ...(why ? { why } : {}) };
    const delay = robots.getCrawlDelay(AGENT);
    return {
      allowed: robots.isAllowed(url, AGENT) !== false && robots.isAllowed(url, this.userAgent) !== false,
      crawlDelayMs: delay === undefined ? null : Math.min(delay * 1000, MAX_CRAWL_DELAY_MS),
    };
  }

  private async load(robotsUrl: string): Promise<{ robots: Robots | null; why?: string; allowAll: boolean }> {
    const answer = await this.get(robotsUrl);
    if (answer.kind === 'ok') return { robots: robotsParser(robotsUrl, new TextDecoder().decode(answer.body)), allowAll: false };
    if (answer.kind === 'failed' && answer.code === 'http' && /HTTP 4\d\d/.test(answer.message)) return { robots: null, allowAll: true };
    return { robots: null, allowAll: false, why: `robots.txt could not be read: ${answer.kind === 'failed' ? answer.message : answer.kind}` };
  }
}
