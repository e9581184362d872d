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
import { syncRecords } from '../../../src/server/db/schema.ts';
import { createEnrolmentCode } from '../../../src/server/sync/device-auth.ts';
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
        if (url.endsWith('/push')) network.pushes += 1;
        if (network.fault === 'before') throw new TypeError('Failed to fetch');
        const response = await (url.endsWith('/enrol') ? hub.enrol(request) : hub.push(request));
        // The hub committed, but the answer never reached the tablet.
        if (network.fault === 'after-commit') throw new TypeError('network connection was lost');
        return response;
      };
      return { db, network, sync: new OutboxSync(db, fetcher as typeof fetch) };
    }

    async function enrolled() {
      const t = tablet();
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Beirut 2026',
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
      network.fault = 'none';
      await sync.run();
      expect(await db.outbox.count()).toBe(0);
      expect(await onHub(ids)).toHaveLength(queued);
      expect((await sync.link())?.lastProblem).toBeUndefined();
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
  });
}
