// Owns the hub's schema version: applying the shipped migrations and reporting how far they got.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { HubDatabase } from './connect.ts';

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

/** How many migrations this build of the app ships. */
export function shippedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Brings the database up to the shipped schema; safe to run on every start. */
export async function applyMigrations(database: HubDatabase): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(database.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

/** How many migrations the database has applied (0 before the first run). */
export async function appliedMigrationCount(database: HubDatabase): Promise<number> {
  const exists = await database.db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!rowsOf(exists)[0]?.['present']) return 0;
  const result = await database.db.execute(
    sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
  );
  return Number(rowsOf(result)[0]?.['applied'] ?? 0);
}

/** Both drivers return `{ rows }` from execute(); the shared type does not say so. */
function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}
