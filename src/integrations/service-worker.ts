import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { bundleIndexSchema } from '../domain/bundle-manifest.ts';

/**
 * What the service worker precaches: the app shell only (start pages, the Downloads screen,
 * the search screen, the offline and missing-bundle pages, scripts, styles, fonts, icons). Lessons come in
 * bundles the trainer chooses to download.
 */
export const precachePatterns = [
  'index.html',
  '404.html',
  '*/index.html',
  '*/{offline,downloads,bundle-missing,trainer,feedback,search,learners,child-mode}/index.html',
  '*/trainer/{participants,register,course,certificates,results,gbv}/index.html',
  '*/manifest.webmanifest',
  '_astro/**/*.{js,css,woff2}',
  '*.{svg,png}',
];

/** Destinations with offline bundles, from the index the bundles integration wrote. */
function bundledDestinations(clientDir: string): string[] {
  const index = bundleIndexSchema.parse(
    JSON.parse(readFileSync(`${clientDir}/bundles/index.json`, 'utf8')),
  );
  return [...new Set(index.bundles.map((bundle) => bundle.destination))];
}

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
          define: {
            'process.env.NODE_ENV': '"production"',
            WAYPOINT_DESTINATIONS: JSON.stringify(bundledDestinations(clientDir)),
          },
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
