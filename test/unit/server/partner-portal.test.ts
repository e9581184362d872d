import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileCurriculum } from '../../../src/domain/cohort-profile.ts';
import {
  partnerExports,
  type PartnerExport,
  type PartnerPage,
  type PartnerPortalService,
} from '../../../src/domain/partner-portal.ts';
import { createAccount } from '../../../src/server/auth/accounts.ts';
import { SESSION_COOKIE } from '../../../src/server/auth/session-cookie.ts';
import { openSession } from '../../../src/server/auth/sessions.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { auditLog } from '../../../src/server/db/schema.ts';
import { assignCohort } from '../../../src/server/partner/cohort-assignments.ts';
import { createPartnerPortal } from '../../../src/server/partner/partner-portal.ts';
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

const hub = 'http://hub.test';
const curriculum: ProfileCurriculum = new Map([
  ['housing', { topic: 'housing', objectives: ['rent-on-time', 'tenant-rights'] }],
]);

function cohortIn(city: string, destination = 'canada') {
  const cohort = cohortPayload();
  return { ...cohort, draft: { ...cohort.draft, destination, destinationCity: city } };
}

for (const fixture of hubDatabaseFixtures()) {
  describe(`the partner portal on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let portal: PartnerPortalService;
    const cookies: Record<string, string> = {};
    const ottawa = cohortIn('Ottawa');
    const toronto = cohortIn('Toronto');
    const berlin = cohortIn('Berlin', 'germany');
    const amina = participantPayload(ottawa.id);
    const pseudonymous = participantPayload(ottawa.id, newId(), 1, false);

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      portal = createPartnerPortal(database.db);
      const accounts = {
        ottawa: { organisation: 'Welcome Ottawa', destination: 'canada', cities: ['ottawa'] },
        other: { organisation: 'Other Agency', destination: 'canada', cities: [] },
        germany: { organisation: 'Welcome Ottawa', destination: 'germany', cities: [] },
      };
      for (const [who, scope] of Object.entries(accounts)) {
        const { id } = await createAccount(database.db, {
          email: `${who}@partner.example`,
          role: 'partner',
          password: 'a long enough password',
          ...scope,
        });
        cookies[who] = `${SESSION_COOKIE}=${(await openSession(database.db, id)).token}`;
      }
      const operator = await createAccount(database.db, {
        email: 'op@hub.example',
        role: 'operator',
        organisation: null,
        password: 'a long enough password',
      });
      cookies['operator'] =
        `${SESSION_COOKIE}=${(await openSession(database.db, operator.id)).token}`;

      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Amman 2026',
        expiresAt: new Date(Date.now() + 60_000),
      });
      const device = await enrolDevice(database.db, { code, deviceName: 'Tablet' });
      await ingestPush(
        database.db,
        { id: device.deviceId, programme: device.programme },
        {
          sentAt: new Date().toISOString(),
          records: [
            pushed('cohort', ottawa),
            pushed('cohort', toronto),
            pushed('cohort', berlin),
            pushed('participant', amina),
            pushed('participant', pseudonymous),
            pushed('consent', consentPayload(amina.id, true, '2026-12-01T09:00:00.000Z')),
            pushed('attendance', attendancePayload(ottawa.id, amina.id, 1)),
            pushed('attendance', attendancePayload(ottawa.id, amina.id, 2)),
            pushed('attendance', attendancePayload(ottawa.id, pseudonymous.id, 1)),
            ...[amina, pseudonymous].flatMap((p, i) =>
              (['pre', 'post'] as const).map((test) =>
                pushed('answer', {
                  id: newId(),
                  cohortId: ottawa.id,
                  participantId: p.id,
                  itemId: 'rent-on-time-a',
                  objective: 'rent-on-time',
                  test,
                  correct: test === 'post' || i === 0,
                  recordedAt: '2026-12-02T10:00:00.000Z',
                }),
              ),
            ),
          ],
        },
      );
      for (const cohort of [ottawa, toronto])
        await assignCohort(database.db, cohort.id, 'Welcome Ottawa', 'operator:test');
      await assignCohort(database.db, berlin.id, 'Welcome Ottawa', 'operator:test');
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    const get = (who: string | undefined, path = '/en/partner/') =>
      new Request(`${hub}${path}`, { headers: who ? { cookie: cookies[who] ?? '' } : {} });
    const respond = (who: string | undefined, cohortId?: string) =>
      portal.respond(get(who), {
        locale: 'en',
        client: '127.0.0.1',
        curriculum,
        ...(cohortId === undefined ? {} : { cohortId }),
      });
    const download = (who: string | undefined, cohortId: string, file: PartnerExport) =>
      portal.exportFile(get(who), { cohortId, file, curriculum, describe: (c) => c.kind });
    const outcome = (page: PartnerPage) =>
      page.kind === 'refused' ? `${page.status} ${page.reason}` : page.kind;

    it('lists only the cohorts assigned to the partner’s organisation, in its destination and cities', async () => {
      const list = await respond('ottawa');
      expect(list.kind === 'cohorts' && list.cohorts.map((c) => c.id)).toEqual([ottawa.id]);
      expect(list).toMatchObject({
        cohorts: [{ destinationCity: 'Ottawa', size: 2, families: 2, languages: ['ar'] }],
      });
      const other = await respond('other');
      expect(other.kind === 'cohorts' && other.cohorts).toEqual([]);
      const germany = await respond('germany');
      expect(germany.kind === 'cohorts' && germany.cohorts.map((c) => c.id)).toEqual([berlin.id]);
      expect(outcome(await respond(undefined))).toBe('sign-in');
      expect(outcome(await respond('operator'))).toBe('403 not-partner');
    });

    it('refuses every other cohort on every route, guessed and sequential ids alike', async () => {
      const guessed = [
        toronto.id,
        berlin.id,
        newId(),
        ottawa.id.replace(/.$/, (d) => (d === '0' ? '1' : '0')),
        'not-a-cohort',
        '../../etc/passwd',
      ];
      for (const who of ['ottawa', 'other', 'germany', 'operator', undefined]) {
        for (const cohortId of [ottawa.id, ...guessed]) {
          const allowed =
            (who === 'ottawa' && cohortId === ottawa.id) ||
            (who === 'germany' && cohortId === berlin.id);
          const expected = allowed
            ? 'profile'
            : who === undefined
              ? '401 signed-out'
              : who === 'operator'
                ? '403 not-partner'
                : '404 no-cohort';
          // A page asks a signed-out visitor to sign in; a download refuses with 401.
          expect(outcome(await respond(who, cohortId)), `${who} ${cohortId}`).toBe(
            who === undefined ? 'sign-in' : expected,
          );
          for (const file of partnerExports) {
            const response = await download(who, cohortId, file);
            expect(response.status, `${who} ${cohortId} ${file}`).toBe(
              allowed ? 200 : Number(expected.slice(0, 3)),
            );
            if (!allowed)
              expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(
                5,
              );
          }
        }
      }
    });

    it('shows the profile, names only the consenting, and audits every view and export', async () => {
      const page = await respond('ottawa', ottawa.id);
      expect(page.kind).toBe('profile');
      if (page.kind !== 'profile') return;
      expect(page.profile.intake.rows.map((row) => row.name)).toEqual(['Amina']);
      expect(page.profile.attendance.map((a) => [a.label, a.daysAttended])).toEqual([
        ['Amina', 2],
        [pseudonymous.name, 1],
      ]);
      await download('ottawa', ottawa.id, 'participants.csv');
      await download('ottawa', ottawa.id, 'aggregates-hxl.csv');
      const audited = await database.db
        .select({ action: auditLog.action, detail: auditLog.detail })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.actor, 'partner:ottawa@partner.example'),
            eq(auditLog.subject, `cohort:${ottawa.id}`),
          ),
        );
      const actions = audited.map((row) => row.action);
      expect(actions).toContain('view-profile');
      expect(actions).toContain('export-csv');
      expect(actions).toContain('export-hxl');
      expect(audited.find((row) => row.action === 'view-profile')?.detail).toMatchObject({
        organisation: 'Welcome Ottawa',
        namedParticipants: 1,
      });
    });

    it('exports a CSV whose numbers are the synced records, with intake only for the consenting', async () => {
      const response = await download('ottawa', ottawa.id, 'participants.csv');
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('participants.csv');
      const rows = parse(await response.text(), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
      expect(rows).toHaveLength(2);
      const [named, hidden] = rows;
      expect(named).toMatchObject({
        participant: 'Amina',
        consented_to_share: 'yes',
        days_attended: '2',
        day_1: 'attended',
        day_2: 'attended',
        'pre_rent-on-time': '1',
        'post_rent-on-time': '1',
        education: 'secondary',
        work_history: 'Tailor',
      });
      expect(hidden).toMatchObject({
        participant: pseudonymous.name,
        consented_to_share: 'no',
        days_attended: '1',
        'pre_rent-on-time': '0',
        'post_rent-on-time': '1',
        education: '',
        work_history: '',
      });
      const dictionary = parse(await (await download('ottawa', ottawa.id, 'columns.csv')).text(), {
        columns: true,
        bom: true,
      }) as { column: string; meaning: string }[];
      expect(dictionary.map((row) => row.column)).toEqual(Object.keys(named ?? {}));
      expect(dictionary.every((row) => row.meaning.length > 0)).toBe(true);
    });

    it('tags the aggregates with HXL hashtags under the headers', async () => {
      const rows = parse(await (await download('ottawa', ottawa.id, 'aggregates-hxl.csv')).text(), {
        bom: true,
      }) as string[][];
      expect(rows[1]?.every((tag) => tag.startsWith('#'))).toBe(true);
      expect(rows).toContainEqual([
        ottawa.id,
        'canada',
        'Ottawa',
        ottawa.draft.departure,
        'participants',
        'total',
        '2',
      ]);
      expect(rows).toContainEqual([
        ottawa.id,
        'canada',
        'Ottawa',
        ottawa.draft.departure,
        'right before course',
        'rent-on-time',
        '50',
      ]);
      expect(JSON.stringify(rows)).not.toContain('Amina');
    });
  });
}
