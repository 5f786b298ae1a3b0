// The built web UI (vite writes it to dist/web), read once at start into memory. A request can only
// name a file that is in this table, so no path it carries ever reaches the file system.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** From src/server (tests) and from dist/server (the package), the same folder. */
export const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  /** Hashed asset names never change content, so they can be cached for good. */
  readonly immutable: boolean;
}

export function loadWebFiles(dir = WEB_DIR): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(dir)) return files;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = TYPES[extname(name)];
        if (!type) continue;
        const route = `/${relative(dir, path).split(sep).join('/')}`;
        files.set(route, { body: readFileSync(path), type, immutable: route.startsWith('/assets/') });
      }
    }
  };
  walk(dir);
  return files;
}
