// The questions the API asks of its store, one at a time (they share one connection), each within a
// time limit: past it, a running statement is interrupted and a queued one is dropped, so the next
// request is not kept waiting. `idle` lets the server close the store only once nothing runs on it.
import type { Store } from '../store/store.js';

export class QueryTimeout extends Error {}

export class StoreQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    readonly timeoutMs: number,
  ) {}

  ask<T>(question: (store: Store) => Promise<T>): Promise<T> {
    const late = () => new QueryTimeout(`the query took longer than ${this.timeoutMs} ms; narrow the filter`);
    let state: 'queued' | 'running' | 'done' | 'dropped' = 'queued';
    const answer = this.tail.then(async () => {
      if (state === 'dropped') throw late();
      state = 'running';
      try {
        return await question(this.store);
      } finally {
        state = 'done';
      }
    });
    this.tail = answer.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        if (state === 'running') this.store.interrupt();
        if (state === 'queued') state = 'dropped';
        reject(late());
      }, this.timeoutMs);
    });
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  /** Resolves once every question asked so far has ended (closing a store under a statement hangs it). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.tail;
      await seen;
    } while (seen !== this.tail);
  }
}
