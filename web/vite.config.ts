// The web UI's build: two pages (the views, and one annotated article), written into dist/web where
// `dyad serve` reads them. Nothing is loaded from outside at run time: the map's TopoJSON is bundled.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // no inline scripts or module-preload polyfill: the server's CSP allows scripts from files only
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { index: here('index.html'), document: here('document.html') } },
  },
});
