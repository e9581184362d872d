import { PUSH_QUEUE } from '../../domain/push-queue.ts';

// Workbox keeps its Background Sync queue in this database: the pushes in it carry records
// and the device token, so a wipe must empty it too.
const QUEUE_DATABASE = 'workbox-background-sync';
const QUEUE_STORE = 'requests';

/** Forgets every push the service worker was keeping to send later. */
export async function forgetQueuedPushes(factory: IDBFactory = indexedDB): Promise<void> {
  const known = await factory.databases();
  if (!known.some((database) => database.name === QUEUE_DATABASE)) return;
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(QUEUE_DATABASE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    if (!database.objectStoreNames.contains(QUEUE_STORE)) return;
    await new Promise<void>((resolve, reject) => {
      const tx = database.transaction(QUEUE_STORE, 'readwrite');
      const store = tx.objectStore(QUEUE_STORE);
      const mine = store.index('queueName').openCursor(IDBKeyRange.only(PUSH_QUEUE));
      mine.onsuccess = () => {
        const cursor = mine.result;
        if (!cursor) return;
        cursor.delete();
        cursor.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    database.close();
  }
}
