// The service worker's queue of pushes to finish when a connection is back (Workbox
// Background Sync), as both the worker and a wipe on the page need to know it.

/** The queue's name; its sync tag is `workbox-background-sync:waypoint-push`. */
export const PUSH_QUEUE = 'waypoint-push';

/** The part of Workbox's Queue that keeping the latest push needs. */
export interface PushQueue {
  shiftRequest(): Promise<unknown>;
  pushRequest(entry: { request: Request }): Promise<void>;
}

/**
 * Each failed run leaves its first batch: the oldest waiting records. Only the latest is kept,
 * so a day offline with retries every few minutes stores one batch, not hundreds.
 */
export async function keepOnlyLatest(queue: PushQueue, request: Request) {
  while (await queue.shiftRequest());
  await queue.pushRequest({ request });
}
