import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import {
  attendancePayload,
  cohortPayload,
  participantPayload,
  pushed,
} from '../unit/server/sync-fixtures.ts';
import { makeEnrolmentCodes } from './enrolment-codes.ts';
import type { PushedRecord } from '../../src/domain/sync-protocol.ts';

const root = join(import.meta.dirname, '../..');
const serverUrl = process.env['DATABASE_URL'];

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A hub process on the shared PostgreSQL; resolves once it listens. */
function startHub(databaseUrl: string, port: number): Promise<ChildProcess> {
  const hub = spawn(process.execPath, ['src/server/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      // Every record counted must be one the test pushed.
      WAYPOINT_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let said = '';
    hub.stdout?.on('data', (chunk: Buffer) => {
      said += String(chunk);
      if (said.includes('Waypoint is running')) resolve(hub);
    });
    hub.stderr?.on('data', (chunk: Buffer) => (said += String(chunk)));
    hub.on('exit', (code) => reject(new Error(`hub on ${port} exited (${code}): ${said}`)));
  });
}

async function scratchDatabase(label: string): Promise<string> {
  const name = `waypoint_${label}_${process.pid}`;
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = new URL(serverUrl ?? '');
  url.pathname = `/${name}`;
  return url.toString();
}

const enrolmentCodes = (databaseUrl: string, count: number) =>
  makeEnrolmentCodes({ DATABASE_URL: databaseUrl }, count, 'Scale');

async function enrolAt(origin: string, code: string, deviceName: string): Promise<string> {
  const response = await fetch(`${origin}/api/sync/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** Pushes records to a hub as a tablet does. */
function pushTo(origin: string, token: string, records: PushedRecord[]) {
  return fetch(`${origin}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ sentAt: new Date().toISOString(), records }),
  });
}

async function count(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from sync_records');
  await client.end();
  return (rows[0] as { n: number }).n;
}

// These run where a PostgreSQL server is named (.ci/run sets DATABASE_URL); embedded PGlite
// belongs to one process, so there is nothing to scale out without one.
if (serverUrl) {
  // Several hub processes behind any load balancer share one PostgreSQL: nothing is held in a
  // process's memory between requests, so tablets may reach either.
  test('two hub processes on one PostgreSQL take tablets’ pushes alternately, each record once', async () => {
    test.setTimeout(180_000);
    const databaseUrl = await scratchDatabase('scale');
    const hubs: ChildProcess[] = [];
    try {
      const codes = enrolmentCodes(databaseUrl, 4);
      hubs.push(await startHub(databaseUrl, 4411), await startHub(databaseUrl, 4412));
      const base = (i: number) => `http://127.0.0.1:${4411 + (i % 2)}`;

      const tokens = await Promise.all(
        codes.map((code, i) => enrolAt(base(i), code, `Tablet ${i}`)),
      );
      // Each tablet: a cohort of 25 with three days of attendance, sent in batches of 20,
      // each batch to the other hub than the one before, and every batch sent twice.
      let sent = 0;
      await Promise.all(
        tokens.map(async (token, device) => {
          const cohort = cohortPayload();
          const people = Array.from({ length: 25 }, () => participantPayload(cohort.id));
          const records = [
            pushed('cohort', cohort),
            ...people.map((person) => pushed('participant', person)),
            ...people.flatMap((person) =>
              [1, 2, 3].map((day) =>
                pushed('attendance', attendancePayload(cohort.id, person.id, day)),
              ),
            ),
          ];
          sent += records.length;
          for (let at = 0, batch = 0; at < records.length; at += 20, batch += 1) {
            for (const repeat of [0, 1]) {
              const response = await pushTo(
                base(device + batch + repeat),
                token,
                records.slice(at, at + 20),
              );
              expect(response.status).toBe(200);
              const { results } = (await response.json()) as { results: { status: string }[] };
              expect(new Set(results.map((r) => r.status))).toEqual(
                new Set([repeat === 0 ? 'accepted' : 'duplicate']),
              );
            }
          }
        }),
      );
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      const { rows } = await client.query(
        'select count(*)::int as n, count(distinct entry_id)::int as distinct_entries from sync_records',
      );
      await client.end();
      expect(rows[0]).toEqual({ n: sent, distinct_entries: sent });
      expect(sent).toBe(4 * (1 + 25 + 75));
    } finally {
      for (const hub of hubs) hub.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await admin(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
    }
  });

  test('a hub killed mid-batch keeps all of the batch or none; the resend leaves each record once', async () => {
    test.setTimeout(180_000);
    const databaseUrl = await scratchDatabase('kill');
    let hub: ChildProcess | undefined;
    try {
      const [code] = enrolmentCodes(databaseUrl, 1);
      hub = await startHub(databaseUrl, 4413);
      const origin = 'http://127.0.0.1:4413';
      const token = await enrolAt(origin, code!, 'Tablet K');
      const cohort = cohortPayload();
      const records = [
        pushed('cohort', cohort),
        ...Array.from({ length: 499 }, (_, i) =>
          pushed(
            'attendance',
            attendancePayload(cohort.id, participantPayload(cohort.id).id, 1 + (i % 5)),
          ),
        ),
      ];
      const request = pushTo(origin, token, records).then(
        () => 'answered',
        () => 'cut off',
      );
      // Killed while the batch is on its way in: no chance to finish or tidy up.
      await new Promise((resolve) => setTimeout(resolve, 30));
      hub.kill('SIGKILL');
      await request;
      const afterKill = await count(databaseUrl);
      expect([0, records.length]).toContain(afterKill);

      hub = await startHub(databaseUrl, 4413);
      const resend = await pushTo(origin, token, records);
      const { results } = (await resend.json()) as { results: { status: string }[] };
      expect(new Set(results.map((r) => r.status))).toEqual(
        new Set([afterKill === 0 ? 'accepted' : 'duplicate']),
      );
      expect(await count(databaseUrl)).toBe(records.length);
    } finally {
      hub?.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      await admin(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
    }
  });
}
