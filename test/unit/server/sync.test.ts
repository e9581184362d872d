import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_PUSH_RECORDS,
  pushResponseSchema,
  type PushedRecord,
  type RecordResult,
} from '../../../src/domain/sync-protocol.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import {
  auditLog,
  devices,
  enrolmentCodes,
  recordConflicts,
  syncRecords,
} from '../../../src/server/db/schema.ts';
import { openConflicts, resolveConflict } from '../../../src/server/sync/conflicts.ts';
import { createEnrolmentCode, revokeDevice } from '../../../src/server/sync/device-auth.ts';
import { createSyncHandlers, type SyncHandlers } from '../../../src/server/sync/sync-http.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import {
  attendancePayload,
  cohortPayload,
  consentPayload,
  newId,
  participantPayload,
  pushed,
} from './sync-fixtures.ts';

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://hub.test/api/sync/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

for (const fixture of hubDatabaseFixtures()) {
  describe(`sync on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let sync: SyncHandlers;

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      sync = createSyncHandlers(database.db);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    async function enrol(name = 'Tablet 1'): Promise<{ token: string; deviceId: string }> {
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Beirut 2026',
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const response = await sync.enrol(post('enrol', { code, deviceName: name }));
      expect(response.status).toBe(200);
      return (await response.json()) as { token: string; deviceId: string };
    }

    async function push(token: string, records: PushedRecord[], sentAt = new Date()) {
      const response = await sync.push(
        post(
          'push',
          { sentAt: sentAt.toISOString(), records },
          { authorization: `Bearer ${token}` },
        ),
      );
      const body: unknown = await response.json();
      return { status: response.status, body };
    }

    async function results(token: string, records: PushedRecord[]): Promise<RecordResult[]> {
      const { status, body } = await push(token, records);
      expect(status, JSON.stringify(body)).toBe(200);
      return pushResponseSchema.parse(body).results;
    }

    const count = async () => (await database.db.select().from(syncRecords)).length;

    describe('enrolment', () => {
      it('trades a one-time code for a token the hub keeps only as a hash', async () => {
        const { code } = await createEnrolmentCode(database.db, {
          programme: 'Beirut 2026',
          expiresAt: new Date(Date.now() + 60_000),
        });
        expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
        const stored = await database.db.select().from(enrolmentCodes);
        expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
        const first = await sync.enrol(
          post('enrol', { code: code.toLowerCase(), deviceName: 'Tablet A' }),
        );
        const enrolled = (await first.json()) as {
          token: string;
          deviceId: string;
          programme: string;
        };
        expect(enrolled.programme).toBe('Beirut 2026');
        const [device] = await database.db
          .select()
          .from(devices)
          .where(eq(devices.id, enrolled.deviceId));
        expect(device?.tokenHash).not.toBe(enrolled.token);
        expect(device?.tokenHash).toMatch(/^[0-9a-f]{64}$/);

        const again = await sync.enrol(post('enrol', { code, deviceName: 'Tablet B' }));
        expect(again.status).toBe(403);
        expect(await again.json()).toEqual({
          error: 'this enrolment code was already used: ask the operator for a new one',
          problem: 'code-used',
        });
      });

      it('refuses expired, unknown and malformed codes, saying which', async () => {
        const { code } = await createEnrolmentCode(database.db, {
          programme: 'Beirut 2026',
          expiresAt: new Date(Date.now() - 1000),
        });
        const expired = await sync.enrol(post('enrol', { code, deviceName: 'T' }));
        expect([expired.status, ((await expired.json()) as { error: string }).error]).toEqual([
          403,
          'this enrolment code has expired: ask the operator for a new one',
        ]);
        const unknown = await sync.enrol(
          post('enrol', { code: 'AAAA-BBBB-CCCC-DDDD', deviceName: 'T' }),
        );
        expect(unknown.status).toBe(403);
        const malformed = await sync.enrol(post('enrol', { code: '12', deviceName: 'T' }));
        expect([malformed.status, ((await malformed.json()) as { error: string }).error]).toEqual([
          400,
          'code: an enrolment code is 16 letters and digits',
        ]);
      });
    });

    describe('push', () => {
      let token: string;
      let deviceId: string;
      beforeAll(async () => ({ token, deviceId } = await enrol()));

      it('accepts each record once: a resend, twice or out of order, is a duplicate', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        const batch = [
          pushed('cohort', cohort),
          pushed('participant', person),
          pushed('attendance', attendancePayload(cohort.id, person.id)),
        ];
        const before = await count();
        expect((await results(token, batch)).map((r) => r.status)).toEqual([
          'accepted',
          'accepted',
          'accepted',
        ]);
        // The answer was lost: the tablet sends the same batch again, reversed, twice.
        const reversed = [...batch].reverse();
        for (let i = 0; i < 2; i += 1) {
          expect((await results(token, reversed)).map((r) => r.status)).toEqual([
            'duplicate',
            'duplicate',
            'duplicate',
          ]);
        }
        expect(await count()).toBe(before + 3);
      });

      it('rejects a bad record alone, with the reason, and keeps the rest of the batch', async () => {
        const cohort = cohortPayload();
        const good = pushed('cohort', cohort);
        const bad = pushed('attendance', { ...attendancePayload(cohort.id, newId()), day: 0 });
        const wrongId = pushed('cohort', cohortPayload());
        wrongId.recordId = newId();
        const answer = await results(token, [good, bad, wrongId]);
        expect(answer).toEqual([
          { id: good.id, status: 'accepted' },
          {
            id: bad.id,
            status: 'rejected',
            reason: 'attendance day: Too small: expected number to be >0',
          },
          {
            id: wrongId.id,
            status: 'rejected',
            reason: `cohort: recordId ${wrongId.recordId} is not the payload's id`,
          },
        ]);
        const stored = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.entryId, bad.id));
        expect(stored).toEqual([]);
      });

      it('refuses text the database cannot hold, instead of failing the batch', async () => {
        const cohort = cohortPayload();
        const good = pushed('cohort', cohort);
        const nul = pushed('feedback', {
          id: newId(),
          cohortId: cohort.id,
          day: 1,
          satisfaction: 3,
          helpedMost: 'a\u0000b',
        });
        expect(await results(token, [good, nul])).toEqual([
          { id: good.id, status: 'accepted' },
          { id: nul.id, status: 'rejected', reason: 'feedback: text contains a NUL character' },
        ]);
      });

      it('stores a record as its schema gives it back: unknown fields never reach the hub', async () => {
        const cohort = cohortPayload();
        const feedback = { id: newId(), cohortId: cohort.id, day: 1, satisfaction: 5 };
        const smuggled = pushed('feedback', { ...feedback, learnerName: 'Amina' });
        expect((await results(token, [smuggled]))[0]?.status).toBe('accepted');
        const [row] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.entryId, smuggled.id));
        expect(row?.payload).toEqual(feedback);
      });

      it('takes the same entry pushed twice at once (two pages syncing) as a duplicate, not a conflict', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        const record = pushed('participant', person);
        const answers = await Promise.all([results(token, [record]), results(token, [record])]);
        expect(answers.map((a) => a[0]?.status).sort()).toEqual(['accepted', 'duplicate']);
        expect(
          await database.db
            .select()
            .from(recordConflicts)
            .where(eq(recordConflicts.recordId, person.id)),
        ).toEqual([]);
      });

      it('never takes a name or intake without consent to share', async () => {
        const cohort = cohortPayload();
        const leaky = {
          ...participantPayload(cohort.id, newId(), 1, false),
          intake: { employment: 'Tailor' },
        };
        const [result] = await results(token, [pushed('participant', leaky)]);
        expect(result).toMatchObject({
          status: 'rejected',
          reason: 'participant intake: intake and special needs travel only with consent to share',
        });
      });

      it('keeps both edits of one version from two tablets as a conflict, overwriting neither', async () => {
        const other = await enrol('Tablet 2');
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        await results(token, [pushed('cohort', cohort), pushed('participant', person)]);
        const mine = pushed('participant', { ...person, version: 2, literacy: 'functional' });
        const theirs = pushed('participant', { ...person, version: 2, literacy: 'none' });
        expect((await results(token, [mine]))[0]?.status).toBe('accepted');
        expect((await results(other.token, [theirs]))[0]?.status).toBe('conflict');
        expect((await results(other.token, [theirs]))[0]?.status).toBe('duplicate');
        const [kept] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.entryId, mine.id));
        expect((kept?.payload as { literacy: string }).literacy).toBe('functional');
        const [conflict] = await database.db
          .select()
          .from(recordConflicts)
          .where(eq(recordConflicts.entryId, theirs.id));
        expect((conflict?.payload as { literacy: string }).literacy).toBe('none');
        expect(conflict?.resolvedAt).toBeNull();
      });

      it('shows the operator both edits side by side, and settles one by the operator’s choice', async () => {
        const other = await enrol('Tablet 6');
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        await results(token, [pushed('participant', person)]);
        const mine = pushed('participant', { ...person, version: 2, literacy: 'functional' });
        const theirs = pushed('participant', { ...person, version: 2, literacy: 'fluent' });
        await results(token, [mine]);
        await results(other.token, [theirs]);
        const open = (await openConflicts(database.db)).find((c) => c.entryId === theirs.id);
        expect(open).toMatchObject({
          kind: 'participant',
          recordId: person.id,
          version: 2,
          differences: ['literacy'],
        });
        expect(open?.held['literacy']).toBe('functional');
        expect(open?.incoming['literacy']).toBe('fluent');

        await resolveConflict(database.db, theirs.id, 'incoming', 'operator:test');
        const [kept] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.entryId, mine.id));
        expect((kept?.payload as { literacy: string }).literacy).toBe('fluent');
        expect((await openConflicts(database.db)).some((c) => c.entryId === theirs.id)).toBe(false);
        const [audit] = await database.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.subject, `participant:${person.id}@2`));
        expect(audit).toMatchObject({ action: 'resolve-conflict', actor: 'operator:test' });
        // Withdrawn later: the edit set aside in the audit log loses its name too.
        expect(JSON.stringify(audit?.detail)).toContain('Amina');
        await results(token, [
          pushed('consent', consentPayload(person.id, false, '2026-12-03T09:00:00.000Z')),
        ]);
        const [erasedAudit] = await database.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.subject, `participant:${person.id}@2`));
        expect(JSON.stringify(erasedAudit?.detail)).not.toMatch(/Amina|Haddad|Tailor/);
        // The edit set aside is not lost: it is in the audit log whole.
        expect((audit?.detail as { setAside: { literacy: string } }).setAside.literacy).toBe(
          'functional',
        );
        await expect(
          resolveConflict(database.db, theirs.id, 'held', 'operator:test'),
        ).rejects.toThrow(`no open conflict ${theirs.id}`);
      });

      it('takes records from a tablet whose clock is days out, once, and keeps the hub’s time', async () => {
        const cohort = cohortPayload();
        const skewed = pushed('cohort', cohort, '2027-03-01T00:00:00.000Z');
        const { status } = await push(token, [skewed], new Date('2027-03-01T00:00:00.000Z'));
        expect(status).toBe(200);
        expect((await results(token, [skewed]))[0]?.status).toBe('duplicate');
        const [row] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.entryId, skewed.id));
        expect(row?.queuedAt.toISOString()).toBe('2027-03-01T00:00:00.000Z');
        expect(row!.receivedAt.getTime()).toBeLessThan(Date.parse('2027-01-01'));
      });

      it('erases a participant’s name and intake when consent is withdrawn after sync, and logs it', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        const mark = attendancePayload(cohort.id, person.id);
        await results(token, [
          pushed('cohort', cohort),
          pushed('consent', consentPayload(person.id, true, '2026-12-01T09:00:00.000Z')),
          pushed('participant', person),
          pushed('attendance', mark),
        ]);
        await results(token, [
          pushed('consent', consentPayload(person.id, false, '2026-12-02T09:00:00.000Z')),
        ]);
        const versions = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.recordId, person.id));
        expect(versions).toHaveLength(1);
        const erased = versions[0]?.payload as Record<string, unknown>;
        expect(erased['name']).toBe(`P-${person.id.replace(/-/g, '').slice(-8)}`);
        expect(erased['shared']).toBe(false);
        expect(erased).not.toHaveProperty('intake');
        expect(JSON.stringify(erased)).not.toMatch(/Amina|Haddad|Tailor/);
        // The pseudonymous events stay.
        expect(
          await database.db.select().from(syncRecords).where(eq(syncRecords.recordId, mark.id)),
        ).toHaveLength(1);
        const audit = await database.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.subject, person.id));
        expect(audit).toMatchObject([{ action: 'erase-participant', actor: `device:${deviceId}` }]);
      });

      it('erases a named version that arrives after the withdrawal', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        await results(token, [
          pushed('consent', consentPayload(person.id, false, '2026-12-02T09:00:00.000Z')),
        ]);
        // A version queued before the withdrawal, retried late.
        await results(token, [pushed('participant', person)]);
        const [row] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.recordId, person.id));
        expect(JSON.stringify(row?.payload)).not.toMatch(/Amina|Haddad|Tailor/);
      });

      it('erases a named edit kept as a conflict after the withdrawal, so no choice brings it back', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id, newId(), 1, false);
        await results(token, [
          pushed('participant', person),
          pushed('consent', consentPayload(person.id, false, '2026-12-02T09:00:00.000Z')),
        ]);
        // Another tablet (or this one, enrolled again) sends a named edit of the same version.
        const other = await enrol('Tablet 9');
        const named = participantPayload(cohort.id, person.id, 1, true);
        expect(await results(other.token, [pushed('participant', named)])).toMatchObject([
          { status: 'conflict' },
        ]);
        const [conflict] = await database.db
          .select()
          .from(recordConflicts)
          .where(eq(recordConflicts.recordId, person.id));
        expect(JSON.stringify(conflict?.payload)).not.toMatch(/Amina|Haddad|Tailor/);
      });

      it('does not erase when a later consent grants sharing again', async () => {
        const cohort = cohortPayload();
        const person = participantPayload(cohort.id);
        await results(token, [
          pushed('participant', person),
          pushed('consent', consentPayload(person.id, true, '2026-12-03T09:00:00.000Z')),
        ]);
        // An older "no" arriving late (out of order) does not undo the newer "yes".
        await results(token, [
          pushed('consent', consentPayload(person.id, false, '2026-12-01T09:00:00.000Z')),
        ]);
        const [row] = await database.db
          .select()
          .from(syncRecords)
          .where(eq(syncRecords.recordId, person.id));
        expect((row?.payload as { name: string }).name).toBe('Amina');
      });
    });

    describe('bad input: a 4xx that says what is wrong, and nothing written', () => {
      let token: string;
      beforeAll(async () => ({ token } = await enrol('Tablet 3')));

      const refusal = async (request: Request) => {
        const before = await count();
        const response = await sync.push(request);
        expect(await count()).toBe(before);
        return [response.status, ((await response.json()) as { error: string }).error] as const;
      };
      const auth = () => ({ authorization: `Bearer ${token}` });
      const sentAt = new Date().toISOString();

      it('refuses missing, malformed, unknown and revoked tokens', async () => {
        const body = { sentAt, records: [pushed('cohort', cohortPayload())] };
        expect(await refusal(post('push', body))).toEqual([
          401,
          'no device token: enrol the tablet first',
        ]);
        expect(await refusal(post('push', body, { authorization: 'Basic abc' }))).toEqual([
          401,
          'the Authorization header must be "Bearer <device token>"',
        ]);
        expect(
          await refusal(post('push', body, { authorization: `Bearer ${'x'.repeat(43)}` })),
        ).toEqual([401, 'this device token is not known: enrol the tablet again']);
        const revoked = await enrol('Tablet 4');
        expect(await revokeDevice(database.db, revoked.deviceId, 'operator:test')).toBe(true);
        expect(
          await refusal(post('push', body, { authorization: `Bearer ${revoked.token}` })),
        ).toEqual([403, 'this tablet was revoked by the operator: enrol it again']);
      });

      it('names each problem a trainer can act on, for the tablet to say in their language', async () => {
        const problem = async (response: Promise<Response>) =>
          ((await (await response).json()) as { problem?: string }).problem;
        const body = { sentAt, records: [pushed('cohort', cohortPayload())] };
        expect(await problem(sync.push(post('push', body)))).toBe('no-token');
        const unknownToken = { authorization: `Bearer ${'y'.repeat(43)}` };
        expect(await problem(sync.push(post('push', body, unknownToken)))).toBe('unknown-token');
        const revoked = await enrol('Tablet 6');
        await revokeDevice(database.db, revoked.deviceId, 'operator:test');
        const revokedAuth = { authorization: `Bearer ${revoked.token}` };
        expect(await problem(sync.push(post('push', body, revokedAuth)))).toBe('revoked');
        const { code } = await createEnrolmentCode(database.db, {
          programme: 'Beirut 2026',
          expiresAt: new Date(Date.now() - 1000),
        });
        const expired = post('enrol', { code, deviceName: 'T' });
        expect(await problem(sync.enrol(expired))).toBe('code-expired');
        const unknownCode = post('enrol', { code: 'AAAA-BBBB-CCCC-DDDE', deviceName: 'T' });
        expect(await problem(sync.enrol(unknownCode))).toBe('code-unknown');
        // A malformed request is the tablet's bug, not the trainer's to fix: no name.
        expect(await problem(sync.push(post('push', '{', auth())))).toBeUndefined();
      });

      it('refuses malformed JSON, other content types, oversized bodies, unknown kinds and huge batches', async () => {
        expect(await refusal(post('push', '{"sentAt": ', auth()))).toEqual([
          400,
          expect.stringMatching(/^the body is not valid JSON/),
        ]);
        expect(
          await refusal(
            new Request('http://hub.test/api/sync/push', {
              method: 'POST',
              headers: { ...auth(), 'content-type': 'text/plain' },
              body: '{}',
            }),
          ),
        ).toEqual([415, 'send JSON (Content-Type: application/json), not "text/plain"']);
        expect(await refusal(post('push', `"${'x'.repeat(1_000_001)}"`, auth()))).toEqual([
          413,
          'the body is larger than 1000000 bytes: send smaller batches',
        ]);
        const unknownKind = { ...pushed('cohort', cohortPayload()), kind: 'diary' };
        const [status, error] = await refusal(
          post('push', { sentAt, records: [unknownKind] }, auth()),
        );
        expect(status).toBe(400);
        expect(error).toMatch(/^records\.0\.kind: /);
        const tooMany = Array.from({ length: MAX_PUSH_RECORDS + 1 }, () =>
          pushed('cohort', cohortPayload()),
        );
        expect(await refusal(post('push', { sentAt, records: tooMany }, auth()))).toEqual([
          400,
          `records: a push carries at most ${MAX_PUSH_RECORDS} records`,
        ]);
        expect(await refusal(post('push', { sentAt: 'yesterday', records: [] }, auth()))).toEqual([
          400,
          expect.stringMatching(/^sentAt: /),
        ]);
      });

      it('refuses a replay of another tablet’s records, storing nothing of the batch', async () => {
        const mine = await enrol('Tablet 5');
        const record = pushed('cohort', cohortPayload());
        await results(mine.token, [record]);
        const fresh = pushed('cohort', cohortPayload());
        expect(await refusal(post('push', { sentAt, records: [fresh, record] }, auth()))).toEqual([
          409,
          `record ${record.id} was sent by another tablet: nothing was stored`,
        ]);
        expect(
          await database.db.select().from(syncRecords).where(eq(syncRecords.entryId, fresh.id)),
        ).toEqual([]);
      });
    });
  });
}
