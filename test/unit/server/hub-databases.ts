// The databases the hub suite runs against: embedded PGlite always, and a real PostgreSQL
// server too when DATABASE_URL is set (as .ci/run does). Each test file gets its own
// fresh database so files can run in parallel and leave nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openHubDatabase, type HubDatabase } from '../../../src/server/db/connect.ts';

export interface HubDatabaseFixture {
  kind: 'pglite' | 'postgres';
  /** The server database's address, for a second connection of a test's own. */
  url?: string;
  open(): Promise<HubDatabase>;
  /** Removes what open() created. */
  dispose(): Promise<void>;
}

function pgliteFixture(): HubDatabaseFixture {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-hub-'));
  return {
    kind: 'pglite',
    open: () => openHubDatabase({ dataDir, databaseUrl: undefined }),
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresFixture(serverUrl: string): HubDatabaseFixture {
  const name = `waypoint_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let created = false;
  return {
    kind: 'postgres',
    url: url.toString(),
    async open() {
      if (!created) await admin(`create database ${name}`);
      created = true;
      return openHubDatabase({ dataDir: '', databaseUrl: url.toString() });
    },
    dispose: async () => {
      if (created) await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

export function hubDatabaseFixtures(): HubDatabaseFixture[] {
  const serverUrl = process.env['DATABASE_URL'];
  return [pgliteFixture(), ...(serverUrl ? [postgresFixture(serverUrl)] : [])];
}
