import validate from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { loadCohortStatements } from '../../../src/server/partner/cohort-statements.ts';
import { createEnrolmentCode, enrolDevice } from '../../../src/server/sync/device-auth.ts';
import { ingestPush } from '../../../src/server/sync/ingest.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import {
  attendancePayload,
  cohortPayload,
  newId,
  participantPayload,
  pushed,
} from './sync-fixtures.ts';

const options = {
  activityBase: 'https://hub.example.org/xapi',
  homePage: 'https://hub.example.org',
  moduleOfObjective: new Map([['find-clinic', 'health']]),
  gbvModules: new Set(['gbv-help']),
};

for (const fixture of hubDatabaseFixtures()) {
  describe(`a cohort's xAPI statements on ${fixture.kind}`, () => {
    let database: HubDatabase;
    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    it('are made from what tablets pushed, valid, pseudonymous and the same on every read', async () => {
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Beirut 2026',
        expiresAt: new Date(Date.now() + 60_000),
      });
      const device = await enrolDevice(database.db, { code, deviceName: 'Tablet' });
      const cohort = cohortPayload();
      const amina = participantPayload(cohort.id);
      const recordedAt = '2026-12-01T16:00:00.000Z';
      await ingestPush(
        database.db,
        { id: device.deviceId, programme: device.programme },
        {
          sentAt: new Date().toISOString(),
          records: [
            pushed('cohort', cohort),
            pushed('participant', amina),
            pushed('attendance', attendancePayload(cohort.id, amina.id, 1)),
            pushed('session', {
              kind: 'delivered',
              id: newId(),
              cohortId: cohort.id,
              day: 1,
              audience: 'adult',
              moduleId: 'health',
              delivered: true,
              recordedAt,
            }),
            pushed('answer', {
              id: newId(),
              cohortId: cohort.id,
              participantId: amina.id,
              itemId: 'find-clinic-a',
              objective: 'find-clinic',
              test: 'post',
              correct: true,
              recordedAt,
            }),
          ],
        },
      );
      const statements = await loadCohortStatements(database.db, cohort.id, options);
      expect(statements?.map((s) => s.verb.display['en-US']).sort()).toEqual([
        'answered',
        'attended',
        'completed',
      ]);
      for (const statement of statements ?? []) expect(validate(statement)).toEqual([]);
      expect(JSON.stringify(statements)).not.toContain('Amina');
      expect(await loadCohortStatements(database.db, cohort.id, options)).toEqual(statements);
      expect(await loadCohortStatements(database.db, newId(), options)).toBeUndefined();
    });
  });
}
