import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CohortRepository } from '../../../src/client/db/cohort-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import type { CohortDraft } from '../../../src/domain/cohort.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function repository() {
  const db = new WaypointDatabase(`cohorts-${Math.random()}`);
  databases.push(db);
  let tick = Date.UTC(2026, 10, 23, 9);
  return {
    db,
    cohorts: new CohortRepository(db, {
      now: () => new Date((tick += 1000)),
      random: () => crypto.getRandomValues(new Uint8Array(10)),
    }),
  };
}

const draft: CohortDraft = {
  destination: 'canada',
  audiences: ['adult'],
  location: 'Beirut',
  languages: ['ar'],
  courseStart: '2026-12-01',
  courseEnd: '2026-12-03',
  departure: '2026-12-10',
  destinationCity: 'Ottawa',
};

describe('CohortRepository', () => {
  it('writes each save and its outbox entry together, bumping the version on edits', async () => {
    const { db, cohorts } = repository();
    const created = await cohorts.save(draft);
    const edited = await cohorts.save({ ...draft, destinationCity: 'Toronto' }, created.id);
    expect(edited).toMatchObject({ id: created.id, version: 2, createdAt: created.createdAt });
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => [e.recordType, e.recordId, e.version])).toEqual([
      ['cohort', created.id, 1],
      ['cohort', created.id, 2],
    ]);
    expect(await cohorts.unsent()).toBe(2);
  });

  it('refuses impossible dates and keeps what was already saved', async () => {
    const { db, cohorts } = repository();
    const saved = await cohorts.save(draft);
    await expect(cohorts.save({ ...draft, courseEnd: '2026-11-01' }, saved.id)).rejects.toThrow();
    expect(await db.cohorts.get(saved.id)).toEqual(saved);
    expect(await db.outbox.count()).toBe(1);
  });

  it('rolls the cohort back when its outbox entry cannot be written', async () => {
    const { db, cohorts } = repository();
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(cohorts.save(draft)).rejects.toThrow('disk full');
    expect(await db.cohorts.count()).toBe(0);
  });
});
