/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { Queue } from 'workbox-background-sync';
import { NetworkOnly } from 'workbox-strategies';
import { BUNDLE_CACHE } from './domain/bundle-caches.ts';
import { courseLessonOf, isSharedLessonPath, sharedLessonPath } from './domain/lesson-address.ts';
import { bundleOfPath, missingBundlePagePath, offlinePagePath } from './domain/offline-page.ts';
import { keepOnlyLatest, PUSH_QUEUE } from './domain/push-queue.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};
/** Destination ids that have bundles, written in at build time. */
declare const WAYPOINT_DESTINATIONS: string[];
const destinations = new Set(WAYPOINT_DESTINATIONS);

// The app shell only: bundles of lessons are downloaded by choice on the Downloads screen.
// Query strings only carry screen state read in the page (`?cohort=`, `?q=`): every address of a
// shell page is the same file.
precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: true,
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

/** Bundle caches are keyed by directory URL (`/ar/canada/adult/`). */
function bundleKey(url: URL): string {
  return url.pathname.endsWith('/') || url.pathname.includes('.')
    ? url.pathname
    : `${url.pathname}/`;
}

/** A course's lesson page is stored once per language, as the shared copy of the lesson. */
async function fromBundles(url: URL): Promise<Response | undefined> {
  const stored = await caches.match(bundleKey(url), { cacheName: BUNDLE_CACHE });
  const lesson = stored ? undefined : courseLessonOf(url.pathname);
  return (
    stored ??
    (lesson &&
      (await caches.match(sharedLessonPath(lesson.locale, lesson.lesson), {
        cacheName: BUNDLE_CACHE,
      })))
  );
}

// Downloaded bundles first: pages, pictures, narrations and search files from the trainer's chosen
// bundles work with the network off. Nothing fetched here is cached, so only chosen bundles
// take space; a failed fetch falls through to the catch handler (the "bundle not on this
// tablet" page). The download manager fetches with `cache: 'no-store'`: it wants the hub's
// current file, not the copy it is about to replace.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    request.cache !== 'no-store' &&
    (bundleOfPath(url.pathname, destinations) !== undefined ||
      isSharedLessonPath(url.pathname) ||
      url.pathname.startsWith('/pictures/') ||
      url.pathname.startsWith('/narration/')),
  async ({ url, request }) => (await fromBundles(url)) ?? fetch(request),
);

// A push that fails for want of a connection is kept in a Workbox Background Sync queue and
// sent again when the browser says a connection is back (or, without Background Sync, when
// the worker next starts), so records reach the hub with no page open. The tablet's outbox
// stays the record of what is unsent: the hub takes the resend as a duplicate, and the next
// page sync clears the outbox. Kept a week: by then the trainer's screens have sent it.
const queue = new Queue(PUSH_QUEUE, { maxRetentionTime: 7 * 24 * 60 });
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname === '/api/sync/push' &&
    request.method === 'POST',
  async ({ request }) => {
    const copy = request.clone();
    try {
      return await fetch(request);
    } catch (error) {
      await keepOnlyLatest(queue, copy);
      throw error;
    }
  },
  'POST',
);

// Other pages go to the network; when that fails the catch handler answers.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());

setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate') return Response.error();
  const bundle = bundleOfPath(url.pathname, destinations);
  const page =
    (bundle && (await matchPrecache(missingBundlePagePath(bundle.locale)))) ??
    (await matchPrecache(offlinePagePath(url.pathname))) ??
    (await matchPrecache(offlinePagePath('/')));
  return page ?? Response.error();
});

// A new version waits until the trainer taps "Update" (workbox-window sends SKIP_WAITING),
// so nobody loses a page mid-lesson.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
