import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { LearnerRepository } from '../../../src/client/db/learner-repository.ts';
import { ParticipantRepository } from '../../../src/client/db/participant-repository.ts';
import { GUEST } from '../../../src/domain/learner.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const classA = '0193a8f0-0000-7000-8000-0000000000a0';
const classB = '0193a8f0-0000-7000-8000-0000000000b0';

async function setup() {
  const db = new WaypointDatabase(`learners-${Math.random()}`);
  databases.push(db);
  const people = new ParticipantRepository(db);
  const add = (cohortId: string, name: string) =>
    people.add(
      cohortId,
      {
        name,
        familyGroup: 'F',
        ageBand: '18-59',
        gender: 'female',
        languages: ['ar'],
        literacy: 'none',
        intake: {},
      },
      { date: '2026-12-01', explainedBy: 'Rania', language: 'ar', granted: false },
    );
  return {
    db,
    learners: new LearnerRepository(db, () => new Date('2026-12-01T09:00:00Z')),
    amina: await add(classA, 'Amina'),
    omar: await add(classB, 'Omar'),
  };
}

describe('LearnerRepository', () => {
  it('signs in a learner of the tablet’s class, or a guest, and signs out', async () => {
    const { learners, amina } = await setup();
    await learners.setTabletClass(classA, 5);
    expect((await learners.signIn(amina.id)).learnerId).toBe(amina.id);
    expect((await learners.signIn(GUEST)).learnerId).toBe(GUEST);
    await learners.signOut();
    expect(await learners.session()).toBeUndefined();
  });

  it('refuses a learner of another class, and anyone before a class is set', async () => {
    const { learners, omar, amina } = await setup();
    await expect(learners.signIn(amina.id)).rejects.toThrow(/no class/);
    await learners.setTabletClass(classA, 5);
    await expect(learners.signIn(omar.id)).rejects.toThrow(/not in this tablet's class/);
    expect(await learners.session()).toBeUndefined();
  });

  it('signs out a learner of the old class when the trainer switches class', async () => {
    const { learners, amina } = await setup();
    await learners.setTabletClass(classA, 5);
    await learners.signIn(amina.id);
    await learners.setTabletClass(classA, 10);
    expect((await learners.session())?.learnerId).toBe(amina.id);
    await learners.setTabletClass(classB, 10);
    expect(await learners.session()).toBeUndefined();
    expect(await learners.tabletClass()).toMatchObject({ cohortId: classB, idleMinutes: 10 });
  });
});
