import { afterAll, describe, expect, it } from 'vitest';
import { hubHealthSchema } from '../../../src/domain/hub-health.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import {
  appliedMigrationCount,
  applyMigrations,
  shippedMigrationCount,
} from '../../../src/server/db/migrations.ts';
import { contentReleases } from '../../../src/server/db/schema.ts';
import { createHubServices } from '../../../src/server/hub-services.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';

for (const fixture of hubDatabaseFixtures()) {
  describe(`hub database on ${fixture.kind}`, () => {
    let database: HubDatabase;
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    it('starts empty, then migrates to the shipped schema', async () => {
      database = await fixture.open();
      expect(database.kind).toBe(fixture.kind);
      expect(await appliedMigrationCount(database)).toBe(0);
      await applyMigrations(database);
      expect(shippedMigrationCount()).toBeGreaterThanOrEqual(1);
      expect(await appliedMigrationCount(database)).toBe(shippedMigrationCount());
    }, 60_000);

    it('migrating again changes nothing (it runs on every start)', async () => {
      await applyMigrations(database);
      expect(await appliedMigrationCount(database)).toBe(shippedMigrationCount());
    });

    it('inserts idempotently through the shared schema', async () => {
      const row = { id: '0193a8f0-0000-7000-8000-000000000001', version: 'content-1' };
      await database.db.insert(contentReleases).values(row).onConflictDoNothing();
      await database.db.insert(contentReleases).values(row).onConflictDoNothing();
      expect(await database.db.select().from(contentReleases)).toHaveLength(1);
    });

    it('reports its health: version, database kind, migration level', async () => {
      const health = hubHealthSchema.parse(await createHubServices(database, '9.9.9').health());
      expect(health).toEqual({
        status: 'ok',
        version: '9.9.9',
        database: fixture.kind,
        migrations: {
          applied: shippedMigrationCount(),
          latest: shippedMigrationCount(),
          current: true,
        },
      });
    });
  });
}
