import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/** What the service worker precaches: the app shell and every built page, with their assets. */
export const precachePatterns = ['**/*.{html,js,css,woff2,svg,png,webmanifest}'];

/**
 * Compiles `src/sw.ts` and writes `sw.js` into the built client folder with Workbox's
 * precache manifest injected. It runs after the build because the manifest lists files
 * (and their revisions) that only exist once every page is rendered.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'waypoint:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const clientDir = fileURLToPath(dir);
        const compiled = `${clientDir}/sw.compiled.js`;
        await build({
          entryPoints: [fileURLToPath(new URL('../sw.ts', import.meta.url))],
          bundle: true,
          format: 'esm',
          minify: true,
          target: 'es2022',
          outfile: compiled,
          define: { 'process.env.NODE_ENV': '"production"' },
        });
        const { count, size, warnings } = await injectManifest({
          swSrc: compiled,
          swDest: `${clientDir}/sw.js`,
          globDirectory: clientDir,
          globPatterns: precachePatterns,
          globIgnores: ['sw.js', 'sw.compiled.js'],
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        await rm(compiled);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KiB)`);
      },
    },
  };
}
