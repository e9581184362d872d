import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_PULL_RECORDS,
  pullResponseSchema,
  pushResponseSchema,
  type PulledRecord,
  type PullResponse,
  type PushedRecord,
} from '../../../src/domain/sync-protocol.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
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

const bundlesServed = [
  { id: 'canada-ar', destination: 'canada', locale: 'ar', version: 'a'.repeat(16) },
  { id: 'canada-en', destination: 'canada', locale: 'en', version: 'b'.repeat(16) },
  { id: 'germany-ar', destination: 'germany', locale: 'ar', version: 'c'.repeat(16) },
];

for (const fixture of hubDatabaseFixtures()) {
  describe(`pull on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let sync: SyncHandlers;

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      sync = createSyncHandlers(database.db, () => Promise.resolve(bundlesServed));
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    async function enrol(programme: string, name = 'Tablet'): Promise<string> {
      const { code } = await createEnrolmentCode(database.db, {
        programme,
        expiresAt: new Date(Date.now() + 86_400_000),
      });
      const response = await sync.enrol(
        new Request('http://hub.test/api/sync/enrol', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, deviceName: name }),
        }),
      );
      return ((await response.json()) as { token: string }).token;
    }

    async function push(token: string, records: PushedRecord[]) {
      const response = await sync.push(
        new Request('http://hub.test/api/sync/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ sentAt: new Date().toISOString(), records }),
        }),
      );
      expect(response.status).toBe(200);
      return pushResponseSchema.parse(await response.json()).results;
    }

    async function pullOnce(token: string | undefined, since?: string) {
      const url = new URL('http://hub.test/api/sync/pull');
      if (since !== undefined) url.searchParams.set('since', since);
      return sync.pull(
        new Request(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
      );
    }

    async function pull(token: string, since?: string): Promise<PullResponse> {
      const response = await pullOnce(token, since);
      const body: unknown = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(200);
      return pullResponseSchema.parse(body);
    }

    /** Every page from `since` on: the records, and the cursor to ask from next time. */
    async function pullAll(token: string, since = '0') {
      const records: PulledRecord[] = [];
      let cursor = since;
      let pages = 0;
      for (;;) {
        const page = await pull(token, cursor);
        records.push(...page.records);
        cursor = page.cursor;
        pages += 1;
        if (!page.more) return { records, cursor, pages, content: page.content };
      }
    }

    const idsOf = (records: PulledRecord[], kind: PulledRecord['kind']) =>
      records.filter((r) => r.kind === kind).map((r) => r.payload.id);

    it('gives a second tablet the programme’s cohorts, rosters and consent, as the hub holds them', async () => {
      const programme = `Beirut ${randomUUID()}`;
      const first = await enrol(programme, 'Tablet 1');
      const second = await enrol(programme, 'Tablet 2');
      const elsewhere = await enrol(`Nairobi ${randomUUID()}`);
      const cohort = cohortPayload();
      const named = participantPayload(cohort.id);
      const pseudonymous = participantPayload(cohort.id, newId(), 1, false);
      const consent = consentPayload(named.id, true, '2026-12-01T09:00:00.000Z');
      await push(first, [
        pushed('cohort', cohort),
        pushed('participant', named),
        pushed('participant', pseudonymous),
        pushed('consent', consent),
        pushed('attendance', attendancePayload(cohort.id, named.id)),
      ]);
      const other = cohortPayload();
      other.draft.destination = 'germany';
      await push(elsewhere, [pushed('cohort', other)]);

      const { records, content } = await pullAll(second);
      expect(idsOf(records, 'cohort')).toEqual([cohort.id]);
      expect(idsOf(records, 'participant').sort()).toEqual([named.id, pseudonymous.id].sort());
      expect(idsOf(records, 'consent')).toEqual([consent.id]);
      expect(records.map((r) => r.kind)).not.toContain('attendance');
      const pulledPseudonym = records.find((r) => r.payload.id === pseudonymous.id);
      expect(pulledPseudonym?.payload).toMatchObject({ name: pseudonymous.name, shared: false });
      expect(pulledPseudonym?.payload).not.toHaveProperty('intake');
      // Content for the cohorts' destination only, in every language the hub serves it.
      expect(content.map((bundle) => bundle.id)).toEqual(['canada-ar', 'canada-en']);

      // The tablet that pushed them gets them back as the hub holds them (it may have settled
      // or erased something since); the other programme sees none of it.
      expect((await pullAll(first)).records).toEqual(records);
      const foreign = await pullAll(elsewhere);
      expect(foreign.records.map((r) => r.payload.id)).toEqual([other.id]);
      expect(foreign.content.map((bundle) => bundle.id)).toEqual(['germany-ar']);
    });

    it('pages through a long roster from its cursor, each record once, then has nothing new', async () => {
      const programme = `Amman ${randomUUID()}`;
      const first = await enrol(programme);
      const second = await enrol(programme);
      const cohort = cohortPayload();
      const roster = Array.from({ length: MAX_PULL_RECORDS + 30 }, () =>
        participantPayload(cohort.id, newId(), 1, false),
      );
      await push(first, [pushed('cohort', cohort)]);
      await push(
        first,
        roster.slice(0, 400).map((p) => pushed('participant', p)),
      );
      await push(
        first,
        roster.slice(400).map((p) => pushed('participant', p)),
      );

      const { records, cursor, pages } = await pullAll(second);
      expect(pages).toBe(2);
      const ids = idsOf(records, 'participant');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(roster.map((p) => p.id).sort());
      expect((await pullAll(second, cursor)).records).toEqual([]);

      const late = participantPayload(cohort.id, newId(), 1, false);
      await push(first, [pushed('participant', late)]);
      expect(idsOf((await pullAll(second, cursor)).records, 'participant')).toEqual([late.id]);
    });

    it('delivers again what the hub rewrote: an erasure after withdrawal, a resolved conflict', async () => {
      const programme = `Erbil ${randomUUID()}`;
      const first = await enrol(programme);
      const second = await enrol(programme);
      const third = await enrol(programme);
      const cohort = cohortPayload();
      const amina = participantPayload(cohort.id);
      await push(first, [
        pushed('cohort', cohort),
        pushed('participant', amina),
        pushed('consent', consentPayload(amina.id, true, '2026-12-01T09:00:00.000Z')),
      ]);
      const { cursor } = await pullAll(third);

      await push(first, [
        pushed('consent', consentPayload(amina.id, false, '2026-12-02T09:00:00.000Z')),
      ]);
      const afterWithdrawal = await pullAll(third, cursor);
      const erased = afterWithdrawal.records.find((r) => r.payload.id === amina.id);
      expect(erased?.payload).toMatchObject({
        shared: false,
        name: `P-${amina.id.replace(/-/g, '').slice(-8)}`,
      });
      expect(erased?.payload).not.toHaveProperty('intake');
      expect(JSON.stringify(afterWithdrawal.records)).not.toContain('Amina');

      const renamed = { ...cohort, version: 2, draft: { ...cohort.draft, location: 'Centre A' } };
      const moved = { ...cohort, version: 2, draft: { ...cohort.draft, location: 'Centre B' } };
      await push(first, [pushed('cohort', renamed)]);
      await push(second, [pushed('cohort', moved)]);
      const { cursor: beforeResolution } = await pullAll(third, afterWithdrawal.cursor);
      const conflict = (await openConflicts(database.db)).find((c) => c.recordId === cohort.id);
      await resolveConflict(database.db, conflict?.entryId ?? '', 'incoming', 'operator:test');
      const resolved = await pullAll(third, beforeResolution);
      expect(resolved.records).toHaveLength(1);
      expect(resolved.records[0]?.payload).toMatchObject({
        id: cohort.id,
        version: 2,
        draft: { location: 'Centre B' },
      });
    });

    it('leaves out a stored row it cannot read, and still moves past it', async () => {
      const programme = `Zarqa ${randomUUID()}`;
      const first = await enrol(programme);
      const second = await enrol(programme);
      const cohort = cohortPayload();
      await push(first, [pushed('cohort', cohort)]);
      // A row an older hub wrote in a shape this one no longer reads.
      await database.db.execute(
        `update sync_records set payload = payload - 'draft' where record_id = '${cohort.id}'`,
      );
      const late = cohortPayload();
      await push(first, [pushed('cohort', late)]);
      const { records, cursor } = await pullAll(second);
      expect(idsOf(records, 'cohort')).toEqual([late.id]);
      expect((await pullAll(second, cursor)).records).toEqual([]);
    });

    it('refuses a cursor it never gave out, and a tablet without a valid token', async () => {
      const token = await enrol(`Kabul ${randomUUID()}`);
      const badCursor = await pullOnce(token, 'yesterday');
      expect(badCursor.status).toBe(400);
      expect(((await badCursor.json()) as { error: string }).error).toMatch(/since.*cursor/);
      expect((await pullOnce(token, '99999999999999999999')).status).toBe(400);
      expect((await pullOnce(undefined)).status).toBe(401);
      const revoked = await enrol(`Kabul ${randomUUID()}`);
      const { rows } = (await database.db.execute(
        `select id from devices order by enrolled_at desc limit 1`,
      )) as unknown as { rows: { id: string }[] };
      await revokeDevice(database.db, rows[0]?.id ?? '', 'operator:test');
      expect((await pullOnce(revoked)).status).toBe(403);
    });

    if (fixture.kind === 'postgres') {
      it('never moves past a transaction still running, so a late commit is not skipped', async () => {
        const programme = `Goma ${randomUUID()}`;
        const first = await enrol(programme);
        const second = await enrol(programme);
        const cohort = cohortPayload();
        await push(first, [pushed('cohort', cohort)]);
        const { cursor } = await pullAll(second);
        const { rows } = (await database.db.execute(
          `select id from devices where programme = '${programme}' order by enrolled_at limit 1`,
        )) as unknown as { rows: { id: string }[] };

        // Another hub process's batch: it takes its transaction number first, commits last.
        const slow = new pg.Client({ connectionString: fixture.url });
        await slow.connect();
        const early = participantPayload(cohort.id, newId(), 1, false);
        try {
          await slow.query('begin');
          await slow.query('select pg_current_xact_id()');
          await slow.query(
            `insert into sync_records (entry_id, device_id, kind, record_id, version, cohort_id, payload, queued_at)
             values ($1, $2, 'participant', $3, 1, $4, $5, now())`,
            [newId(), rows[0]?.id, early.id, cohort.id, JSON.stringify(early)],
          );
          const later = participantPayload(cohort.id, newId(), 1, false);
          await push(first, [pushed('participant', later)]);
          const meanwhile = await pullAll(second, cursor);
          expect(meanwhile.records).toEqual([]);
          await slow.query('commit');
          const after = await pullAll(second, meanwhile.cursor);
          expect(idsOf(after.records, 'participant').sort()).toEqual([early.id, later.id].sort());
        } finally {
          await slow.end();
        }
      });
    }
  });
}
