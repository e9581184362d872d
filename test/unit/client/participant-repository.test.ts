import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import {
  DuplicateParticipantError,
  ParticipantRepository,
} from '../../../src/client/db/participant-repository.ts';
import type { ParticipantDraft } from '../../../src/domain/participant.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
const draft: ParticipantDraft = {
  name: 'Amina',
  familyGroup: 'Haddad',
  ageBand: '18-59',
  gender: 'female',
  languages: ['ar'],
  literacy: 'basic',
  intake: { employment: 'Tailor' },
};
const explained = { date: '2026-12-01', explainedBy: 'Rania', language: 'ar' };

function setup() {
  const db = new WaypointDatabase(`participants-${Math.random()}`);
  databases.push(db);
  let tick = Date.UTC(2026, 11, 1, 9);
  const repository = new ParticipantRepository(db, {
    now: () => new Date((tick += 1000)),
    random: () => crypto.getRandomValues(new Uint8Array(10)),
  });
  const queuedParticipants = async () =>
    (await db.outbox.orderBy('queuedAt').toArray()).filter(
      (entry) => entry.recordType === 'participant',
    );
  return { db, repository, queuedParticipants };
}

describe('ParticipantRepository', () => {
  it('queues a participant without consent under a pseudonym, in the same transaction', async () => {
    const { repository, queuedParticipants } = setup();
    await repository.add(cohortId, draft, { ...explained, granted: false });
    const [entry] = await queuedParticipants();
    expect(JSON.stringify(entry?.payload)).not.toContain('Amina');
    expect(JSON.stringify(entry?.payload)).not.toContain('Tailor');
  });

  it('queues name and intake once consent is given, and hides them again after a withdrawal', async () => {
    const { repository, queuedParticipants, db } = setup();
    const amina = await repository.add(cohortId, draft, { ...explained, granted: true });
    expect(JSON.stringify((await queuedParticipants())[0]?.payload)).toContain('Amina');

    await repository.decide(amina.id, { ...explained, date: '2026-12-02', granted: false });
    const latest = (await queuedParticipants()).at(-1);
    expect(latest?.version).toBe(2);
    expect(JSON.stringify(latest?.payload)).not.toContain('Amina');
    // The withdrawal is recorded as a new event; the first decision stays in the history.
    expect((await db.consentEvents.toArray()).map((e) => e.granted)).toEqual([true, false]);
  });

  it('refuses the same person twice in a cohort, keeping the first', async () => {
    const { repository, db } = setup();
    await repository.add(cohortId, draft, { ...explained, granted: false });
    await expect(
      repository.add(cohortId, { ...draft, name: ' amina ' }, { ...explained, granted: false }),
    ).rejects.toBeInstanceOf(DuplicateParticipantError);
    expect(await db.participants.count()).toBe(1);
  });

  it('refuses an empty name before writing anything', async () => {
    const { repository, db } = setup();
    await expect(
      repository.add(cohortId, { ...draft, name: '  ' }, { ...explained, granted: false }),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
  });
});
