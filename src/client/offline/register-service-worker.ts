import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that serves the app shell and downloaded bundles offline.
 * When a new version is waiting, the page shows its "Update ready" bar; the new version
 * takes over only when the trainer taps it, and the page reloads once it controls.
 * Records live in IndexedDB and bundles in their own cache, so neither is touched.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js');
  const bar = document.querySelector<HTMLElement>('.update-ready');
  workbox.addEventListener('waiting', () => {
    if (!bar) return;
    bar.hidden = false;
    bar.querySelector('button')?.addEventListener('click', () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register();
}
