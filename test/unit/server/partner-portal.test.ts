import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import validate from '@learninglocker/xapi-validation';
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
      // Its test LRS listens on this machine.
      portal = createPartnerPortal(database.db, { allowPrivateLrs: true });
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

    it('downloads the cohort’s xAPI statements: valid, pseudonymous, audited', async () => {
      const response = await download('ottawa', ottawa.id, 'xapi.json');
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const statements = (await response.json()) as object[];
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(validate(statement)).toEqual([]);
      expect(JSON.stringify(statements)).not.toContain('Amina');
      const [row] = await database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'export-xapi'), eq(auditLog.subject, `cohort:${ottawa.id}`)),
        );
      expect(row?.actor).toBe('partner:ottawa@partner.example');
    });

    it('saves the organisation’s LRS and sends the cohort’s statements to it, logging each batch', async () => {
      const received: unknown[] = [];
      const lrs = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString()));
        request.on('end', () => {
          received.push(...(JSON.parse(body) as unknown[]));
          response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
        });
      });
      await new Promise<void>((resolve) => lrs.listen(0, '127.0.0.1', resolve));
      const endpoint = `http://127.0.0.1:${(lrs.address() as AddressInfo).port}/xapi`;
      const profile = await respond('ottawa', ottawa.id);
      const csrf = profile.kind === 'profile' ? profile.csrfToken : '';
      const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
        portal.respond(
          new Request(`${hub}/en/partner/cohorts/${ottawa.id}/`, {
            method: 'POST',
            headers: { cookie: cookies['ottawa'] ?? '', origin: hub, ...headers },
            body: new URLSearchParams(fields),
          }),
          { locale: 'en', client: '127.0.0.1', curriculum, cohortId: ottawa.id },
        );
      try {
        const refused = await post({
          action: 'save-lrs',
          csrf,
          endpoint: 'ftp://lrs',
          username: 'k',
          password: 's',
        });
        expect(refused).toMatchObject({
          kind: 'profile',
          status: 400,
          lrsForm: { endpoint: 'ftp://lrs' },
        });
        expect(refused.kind === 'profile' && refused.lrsProblem).toMatch(/https/);
        expect(
          outcome(await post({ action: 'save-lrs', endpoint, username: 'k', password: 's' })),
        ).toBe('403 csrf');
        expect(
          outcome(
            await post(
              { action: 'save-lrs', csrf, endpoint, username: 'k', password: 's' },
              { origin: 'https://evil.example' },
            ),
          ),
        ).toBe('403 csrf');
        expect(
          await post({ action: 'save-lrs', csrf, endpoint, username: 'key', password: 'secret' }),
        ).toEqual({
          kind: 'redirect',
          location: `/en/partner/cohorts/${ottawa.id}/?done=lrs-saved#xapi`,
          setCookies: [],
        });
        expect(await post({ action: 'send-xapi', csrf })).toMatchObject({
          kind: 'redirect',
          location: `/en/partner/cohorts/${ottawa.id}/?done=sent#xapi`,
        });
        const after = await respond('ottawa', ottawa.id);
        expect(after).toMatchObject({
          lrs: { endpoint, username: 'key', hasPassword: true },
          forwarding: [{ status: 'sent', statementCount: received.length }],
        });
        expect(JSON.stringify(after)).not.toContain('secret');
        // Another organisation cannot send this cohort anywhere.
        const other = await portal.respond(
          new Request(`${hub}/en/partner/cohorts/${ottawa.id}/`, {
            method: 'POST',
            headers: { cookie: cookies['other'] ?? '', origin: hub },
            body: new URLSearchParams({
              action: 'send-xapi',
              csrf: ((await respond('other')) as { csrfToken: string }).csrfToken,
            }),
          }),
          { locale: 'en', client: '127.0.0.1', curriculum, cohortId: ottawa.id },
        );
        expect(outcome(other)).toBe('404 no-cohort');
      } finally {
        lrs.close();
      }
    });

    it('refuses a malformed Origin as another site’s form, not with a failure', async () => {
      const signIn = (fields: Record<string, string>, origin: string) =>
        portal.respond(
          new Request(`${hub}/en/partner/`, {
            method: 'POST',
            headers: { origin },
            body: new URLSearchParams({ action: 'sign-in', ...fields }),
          }),
          { locale: 'en', client: '10.0.0.9', curriculum },
        );
      expect(outcome(await signIn({ email: 'ottawa@partner.example', password: 'x' }, 'foo'))).toBe(
        '403 csrf',
      );
    });
  });
}
