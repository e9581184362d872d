import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  payloadProblem,
  payloadSchemas,
  pullResponseSchema,
  pushResponseSchema,
  recordKinds,
  type PushedRecord,
} from '../../../src/domain/sync-protocol.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { syncRecords } from '../../../src/server/db/schema.ts';
import { createEnrolmentCode } from '../../../src/server/sync/device-auth.ts';
import { createSyncHandlers, type SyncHandlers } from '../../../src/server/sync/sync-http.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import { arbitraryOf } from './schema-arbitrary.ts';

/** A pushed record of any kind, its payload generated from that kind's schema. */
const anyRecord: fc.Arbitrary<PushedRecord> = fc
  .constantFrom(...recordKinds)
  .chain((kind) =>
    fc.record({
      id: fc.uuid({ version: 7 }),
      kind: fc.constant(kind),
      payload: arbitraryOf(payloadSchemas[kind]),
      queuedAt: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    }),
  )
  .map(({ payload, ...record }) => {
    const { id, version } = payload as { id: string; version?: number };
    return { ...record, recordId: id, version: version ?? 1, payload };
  });

for (const fixture of hubDatabaseFixtures()) {
  describe(`the push endpoint under generated input on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let sync: SyncHandlers;
    let token: string;
    const rows = async () => (await database.db.select().from(syncRecords)).length;
    const post = (body: string, headers: Record<string, string> = {}) =>
      sync.push(
        new Request('http://hub.test/api/sync/push', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            ...headers,
          },
          body,
        }),
      );

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      sync = createSyncHandlers(database.db);
      const { code } = await createEnrolmentCode(database.db, {
        programme: 'Property tests',
        expiresAt: new Date(Date.now() + 60_000),
      });
      const enrolled = await sync.enrol(
        new Request('http://hub.test/api/sync/enrol', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, deviceName: 'Fuzz' }),
        }),
      );
      token = ((await enrolled.json()) as { token: string }).token;
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    it('accepts exactly the records the schemas accept, once, and rejects the rest with a reason', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyRecord, { minLength: 1, maxLength: 8 }), async (records) => {
          const before = await rows();
          const response = await post(
            JSON.stringify({ sentAt: new Date().toISOString(), records }),
          );
          expect(response.status).toBe(200);
          const { results } = pushResponseSchema.parse(await response.json());
          expect(results.map((r) => r.id)).toEqual(records.map((r) => r.id));
          results.forEach((result, i) => {
            const problem = payloadProblem(records[i]!);
            if (problem)
              expect(result).toEqual({ id: records[i]!.id, status: 'rejected', reason: problem });
            else expect(result.status).not.toBe('rejected');
          });
          const accepted = results.filter((r) => r.status === 'accepted').length;
          expect(await rows()).toBe(before + accepted);
          // Sent again: nothing new, and nothing once held is refused.
          const again = pushResponseSchema.parse(
            await (
              await post(JSON.stringify({ sentAt: new Date().toISOString(), records }))
            ).json(),
          ).results;
          again.forEach((result, i) => {
            if (results[i]?.status === 'rejected') expect(result.status).toBe('rejected');
            // Accepted and conflicting records alike are held now: a resend is a duplicate.
            else expect(result.status).toBe('duplicate');
          });
          expect(await rows()).toBe(before + accepted);
        }),
        { numRuns: 40 },
      );
    }, 120_000);

    it('answers any body with a 4xx that says what is wrong, writes nothing, and keeps serving', async () => {
      const bodies = fc.oneof(
        fc.json(),
        fc.string(),
        fc
          .jsonValue()
          .map((value) => JSON.stringify({ sentAt: new Date().toISOString(), records: [value] })),
        fc.jsonValue().map((value) => JSON.stringify({ sentAt: value, records: value })),
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const before = await rows();
          const response = await post(body);
          if (response.status === 200) {
            // Only a body that is a well-formed push of records that each check out on their own.
            const { results } = pushResponseSchema.parse(await response.json());
            expect(results.length).toBeGreaterThan(0);
          } else {
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(response.status).toBeLessThan(500);
            const { error } = (await response.json()) as { error: string };
            expect(error.length).toBeGreaterThan(3);
            expect(await rows()).toBe(before);
          }
        }),
        { numRuns: 150 },
      );
      const health = await post(JSON.stringify({ sentAt: new Date().toISOString(), records: [] }));
      expect(health.status).toBe(400);
    }, 120_000);

    it('answers a pull from any cursor with the page, or a 400 naming the cursor, never a failure', async () => {
      const cursors = fc.oneof(
        fc.string(),
        fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
        fc
          .tuple(fc.bigInt({ min: 0n, max: 10n ** 19n }), fc.uuid())
          .map(([tx, id]) => `${tx}~${id}`),
      );
      await fc.assert(
        fc.asyncProperty(cursors, async (since) => {
          const url = new URL('http://hub.test/api/sync/pull');
          url.searchParams.set('since', since);
          const response = await sync.pull(
            new Request(url, { headers: { authorization: `Bearer ${token}` } }),
          );
          if (response.status === 200) pullResponseSchema.parse(await response.json());
          else {
            expect(response.status).toBe(400);
            expect(((await response.json()) as { error: string }).error).toMatch(/^since: /);
          }
        }),
        { numRuns: 150 },
      );
    }, 120_000);
  });
}
