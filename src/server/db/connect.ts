// Owns the hub's database connection: which driver, opening it, and closing it.
// Both drivers give the same drizzle API over the same schema and migrations.
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { HubConfigError, redactDatabaseUrl, type HubConfig } from '../config.ts';
import * as schema from './schema.ts';

export type HubDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface HubDatabase {
  kind: 'pglite' | 'postgres';
  db: HubDb;
  /** Where the data lives, for the start-up message (password redacted). */
  location: string;
  close(): Promise<void>;
}

export async function openHubDatabase(
  config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>,
): Promise<HubDatabase> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string): Promise<HubDatabase> {
  const dir = join(dataDir, 'pglite');
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new HubConfigError(
      `DATA_DIR="${dataDir}" cannot be used (${errorCode(error)}): set DATA_DIR to a folder Waypoint can read and write.`,
    );
  }
  const release = lockDataDir(dir, dataDir);
  const client = await PGlite.create(dir);
  const db = drizzlePglite({ client, schema }) as unknown as HubDb;
  return {
    kind: 'pglite',
    db,
    location: dir,
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * The embedded database belongs to one process at a time (two would corrupt it): a lock file
 * names the process holding it. A lock left by a process that has died is taken over.
 */
function lockDataDir(dir: string, dataDir: string): () => void {
  const lock = join(dir, 'waypoint.lock');
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lock, 'utf8'));
  } catch {
    // No lock: the folder is free.
  }
  if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
    throw new HubConfigError(
      `DATA_DIR="${dataDir}" is in use by another Waypoint process (pid ${holder}): stop it first, or use PostgreSQL (DATABASE_URL), which several processes can share.`,
    );
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

async function openPostgres(url: string): Promise<HubDatabase> {
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 5000 });
  // Surface idle-client errors instead of crashing the process with an unhandled 'error' event.
  pool.on('error', (error) => console.error(`PostgreSQL connection error: ${error.message}`));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new HubConfigError(
      `Cannot use DATABASE_URL=${redactDatabaseUrl(url)} (${errorCode(error)}): start PostgreSQL or fix DATABASE_URL, or unset it to use the embedded database.`,
    );
  }
  const db = drizzlePostgres({ client: pool, schema }) as unknown as HubDb;
  return { kind: 'postgres', db, location: redactDatabaseUrl(url), close: () => pool.end() };
}

function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.startsWith(code)
      ? `${code}: ${error.message}`
      : error.message;
  }
  return String(error);
}
