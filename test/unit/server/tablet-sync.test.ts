import 'fake-indexeddb/auto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CohortRepository } from '../../../src/client/db/cohort-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { FeedbackRepository } from '../../../src/client/db/feedback-repository.ts';
import { ParticipantRepository } from '../../../src/client/db/participant-repository.ts';
import { OutboxSync } from '../../../src/client/sync/outbox-sync.ts';
import { SyncRefusal } from '../../../src/domain/sync-protocol.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { recordConflicts, syncRecords } from '../../../src/server/db/schema.ts';
import { createEnrolmentCode, revokeDevice } from '../../../src/server/sync/device-auth.ts';
import { createSyncHandlers, type SyncHandlers } from '../../../src/server/sync/sync-http.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';

type Fault = 'none' | 'before' | 'after-commit';

for (const fixture of hubDatabaseFixtures()) {
  describe(`a tablet syncing with the hub on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let hub: SyncHandlers;
    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      hub = createSyncHandlers(database.db);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    /** A tablet whose network can fail before a push reaches the hub, or after it committed. */
    function tablet() {
      const db = new WaypointDatabase(`tablet-${Math.random()}`);
      const network = { fault: 'none' as Fault, pushes: 0 };
      const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        const request = new Request(`http://hub.test${url}`, init);
        const action = new URL(request.url).pathname.split('/').at(-1);
        if (action === 'push') network.pushes += 1;
        if (network.fault === 'before') throw new TypeError('Failed to fetch');
        const response = await (action === 'enrol'
          ? hub.enrol(request)
          : action === 'pull'
            ? hub.pull(request)
            : hub.push(request));
        // The hub committed, but the answer never reached the tablet.
        if (network.fault === 'after-commit') throw new TypeError('network connection was lost');
        return response;
      };
      return { db, network, sync: new OutboxSync(db, fetcher as typeof fetch) };
    }

    async function enrolled(programme = 'Beirut 2026') {
      const t = tablet();
      const { code } = await createEnrolmentCode(database.db, {
        programme,
        expiresAt: new Date(Date.now() + 60_000),
      });
      await t.sync.enrol(code, 'Tablet 1');
      return t;
    }

    async function courseRecords(db: WaypointDatabase, people = 25) {
      const cohort = await new CohortRepository(db).save({
        destination: 'canada',
        audiences: ['adult'],
        location: 'Beirut training centre',
        languages: ['ar'],
        courseStart: '2026-12-01',
        courseEnd: '2026-12-05',
        departure: '2026-12-10',
        destinationCity: 'Ottawa',
      });
      const participants = new ParticipantRepository(db);
      for (let i = 0; i < people; i += 1) {
        await participants.add(
          cohort.id,
          {
            name: `Learner ${i}`,
            familyGroup: `Family ${Math.floor(i / 4)}`,
            ageBand: '18-59',
            gender: i % 2 ? 'female' : 'male',
            languages: ['ar'],
            literacy: 'basic',
            intake: {},
          },
          { granted: false, date: '2026-12-01', explainedBy: 'Rania', language: 'ar' },
        );
      }
      await new FeedbackRepository(db).give(
        { cohortId: cohort.id, day: 1, satisfaction: 4 },
        { recording: { audio: new Uint8Array(3000).fill(7).buffer, mimeType: 'audio/webm' } },
      );
      return cohort.id;
    }

    /** What the hub holds of the given outbox entries. */
    const onHub = (entryIds: string[]) =>
      database.db.select().from(syncRecords).where(inArray(syncRecords.entryId, entryIds));
    const queuedIds = async (db: WaypointDatabase) => (await db.outbox.toArray()).map((e) => e.id);

    it('refuses to send before enrolment, and says so', async () => {
      const { sync } = tablet();
      await expect(sync.run()).rejects.toBeInstanceOf(SyncRefusal);
    });

    it('sends every record once, with progress, and empties the outbox', async () => {
      const { db, sync } = await enrolled();
      await courseRecords(db);
      const ids = await queuedIds(db);
      const queued = ids.length;
      const progress: number[] = [];
      expect(await sync.run(({ sent }) => progress.push(sent))).toBe(queued);
      expect(progress.at(0)).toBe(0);
      expect(progress.at(-1)).toBe(queued);
      expect(await db.outbox.count()).toBe(0);
      expect((await sync.link())?.lastSentAt).toBeDefined();
      const rows = await onHub(ids);
      expect(rows).toHaveLength(queued);
      expect(rows.filter((row) => row.kind === 'participant')).toHaveLength(25);
      // Names stay on the tablet without consent: the hub has pseudonyms.
      expect(JSON.stringify(rows.map((row) => row.payload))).not.toContain('Learner 1');
      const question = rows.find((row) => row.kind === 'question')?.payload as {
        recording: { audioBase64: string };
      };
      expect(Buffer.from(question.recording.audioBase64, 'base64')).toEqual(Buffer.alloc(3000, 7));
    });

    it('loses nothing when the connection drops before the hub has the batch', async () => {
      const { db, sync, network } = await enrolled();
      await courseRecords(db, 3);
      const ids = await queuedIds(db);
      const queued = ids.length;
      network.fault = 'before';
      await expect(sync.run()).rejects.toThrow('Failed to fetch');
      expect(await db.outbox.count()).toBe(queued);
      expect((await sync.link())?.lastProblem).toBe('Failed to fetch');
      expect((await sync.link())?.lastProblemCode).toBe('offline');
      network.fault = 'none';
      await sync.run();
      expect(await db.outbox.count()).toBe(0);
      expect(await onHub(ids)).toHaveLength(queued);
      expect((await sync.link())?.lastProblem).toBeUndefined();
      expect((await sync.link())?.lastProblemCode).toBeUndefined();
    });

    it('duplicates nothing when the answer is lost after the hub committed', async () => {
      const { db, sync, network } = await enrolled();
      await courseRecords(db, 3);
      const ids = await queuedIds(db);
      const queued = ids.length;
      network.fault = 'after-commit';
      await expect(sync.run()).rejects.toThrow('network connection was lost');
      expect(await db.outbox.count()).toBe(queued);
      expect(await onHub(ids)).toHaveLength(queued);
      network.fault = 'none';
      await sync.run();
      await sync.run();
      expect(await db.outbox.count()).toBe(0);
      expect(await onHub(ids)).toHaveLength(queued);
    });

    it('keeps a refused record, with the hub’s reason, until the trainer retries it', async () => {
      const { db, sync } = await enrolled();
      await courseRecords(db, 1);
      const first = (await db.outbox.toArray()).find((entry) => entry.recordType === 'cohort');
      await db.outbox.update(first!.id, { payload: { broken: true } });
      await sync.run();
      const { waiting, refused } = await sync.unsent();
      expect(waiting).toEqual([]);
      expect(refused.map((entry) => entry.id)).toEqual([first!.id]);
      expect(refused[0]?.rejection?.reason).toMatch(/^cohort /);
      // Sending again leaves it alone; a retry puts it back in line.
      await sync.run();
      expect((await sync.unsent()).refused).toHaveLength(1);
      await sync.retryRefused();
      expect((await sync.unsent()).waiting).toHaveLength(1);
    });

    it('brings a second tablet the programme’s class and roster, and never lets a pseudonym replace a name', async () => {
      const programme = `Tyre ${Math.random()}`;
      const first = await enrolled(programme);
      const second = await enrolled(programme);
      const cohortId = await courseRecords(first.db, 3);
      const participants = new ParticipantRepository(first.db);
      const [amina, omar] = await participants.inCohort(cohortId);
      await participants.decide(amina!.id, {
        granted: true,
        date: '2026-12-02',
        explainedBy: 'Rania',
        language: 'ar',
      });
      await first.sync.run();

      await second.sync.run();
      expect((await second.db.cohorts.get(cohortId))?.draft.location).toBe(
        'Beirut training centre',
      );
      const roster = await new ParticipantRepository(second.db).inCohort(cohortId);
      expect(roster).toHaveLength(3);
      // With consent the name travels; without it the second tablet has the pseudonym only.
      expect(roster.find((p) => p.id === amina!.id)?.draft.name).toBe(amina!.draft.name);
      const pseudonymous = roster.find((p) => p.id === omar!.id);
      expect(pseudonymous?.draft.name).toMatch(/^P-[0-9a-f]{8}$/);
      expect(await second.db.consentEvents.where('participantId').equals(amina!.id).count()).toBe(
        2,
      );
      expect(await second.db.outbox.count()).toBe(0);
      expect((await second.sync.link())?.pullCursor).toMatch(/^\d+$/);

      // The second tablet's edit comes back to the first, which keeps the name it knows.
      await new ParticipantRepository(second.db).decide(omar!.id, {
        granted: false,
        date: '2026-12-03',
        explainedBy: 'Samir',
        language: 'ar',
      });
      await second.sync.run();
      await first.sync.run();
      const back = await first.db.participants.get(omar!.id);
      expect(back?.version).toBe(2);
      expect(back?.draft.name).toBe(omar!.draft.name);
      expect(back?.draft.familyGroup).toBe(omar!.draft.familyGroup);
    });

    it('loses nothing when a pull’s answer is lost: the cursor stays, and the next run gets it all', async () => {
      const programme = `Sidon ${Math.random()}`;
      const first = await enrolled(programme);
      const second = await enrolled(programme);
      const cohortId = await courseRecords(first.db, 3);
      await first.sync.run();
      // The answer to the pull is lost: nothing is stored, the cursor stays, the next run gets all.
      second.network.fault = 'after-commit';
      await expect(second.sync.run()).rejects.toThrow('network connection was lost');
      expect(await second.db.participants.count()).toBe(0);
      expect((await second.sync.link())?.pullCursor).toBeUndefined();
      second.network.fault = 'none';
      await second.sync.run();
      expect(await second.db.participants.where('cohortId').equals(cohortId).count()).toBe(3);
    });

    it('a tablet enrolled again sends what the hub may hold under its old token: once, no refusal, no conflict', async () => {
      const { db, sync, network } = await enrolled();
      await courseRecords(db, 3);
      const queued = await db.outbox.toArray();
      network.fault = 'after-commit';
      await expect(sync.run()).rejects.toThrow('network connection was lost');
      // The operator revokes the tablet; the trainer enrols it again with a new code.
      await revokeDevice(database.db, (await sync.link())!.deviceId, 'operator:test');
      network.fault = 'none';
      await expect(sync.run()).rejects.toBeInstanceOf(SyncRefusal);
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Beirut 2026',
        expiresAt: new Date(Date.now() + 60_000),
      });
      await sync.enrol(code, 'Tablet 1');
      await sync.run();
      expect(await sync.unsent()).toEqual({ waiting: [], refused: [] });
      const recordIds = queued.map((entry) => entry.recordId);
      const held = await database.db
        .select()
        .from(syncRecords)
        .where(inArray(syncRecords.recordId, recordIds));
      expect(held).toHaveLength(queued.length);
      expect(
        await database.db
          .select()
          .from(recordConflicts)
          .where(inArray(recordConflicts.recordId, recordIds)),
      ).toEqual([]);
    });

    it('a withdrawal reaches the other tablets: a name they had only from the hub is gone', async () => {
      const programme = `Byblos ${Math.random()}`;
      const first = await enrolled(programme);
      const second = await enrolled(programme);
      const cohortId = await courseRecords(first.db, 2);
      const repository = new ParticipantRepository(first.db);
      const [amina] = await repository.inCohort(cohortId);
      const consent = { date: '2026-12-02', explainedBy: 'Rania', language: 'ar' };
      await repository.decide(amina!.id, { granted: true, ...consent });
      await first.sync.run();
      await second.sync.run();
      expect((await second.db.participants.get(amina!.id))?.draft.name).toBe(amina!.draft.name);

      await repository.decide(amina!.id, { granted: false, ...consent });
      await first.sync.run();
      await second.sync.run();
      const there = await second.db.participants.get(amina!.id);
      expect(there?.draft.name).toMatch(/^P-[0-9a-f]{8}$/);
      expect(JSON.stringify(await second.db.participants.toArray())).not.toContain(
        amina!.draft.name,
      );
      // The tablet that recorded her keeps what it recorded.
      await first.sync.run();
      expect((await first.db.participants.get(amina!.id))?.draft.name).toBe(amina!.draft.name);
    });
  });
}
