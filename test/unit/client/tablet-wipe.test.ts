import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { CohortRepository } from '../../../src/client/db/cohort-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { TabletWipe } from '../../../src/client/db/tablet-wipe.ts';

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
