// Starts the API and UI on a host and port over a store opened read-only, and stops them cleanly.
import { serve as listen, type ServerType } from '@hono/node-server';
import { openStore } from '../store/open.js';
import { createApp, type AppOptions } from './app.js';
import { StoreQueue } from './store-queue.js';

export interface ServeOptions extends Partial<Omit<AppOptions, 'store' | 'openReader' | 'queue'>> {
  readonly store: string;
  /** Milliseconds one store question may take before the request is answered 503. */
  readonly queryTimeoutMs?: number;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface Running {
  /** http://host:port */
  readonly url: string;
  close(): Promise<void>;
}

/** Hosts that only this machine can reach; anything else serves the store to the network. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

export async function startServer(options: ServeOptions): Promise<Running> {
  const store = await openStore(options.store, 'read');
  const queue = new StoreQueue(store, options.queryTimeoutMs ?? 10_000);
  const app = createApp({ ...options, store, queue, openReader: () => openStore(options.store, 'read') });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = listen({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => resolve(info.port));
    server.once('error', reject);
  });
  // a slow or stalled client cannot hold a socket for long
  const http = server! as import('node:http').Server;
  http.requestTimeout = 30_000;
  http.headersTimeout = 10_000;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await queue.idle();
      await store.close();
    },
  };
}
