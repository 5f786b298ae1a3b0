// Who may send a request now: at most `concurrency` in flight overall, one at a time per host, and a
// pause between two requests to the same host (the larger of our delay and its robots Crawl-delay).

export class HostGate {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  /** Per host: the promise the next request waits for (the previous one's end plus the delay). */
  private readonly hosts = new Map<string, Promise<void>>();
  private readonly delays = new Map<string, number>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  /** A host may ask for a longer pause than ours in its robots.txt; we honour the larger. */
  askDelay(url: string, ms: number | null): void {
    if (ms !== null) this.delays.set(new URL(url).host, Math.max(ms, this.delays.get(new URL(url).host) ?? 0));
  }

  async run<T>(url: string, work: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const previous = this.hosts.get(host) ?? Promise.resolve();
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    this.hosts.set(host, turn);
    await previous;
    await this.slot();
    try {
      return await work();
    } finally {
      this.inFlight--;
      this.waiting.shift()?.();
      const pause = Math.max(this.delayMs, this.delays.get(host) ?? 0);
      setTimeout(release, pause).unref();
    }
  }

  private async slot(): Promise<void> {
    if (this.inFlight < this.concurrency) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }
}
