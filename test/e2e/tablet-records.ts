import type { Page } from '@playwright/test';

/** Every row of one object store of the tablet's database, read straight from IndexedDB. */
export function storeRows<Row = Record<string, unknown>>(page: Page, store: string) {
  return page.evaluate(
    (name) =>
      new Promise<Row[]>((resolve, reject) => {
        const open = indexedDB.open('waypoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as Row[]);
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/**
 * The whole tablet database, store by store, each row as JSON text, for "this never appears
 * anywhere" checks. Binary audio is shown by its size, since its bytes cannot name anyone.
 */
export function tabletDatabaseText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('waypoint');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const text: Record<string, string[]> = {};
          const transaction = db.transaction(names);
          let left = names.length;
          if (left === 0) resolve(text);
          for (const name of names) {
            const all = transaction.objectStore(name).getAll();
            all.onsuccess = () => {
              text[name] = all.result.map((row: unknown) =>
                JSON.stringify(row, (_key, value: unknown) =>
                  value instanceof ArrayBuffer ? `<${value.byteLength} bytes>` : value,
                ),
              );
              left -= 1;
              if (left === 0) resolve(text);
            };
            all.onerror = () => reject(all.error);
          }
        };
      }),
  );
}
