import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { courseOutline } from '../../../src/curriculum/course-outline.ts';
import { courseOutlinePath } from '../../../src/domain/course-outline.ts';
import { demoCourse } from '../../../src/domain/demo-course.ts';
import { seededRandom } from '../../../src/domain/seeded-random.ts';
import { createAccount, findAccount } from '../../../src/server/auth/accounts.ts';
import { verifyPassword } from '../../../src/server/auth/passwords.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { devices } from '../../../src/server/db/schema.ts';
import {
  DEMO_ORGANISATION,
  DEMO_PROGRAMME,
  DEMO_SEED,
  retireDemoAccounts,
  seedDemo,
} from '../../../src/server/demo/seed-demo.ts';
import { hubCohorts, partnerCohortIds } from '../../../src/server/partner/cohort-assignments.ts';
import { loadCohortRecords } from '../../../src/server/partner/cohort-records.ts';
import { createEnrolmentCode, enrolDevice } from '../../../src/server/sync/device-auth.ts';
import { ingestPush } from '../../../src/server/sync/ingest.ts';
import { hubDatabaseFixtures, type HubDatabaseFixture } from './hub-databases.ts';
import { cohortPayload, pushed } from './sync-fixtures.ts';

const { catalogue } = loadContentFolder(join(import.meta.dirname, '../../../content'));
const outline = courseOutline(catalogue, 'canada', 'adult');
const clientDir = mkdtempSync(join(tmpdir(), 'waypoint-demo-client-'));
const outlineFile = join(clientDir, courseOutlinePath('canada', 'adult'));
mkdirSync(dirname(outlineFile), { recursive: true });
writeFileSync(outlineFile, JSON.stringify(outline));
const now = new Date('2027-03-15T10:00:00.000Z');
const on = { clientDir, env: {}, log: () => undefined, now };

async function recordCount(database: HubDatabase): Promise<number> {
  const result = await database.db.execute(sql`select count(*)::int as n from sync_records`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n);
}

const kinds = hubDatabaseFixtures().map((fixture) => fixture.kind);
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

