import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { loadCohortRecords } from '../../../src/server/partner/cohort-records.ts';
import { createEnrolmentCode, enrolDevice } from '../../../src/server/sync/device-auth.ts';
import { ingestPush } from '../../../src/server/sync/ingest.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import {
  attendancePayload,
  cohortPayload,
  consentPayload,
  newId,
  participantPayload,
  pushed,
} from './sync-fixtures.ts';

for (const fixture of hubDatabaseFixtures()) {
  describe(`a cohort's records on ${fixture.kind}`, () => {
    let database: HubDatabase;
    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    it('holds the latest version of the cohort and each participant, every event, and nothing of other cohorts', async () => {
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Beirut 2026',
        expiresAt: new Date(Date.now() + 60_000),
      });
      const device = await enrolDevice(database.db, { code, deviceName: 'Tablet' });
      const cohort = cohortPayload();
      const moved = { ...cohort, version: 2, draft: { ...cohort.draft, location: 'Room 2' } };
      const amina = participantPayload(cohort.id);
      const aminaAgain = { ...amina, version: 2, literacy: 'functional' };
      const other = cohortPayload();
      const stranger = participantPayload(other.id);
      await ingestPush(
        database.db,
        { id: device.deviceId, programme: device.programme },
        {
          sentAt: new Date().toISOString(),
          records: [
            pushed('cohort', cohort),
            pushed('cohort', moved),
            pushed('participant', amina),
            pushed('participant', aminaAgain),
            pushed('consent', consentPayload(amina.id, true, '2026-12-01T09:00:00.000Z')),
            pushed('attendance', attendancePayload(cohort.id, amina.id, 1)),
            pushed('attendance', attendancePayload(cohort.id, amina.id, 2)),
            pushed('question', {
              id: newId(),
              cohortId: cohort.id,
              day: 1,
              recording: { audioBase64: 'AAAA', mimeType: 'audio/webm' },
            }),
            pushed('cohort', other),
            pushed('participant', stranger),
            pushed('consent', consentPayload(stranger.id, true, '2026-12-01T09:00:00.000Z')),
            pushed('attendance', attendancePayload(other.id, stranger.id, 1)),
          ],
        },
      );
      const records = await loadCohortRecords(database.db, cohort.id);
      expect(records?.cohort).toMatchObject({ version: 2, draft: { location: 'Room 2' } });
      expect(records?.participants).toEqual([aminaAgain]);
      expect(records?.consents.map((c) => c.participantId)).toEqual([amina.id]);
      expect(records?.attendance.map((a) => a.day).sort()).toEqual([1, 2]);
      expect(records?.answers).toEqual([]);
      // A voice stays on the hub: the question is counted, its audio not read.
      expect(records?.questions).toHaveLength(1);
      expect(records?.questions[0]).not.toHaveProperty('recording');
      expect(await loadCohortRecords(database.db, newId())).toBeUndefined();
    });
  });
}
