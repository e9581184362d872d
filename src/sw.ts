/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { offlinePagePath } from './domain/offline-page.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built page is precached, so a lesson never opened before still renders offline.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: true });
cleanupOutdatedCaches();

// Pages that are not precached (hub pages, unknown URLs) go to the network; when that
// fails the catch handler below answers with the friendly offline page.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());

setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const page =
    (await matchPrecache(offlinePagePath(new URL(request.url).pathname))) ??
    (await matchPrecache(offlinePagePath('/')));
  return page ?? Response.error();
});

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
