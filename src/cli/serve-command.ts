// `dyad serve`: the HTTP API and the web UI over a store, until SIGINT or SIGTERM.
import { startServer, isLoopback } from '../server/serve.js';
import { storeLocation } from '../store/open.js';
import type { Io } from './io.js';

export interface ServeCommandOptions {
  readonly store?: string;
  readonly host: string;
  readonly port: number;
}

export async function runServe(options: ServeCommandOptions, io: Io): Promise<number> {
  if (!isLoopback(options.host)) {
    io.stderr.write(`dyad serve: warning: listening on ${options.host} makes the store readable by anyone who can reach this machine\n`);
  }
  const running = await startServer({ store: storeLocation(options.store), host: options.host, port: options.port });
  io.stdout.write(`dyad serve: ${running.url}/ (API description at ${running.url}/api/openapi.json); Ctrl-C stops\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await running.close();
  return 0;
}
