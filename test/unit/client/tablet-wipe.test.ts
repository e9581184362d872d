import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { CohortRepository } from '../../../src/client/db/cohort-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { TabletWipe } from '../../../src/client/db/tablet-wipe.ts';
import { keepOnlyLatest, PUSH_QUEUE } from '../../../src/domain/push-queue.ts';

it('reports what is unsent, then clears every record but keeps downloaded bundles', async () => {
  const db = new WaypointDatabase(`wipe-${Math.random()}`);
  await new CohortRepository(db).save({
    destination: 'canada',
    audiences: ['adult'],
    location: 'Beirut',
    languages: ['ar'],
    courseStart: '2026-12-01',
    courseEnd: '2026-12-03',
    departure: '2026-12-10',
    destinationCity: 'Ottawa',
  });
  await db.installedBundles.put({
    id: 'canada-ar',
    manifest: {} as never,
    installedAt: '2026-12-01T00:00:00.000Z',
  });
  const wipe = new TabletWipe(db);
  expect((await wipe.unsent()).cohort).toBe(1);
  await wipe.wipe();
  expect(await db.cohorts.count()).toBe(0);
  expect(await db.outbox.count()).toBe(0);
  expect(await db.installedBundles.count()).toBe(1);
  await db.delete();
});

/** Workbox's Background Sync database, as its QueueDb makes it, holding pushes of two queues. */
async function workboxQueue(entries: { queueName: string }[]): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('workbox-background-sync', 3);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('requests', {
        autoIncrement: true,
        keyPath: 'id',
      });
      store.createIndex('queueName', 'queueName', { unique: false });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve) => {
    const tx = database.transaction('requests', 'readwrite');
    for (const entry of entries) tx.objectStore('requests').add({ ...entry, requestData: {} });
    tx.oncomplete = () => resolve();
  });
  database.close();
}

async function queuedNames(): Promise<string[]> {
  const database = await new Promise<IDBDatabase>((resolve) => {
    const open = indexedDB.open('workbox-background-sync');
    open.onsuccess = () => resolve(open.result);
  });
  const all = await new Promise<{ queueName: string }[]>((resolve) => {
    const request = database.transaction('requests').objectStore('requests').getAll();
    request.onsuccess = () => resolve(request.result as { queueName: string }[]);
  });
  database.close();
  return all.map((entry) => entry.queueName);
}

it('also forgets the pushes the service worker kept to send later, and only those', async () => {
  const db = new WaypointDatabase(`wipe-${Math.random()}`);
  await workboxQueue([
    { queueName: PUSH_QUEUE },
    { queueName: PUSH_QUEUE },
    { queueName: 'someone-else' },
  ]);
  await new TabletWipe(db).wipe();
  expect(await queuedNames()).toEqual(['someone-else']);
  await db.delete();
});

it('keeps only the latest failed push in the service worker’s queue', async () => {
  const kept: string[] = [];
  const queue = {
    shiftRequest: () => Promise.resolve(kept.shift() === undefined ? undefined : ({} as never)),
    pushRequest: ({ request }: { request: Request }) => {
      kept.push(request.url);
      return Promise.resolve();
    },
  };
  await keepOnlyLatest(queue, new Request('http://hub.test/api/sync/push?1'));
  await keepOnlyLatest(queue, new Request('http://hub.test/api/sync/push?2'));
  expect(kept).toEqual(['http://hub.test/api/sync/push?2']);
});
