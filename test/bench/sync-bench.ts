// Sync figures: the hub's ingest rate against the database's own multi-row INSERT, on PGlite
// and on PostgreSQL in the same run; one tablet's whole course over loopback; push latency
// with 50 tablets at once. Figures only: nothing here asserts.
import { randomBytes, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { uuidV7 } from '../../src/domain/record-id.ts';
import type { PushedRecord } from '../../src/domain/sync-protocol.ts';
import { openHubDatabase, type HubDatabase } from '../../src/server/db/connect.ts';
import { applyMigrations } from '../../src/server/db/migrations.ts';
import { syncRecords } from '../../src/server/db/schema.ts';
import { ingestPush } from '../../src/server/sync/ingest.ts';
import { makeEnrolmentCodes } from '../e2e/enrolment-codes.ts';

const root = join(import.meta.dirname, '../..');
let clock = Date.parse('2026-12-01T08:00:00.000Z');
const id = () => uuidV7((clock += 1), randomBytes(10));

function attendance(cohortId: string, participantId: string, day: number): PushedRecord {
  const mark = {
    id: id(),
    cohortId,
    participantId,
    day,
    status: 'present',
    recordedAt: new Date(clock).toISOString(),
  };
  return {
    id: id(),
    kind: 'attendance',
    recordId: mark.id,
    version: 1,
    queuedAt: mark.recordedAt,
    payload: mark,
  };
}

/** `n` attendance marks: the commonest record, and a fair size. */
function marks(n: number): PushedRecord[] {
  const cohortId = id();
  return Array.from({ length: n }, (_, i) => attendance(cohortId, id(), 1 + (i % 5)));
}

export interface IngestFigures {
  database: string;
  recordsPerSecond: number;
  plainPerSecond: number;
}

async function ingestOn(database: HubDatabase, records: PushedRecord[]): Promise<IngestFigures> {
  await applyMigrations(database);
  const device = { id: randomUUID(), programme: 'bench' };
  let started = performance.now();
  for (let at = 0; at < records.length; at += 500) {
    await ingestPush(database.db, device, {
      sentAt: new Date().toISOString(),
      records: records.slice(at, at + 500),
    });
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  // The database's own limit: the same rows, plain multi-row INSERTs, same batch size.
  await database.db.execute(sql`create table bench_plain (like sync_records including all)`);
  const rows = records.map((r) => ({
    entry_id: randomUUID(),
    device_id: device.id,
    kind: r.kind,
    record_id: randomUUID(),
    version: r.version,
    cohort_id: (r.payload as { cohortId: string }).cohortId,
    payload: JSON.stringify(r.payload),
    queued_at: r.queuedAt,
  }));
  started = performance.now();
  for (let at = 0; at < rows.length; at += 500) {
    const values = rows
      .slice(at, at + 500)
      .map(
        (row) =>
          sql`(${row.entry_id}, ${row.device_id}, ${row.kind}, ${row.record_id}, ${row.version}, ${row.cohort_id}, ${row.payload}::jsonb, ${row.queued_at})`,
      );
    await database.db.execute(
      sql`insert into bench_plain (entry_id, device_id, kind, record_id, version, cohort_id, payload, queued_at) values ${sql.join(values, sql`, `)}`,
    );
  }
  const plainSeconds = (performance.now() - started) / 1000;
  const [count] = await database.db.select({ n: sql<number>`count(*)::int` }).from(syncRecords);
  if (count?.n !== records.length)
    throw new Error(`ingest stored ${count?.n} of ${records.length}`);
  return {
    database: database.kind,
    recordsPerSecond: records.length / ingestSeconds,
    plainPerSecond: records.length / plainSeconds,
  };
}

/** Ingest of `n` records on a fresh PGlite, and on PostgreSQL when DATABASE_URL names one. */
export async function ingestFigures(n = 100_000): Promise<IngestFigures[]> {
  const records = marks(n);
  const figures: IngestFigures[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-ingest-'));
  const lite = await openHubDatabase({ dataDir, databaseUrl: undefined });
  try {
    figures.push(await ingestOn(lite, records));
  } finally {
    await lite.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    figures.push(
      await withScratchDatabase(serverUrl, async (url) => {
        const server = await openHubDatabase({ dataDir: '', databaseUrl: url });
        try {
          return await ingestOn(server, records);
        } finally {
          await server.close();
        }
      }),
    );
  }
  return figures;
}

/** Runs `work` on a fresh database of the PostgreSQL server, dropped afterwards. */
async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>) {
  const name = `waypoint_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

/**
 * A hub on a fresh database (PGlite, or the PostgreSQL `databaseUrl` names) with `codes`
 * enrolment codes made before it starts.
 */
async function hubWithCodes(codes: number, databaseUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-sync-'));
  // Hubs measured with nothing in them but what the bench sends.
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl, WAYPOINT_DEMO: '0' };
  const enrolment = makeEnrolmentCodes(env, codes, 'Bench');
  const port = 4200 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['src/server/start.ts'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (attempt > 1200) throw new Error('the hub did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const tokens = await Promise.all(
    enrolment.map(async (code, i) => {
      const response = await fetch(`${origin}/api/sync/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: `Bench ${i}` }),
      });
      return ((await response.json()) as { token: string }).token;
    }),
  );
  return {
    origin,
    tokens,
    stop: () => {
      server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function push(origin: string, token: string, records: PushedRecord[]): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${origin}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ sentAt: new Date().toISOString(), records }),
  });
  if (!response.ok) throw new Error(`push failed: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

/** A 5-day course for 25: attendance, pre and post answers for 40 objectives, feedback. */
function fullCourse(): PushedRecord[] {
  const cohortId = id();
  const people = Array.from({ length: 25 }, () => id());
  const records: PushedRecord[] = [];
  for (const person of people) {
    for (let day = 1; day <= 5; day++) records.push(attendance(cohortId, person, day));
    for (const test of ['pre', 'post'] as const) {
      for (let objective = 0; objective < 40; objective++) {
        const answer = {
          id: id(),
          cohortId,
          participantId: person,
          itemId: `objective-${objective}-${test === 'pre' ? 'a' : 'b'}`,
          objective: `objective-${objective}`,
          test,
          correct: objective % 3 !== 0,
          recordedAt: new Date(clock).toISOString(),
        };
        records.push({
          id: id(),
          kind: 'answer',
          recordId: answer.id,
          version: 1,
          queuedAt: answer.recordedAt,
          payload: answer,
        });
      }
    }
  }
  for (let day = 1; day <= 5; day++) {
    for (let i = 0; i < 25; i++) {
      const feedback = { id: id(), cohortId, day, satisfaction: 1 + (i % 5) };
      records.push({
        id: id(),
        kind: 'feedback',
        recordId: feedback.id,
        version: 1,
        queuedAt: new Date(clock).toISOString(),
        payload: feedback,
      });
    }
  }
  return records;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function loopbackOn(databaseUrl: string) {
  const hub = await hubWithCodes(51, databaseUrl);
  try {
    const [first, ...others] = hub.tokens;
    const course = fullCourse();
    let started = performance.now();
    for (let at = 0; at < course.length; at += 500)
      await push(hub.origin, first!, course.slice(at, at + 500));
    const courseMs = performance.now() - started;
    // 50 tablets at once, each pushing 10 batches of 50 records.
    started = performance.now();
    const latencies = (
      await Promise.all(
        others.map(async (token) => {
          const times: number[] = [];
          const records = marks(500);
          for (let at = 0; at < records.length; at += 50)
            times.push(await push(hub.origin, token, records.slice(at, at + 50)));
          return times;
        }),
      )
    ).flat();
    const concurrentMs = performance.now() - started;
    latencies.sort((a, b) => a - b);
    return {
      database: databaseUrl ? 'postgres' : 'pglite',
      courseRecords: course.length,
      courseMs,
      devices: others.length,
      pushes: latencies.length,
      concurrentMs,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
    };
  } finally {
    hub.stop();
  }
}

/** Loopback figures on PGlite, and on PostgreSQL too when DATABASE_URL names a server. */
export async function loopbackFigures() {
  const figures = [await loopbackOn('')];
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) figures.push(await withScratchDatabase(serverUrl, (url) => loopbackOn(url)));
  return figures;
}
