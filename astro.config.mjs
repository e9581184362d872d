// @ts-check
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { offlineBundles } from './src/integrations/bundles.ts';
import { lunrArabicStrict } from './src/integrations/lunr-arabic-strict.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// A build against fixture content (tests) must not overwrite the real build or its cache.
const fixtureBuild = process.env.WAYPOINT_CONTENT_DIR !== undefined;

export default defineConfig({
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  // Bundles first: the service worker's precache must know which pages are not in the app shell.
  integrations: [svelte(), offlineBundles(), serviceWorker()],
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  ...(fixtureBuild && {
    outDir: process.env.WAYPOINT_OUT_DIR ?? './node_modules/.waypoint-fixture/dist',
    cacheDir: './node_modules/.waypoint-fixture/cache',
  }),
  devToolbar: { enabled: false },
  vite: {
    plugins: [lunrArabicStrict()],
    optimizeDeps: { rolldownOptions: { plugins: [lunrArabicStrict()] } },
  },
});
