import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that makes every built page work offline. Skipped in
 * development, where pages are rendered on demand and there is nothing to precache.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void new Workbox('/sw.js').register();
}