for (const [index, kind] of kinds.entries()) {
  describe(`demo data on ${kind}`, () => {
    const opened: { fixture: HubDatabaseFixture; database: HubDatabase }[] = [];
    /** An empty, migrated database of this kind, of this test's own. */
    async function fresh(): Promise<HubDatabase> {
      const fixtures = hubDatabaseFixtures();
      const fixture = fixtures[index] as HubDatabaseFixture;
      await Promise.all(fixtures.filter((f) => f !== fixture).map((f) => f.dispose()));
      const database = await fixture.open();
      opened.push({ fixture, database });
      await applyMigrations(database);
      return database;
    }
    afterAll(async () => {
      for (const { fixture, database } of opened) {
        await database.close();
        await fixture.dispose();
      }
    });

    it('seeds an empty database once: accounts that sign in, the course as pushed, the cohort assigned', async () => {
      const database = await fresh();
      const seeded = await seedDemo(database.db, on);
      expect(seeded?.operator.email).toBe('operator@demo.waypoint');
      expect(seeded?.partner).toMatchObject({
        email: 'partner@demo.waypoint',
        organisation: DEMO_ORGANISATION,
      });
      for (const account of [seeded?.operator, seeded?.partner]) {
        const held = await findAccount(database.db, account?.email ?? '');
        expect(await verifyPassword(held?.passwordHash ?? '', account?.password ?? '')).toBe(true);
      }
      expect(await findAccount(database.db, 'partner@demo.waypoint')).toMatchObject({
        role: 'partner',
        destination: 'canada',
        organisation: DEMO_ORGANISATION,
      });
      const [tablet, ...others] = await database.db.select().from(devices);
      expect(others).toEqual([]);
      expect(tablet?.programme).toBe(DEMO_PROGRAMME);

      const course = demoCourse(outline, { now, random: seededRandom(DEMO_SEED) });
      expect(await recordCount(database)).toBe(course.records.length);
      const held = await loadCohortRecords(database.db, course.cohort.id);
      const pushedOf = (kind: string) =>
        course.records.filter((r) => r.kind === kind).map((r) => r.payload);
      const byId = (payloads: readonly unknown[]) =>
        [...(payloads as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
      expect(held?.cohort).toEqual(course.cohort);
      for (const [key, kind] of [
        ['participants', 'participant'],
        ['consents', 'consent'],
        ['attendance', 'attendance'],
        ['sessions', 'session'],
        ['answers', 'answer'],
        ['feedback', 'feedback'],
        ['questions', 'question'],
        ['gbvDeliveries', 'gbv-delivery'],
      ] as const) {
        expect(byId(held?.[key] ?? []), key).toEqual(byId(pushedOf(kind)));
      }

      expect((await hubCohorts(database.db)).map((c) => c.organisations)).toEqual([
        [DEMO_ORGANISATION],
      ]);
      expect(
        await partnerCohortIds(database.db, {
          organisation: DEMO_ORGANISATION,
          destination: 'canada',
          cities: [],
        }),
      ).toEqual([course.cohort.id]);

      expect(await seedDemo(database.db, on)).toBeUndefined();
      expect(await recordCount(database)).toBe(course.records.length);

      // A real operator arrives: the demo accounts, whose passwords a log may hold, end.
      expect(await retireDemoAccounts(database.db)).toBe(2);
      for (const email of ['operator@demo.waypoint', 'partner@demo.waypoint'])
        expect((await findAccount(database.db, email))?.disabledAt).toBeInstanceOf(Date);
      expect(await retireDemoAccounts(database.db)).toBe(0);
    }, 60_000);

    it('seeds nothing with WAYPOINT_DEMO=0', async () => {
      const database = await fresh();
      expect(await seedDemo(database.db, { ...on, env: { WAYPOINT_DEMO: '0' } })).toBeUndefined();
      expect(await findAccount(database.db, 'operator@demo.waypoint')).toBeUndefined();
      expect(await recordCount(database)).toBe(0);
      expect(await seedDemo(database.db, on)).toBeDefined();
    }, 60_000);

    it.each([
      [
        'an account',
        (database: HubDatabase) =>
          createAccount(database.db, {
            email: 'rania@example.org',
            role: 'operator',
            organisation: null,
            password: 'correct horse battery',
          }),
      ],
      [
        'an unused enrolment code',
        (database: HubDatabase) =>
          createEnrolmentCode(database.db, { programme: 'Beirut', expiresAt: now }),
      ],
      [
        'a synced record',
        async (database: HubDatabase) => {
          const { code } = await createEnrolmentCode(database.db, {
            programme: 'Beirut',
            expiresAt: new Date(Date.now() + 60_000),
          });
          const tablet = await enrolDevice(database.db, { code, deviceName: 'Tablet' });
          await ingestPush(
            database.db,
            { id: tablet.deviceId, programme: tablet.programme },
            { sentAt: now.toISOString(), records: [pushed('cohort', cohortPayload())] },
          );
        },
      ],
    ])(
      'leaves a database holding %s alone',
      async (_, prepare) => {
        const database = await fresh();
        await prepare(database);
        const before = await recordCount(database);
        expect(await seedDemo(database.db, on)).toBeUndefined();
        expect(await findAccount(database.db, 'operator@demo.waypoint')).toBeUndefined();
        expect(await recordCount(database)).toBe(before);
      },
      60_000,
    );

    it('says in one line why it seeds nothing when the site is not built', async () => {
      const database = await fresh();
      const lines: string[] = [];
      const empty = mkdtempSync(join(tmpdir(), 'waypoint-no-build-'));
      try {
        const seeded = await seedDemo(database.db, {
          ...on,
          clientDir: empty,
          log: (line) => lines.push(line),
        });
        expect(seeded).toBeUndefined();
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
      expect(lines).toEqual([
        `No demo data: ${join(empty, 'curriculum/canada/adult.json')} is missing (build Waypoint with npm run build first).`,
      ]);
      expect(await recordCount(database)).toBe(0);
    }, 60_000);

    it('seeds once when two hubs start together on one database', async () => {
      const database = await fresh();
      const { fixture } = opened.at(-1) ?? {};
      // A second process's own connection; the embedded database has only one.
      const second = kind === 'postgres' && fixture ? await fixture.open() : database;
      try {
        const results = await Promise.all([seedDemo(database.db, on), seedDemo(second.db, on)]);
        expect(results.filter(Boolean)).toHaveLength(1);
      } finally {
        if (second !== database) await second.close();
      }
      const course = demoCourse(outline, { now, random: seededRandom(DEMO_SEED) });
      expect(await recordCount(database)).toBe(course.records.length);
    }, 60_000);
  });
}
