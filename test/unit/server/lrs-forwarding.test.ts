import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncRefusal } from '../../../src/domain/sync-protocol.ts';
import type { XapiStatement } from '../../../src/domain/xapi-statements.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { auditLog } from '../../../src/server/db/schema.ts';
import {
  forwardingLog,
  forwardStatements,
  type ForwardingRequest,
} from '../../../src/server/partner/lrs-forwarding.ts';
import { readLrs, saveLrs } from '../../../src/server/partner/partner-lrs.ts';
import { statementId } from '../../../src/server/partner/statement-ids.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import { newId } from './sync-fixtures.ts';

interface Received {
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: XapiStatement[];
}

/** A Learning Record Store on a free local port that answers with the statuses it is given. */
class FakeLrs {
  received: Received[] = [];
  /** Statuses for the next requests, in order; 200 once they run out. */
  answers: number[] = [];
  /** Never answer: for timeouts. */
  silent = false;
  readonly server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      this.received.push({
        url: request.url,
        headers: request.headers,
        body: JSON.parse(text) as XapiStatement[],
      });
      if (this.silent) return;
      const status = this.answers.shift() ?? 200;
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(
        status === 200
          ? JSON.stringify(this.received.at(-1)?.body.map((s) => s.id))
          : JSON.stringify({ message: `refused with ${status}` }),
      );
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/xapi`;
  }

  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const statement = (n: number): XapiStatement => ({
  id: statementId(`answered|${n}`),
  actor: {
    objectType: 'Agent',
    account: { homePage: 'https://hub.example.org', name: 'P-00000001' },
  },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: {
    objectType: 'Activity',
    id: 'https://hub.example.org/xapi/objectives/find-clinic',
    definition: { type: 'http://adlnet.gov/expapi/activities/objective' },
  },
  result: { success: true },
  context: {
    registration: '0193a8f0-0000-7000-8000-0000000000c0',
    platform: 'Waypoint',
    contextActivities: { grouping: [] },
  },
  timestamp: '2026-12-01T09:00:00.000Z',
});
const statements = (count: number) => Array.from({ length: count }, (_, n) => statement(n));

const PASSWORD = 'lrs-secret-7Qx';

for (const fixture of hubDatabaseFixtures()) {
  describe(`forwarding xAPI statements to a partner's LRS on ${fixture.kind}`, () => {
    let database: HubDatabase;
    const lrs = new FakeLrs();
    let endpoint: string;
    let waits: number[];
    let organisation: string;
    const cohortId = newId();
    const forward = (request: Partial<ForwardingRequest> = {}) =>
      forwardStatements(database.db, {
        organisation,
        cohortId,
        actor: 'partner:lena@settle.example',
        statements: statements(3),
        fetch: globalThis.fetch,
        sleep: async (ms) => waits.push(ms),
        // The fake LRS listens on this machine.
        allowPrivate: true,
        ...request,
      });

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      endpoint = await lrs.start();
    }, 60_000);
    afterAll(async () => {
      await lrs.stop();
      await database?.close();
      await fixture.dispose();
    });
    beforeEach(async () => {
      lrs.received = [];
      lrs.answers = [];
      lrs.silent = false;
      waits = [];
      organisation = `Settlement Services ${newId()}`;
      await saveLrs(
        database.db,
        organisation,
        { endpoint, username: 'key-1', password: PASSWORD },
        'partner:test',
      );
    });

    it('posts the statements in batches of 100 as xAPI 1.0.3 with Basic authentication, logs each batch and audits the export', async () => {
      const summary = await forward({ statements: statements(250) });
      expect(summary).toMatchObject({ sent: 250, failed: 0, notSent: 0 });
      expect(lrs.received.map((r) => r.body.length)).toEqual([100, 100, 50]);
      expect(lrs.received.flatMap((r) => r.body.map((s) => s.id))).toEqual(
        statements(250).map((s) => s.id),
      );
      for (const { url, headers } of lrs.received) {
        expect(url).toBe('/xapi/statements');
        expect(headers['x-experience-api-version']).toBe('1.0.3');
        expect(headers['content-type']).toBe('application/json');
        expect(headers.authorization).toBe(
          `Basic ${Buffer.from(`key-1:${PASSWORD}`).toString('base64')}`,
        );
      }
      expect(waits).toEqual([]);
      const log = await forwardingLog(database.db, organisation, cohortId);
      expect(
        log.map((row) => [row.statementCount, row.status, row.attempts, row.httpStatus]),
      ).toEqual([
        [50, 'sent', 1, 200],
        [100, 'sent', 1, 200],
        [100, 'sent', 1, 200],
      ]);
      expect(summary.batches.map((b) => b.id)).toEqual(log.map((row) => row.id).reverse());
      const audit = (await database.db.select().from(auditLog)).filter(
        (row) => (row.detail as { organisation?: string } | null)?.organisation === organisation,
      );
      expect(audit).toMatchObject([
        {
          actor: 'partner:lena@settle.example',
          action: 'export-xapi',
          subject: `cohort:${cohortId}`,
          detail: { organisation, endpoint, statements: 250 },
        },
      ]);
    });

    it('tries again after a 503, waiting longer each time, and logs the attempts', async () => {
      lrs.answers = [503, 503];
      const summary = await forward();
      expect(summary).toMatchObject({ sent: 3, failed: 0 });
      expect(lrs.received).toHaveLength(3);
      expect(waits).toEqual([1_000, 2_000]);
      expect(await forwardingLog(database.db, organisation)).toMatchObject([
        { status: 'sent', attempts: 3, httpStatus: 200, detail: null },
      ]);
    });

    it('tries again after a 429 (too many requests)', async () => {
      lrs.answers = [429];
      expect(await forward()).toMatchObject({ sent: 3 });
      expect(lrs.received).toHaveLength(2);
    });

    it('does not try again after a 400, logs the LRS’s words, and leaves the next batches unsent', async () => {
      lrs.answers = [200, 400];
      const summary = await forward({ statements: statements(250) });
      expect(summary).toMatchObject({ sent: 100, failed: 100, notSent: 50 });
      expect(lrs.received).toHaveLength(2);
      expect(waits).toEqual([]);
      expect(await forwardingLog(database.db, organisation)).toMatchObject([
        {
          status: 'failed',
          attempts: 1,
          httpStatus: 400,
          detail: '{"message":"refused with 400"}',
        },
        { status: 'sent', attempts: 1, httpStatus: 200 },
      ]);
    });

    it('gives up after 3 attempts when nothing listens at the endpoint', async () => {
      const closed = new FakeLrs();
      const nowhere = await closed.start();
      await closed.stop();
      await saveLrs(
        database.db,
        organisation,
        { endpoint: nowhere, username: 'key-1', password: PASSWORD },
        'partner:test',
      );
      const summary = await forward();
      expect(summary).toMatchObject({ sent: 0, failed: 3, notSent: 0 });
      expect(waits).toEqual([1_000, 2_000]);
      const [row] = await forwardingLog(database.db, organisation);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, httpStatus: null });
      expect(row?.detail).toContain('ECONNREFUSED');
    });

    it('counts an LRS that does not answer in time as unreachable', async () => {
      lrs.silent = true;
      const summary = await forward({ timeoutMs: 100 });
      expect(summary).toMatchObject({ sent: 0, failed: 3 });
      expect(lrs.received).toHaveLength(3);
      const [row] = await forwardingLog(database.db, organisation);
      expect(row).toMatchObject({ status: 'failed', attempts: 3, httpStatus: null });
      expect(row?.detail).toContain('TimeoutError');
    });

    it('refuses to send without an LRS set up, or with nothing to send', async () => {
      await expect(forward({ organisation: 'Nobody' })).rejects.toThrow(
        new SyncRefusal(400, '"Nobody" has no LRS set up: save its endpoint first'),
      );
      await expect(forward({ statements: [] })).rejects.toThrow(
        `cohort ${cohortId} has no statements to send yet`,
      );
      expect(lrs.received).toEqual([]);
    });

    it('reads the log per cohort, newest first', async () => {
      const otherCohort = newId();
      await forward();
      await forward({ cohortId: otherCohort });
      expect((await forwardingLog(database.db, organisation)).map((row) => row.cohortId)).toEqual([
        otherCohort,
        cohortId,
      ]);
      expect(
        (await forwardingLog(database.db, organisation, otherCohort)).map((row) => row.cohortId),
      ).toEqual([otherCohort]);
      expect(await forwardingLog(database.db, 'Nobody')).toEqual([]);
    });

    it('keeps the password to send with but never shows it', async () => {
      const shown = [
        await readLrs(database.db, organisation),
        await saveLrs(
          database.db,
          organisation,
          { endpoint: `${endpoint}/`, username: 'key-2' },
          'partner:test',
        ),
        await readLrs(database.db, organisation),
      ];
      expect(shown[2]).toEqual({
        organisation,
        endpoint,
        username: 'key-2',
        hasPassword: true,
        updatedAt: expect.any(Date),
      });
      await forward();
      expect(lrs.received[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from(`key-2:${PASSWORD}`).toString('base64')}`,
      );
      const log = await forwardingLog(database.db, organisation);
      expect(JSON.stringify([...shown, log])).not.toContain(PASSWORD);
      expect(JSON.stringify(await database.db.select().from(auditLog))).not.toContain(PASSWORD);
    });

    it('sends nothing to an address inside a private network, or one that cannot be found', async () => {
      await expect(forward({ allowPrivate: false })).rejects.toThrow(
        'the LRS address 127.0.0.1 leads into a private network',
      );
      await expect(
        forward({ allowPrivate: false, resolve: () => Promise.resolve(['10.0.0.5', '8.8.8.8']) }),
      ).rejects.toThrow('leads into a private network');
      await expect(
        forward({ allowPrivate: false, resolve: () => Promise.reject(new Error('ENOTFOUND')) }),
      ).rejects.toThrow('the LRS host 127.0.0.1 cannot be found');
      expect(lrs.received).toEqual([]);
    });

    it('refuses settings it cannot use, naming what is wrong', async () => {
      await expect(
        saveLrs(
          database.db,
          organisation,
          {
            endpoint: 'http://lrs.example.org/xapi',
            username: 'k',
            password: 'p',
          },
          'partner:test',
        ),
      ).rejects.toThrow('the LRS endpoint must use https');
      await expect(
        saveLrs(
          database.db,
          'New partner',
          {
            endpoint: 'https://lrs.example.org/xapi',
            username: 'k',
          },
          'partner:test',
        ),
      ).rejects.toThrow(new SyncRefusal(400, 'the LRS password (secret) is required'));
      expect(await readLrs(database.db, 'New partner')).toBeUndefined();
      expect((await readLrs(database.db, organisation))?.endpoint).toBe(endpoint);
      // Sent to another host, the saved secret would go with it: it must be typed again.
      await expect(
        saveLrs(
          database.db,
          organisation,
          { endpoint: 'https://collector.example.net/xapi', username: 'k' },
          'partner:test',
        ),
      ).rejects.toThrow('the LRS address is on another host: type its password (secret) again');
      expect((await readLrs(database.db, organisation))?.endpoint).toBe(endpoint);
    });

    it('writes every change of the settings to the audit log, never the password', async () => {
      await saveLrs(
        database.db,
        organisation,
        { endpoint, username: 'key-3', password: PASSWORD },
        'partner:test',
      );
      const [row] = await database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.action, 'set-lrs'), eq(auditLog.subject, `organisation:${organisation}`)),
        )
        .orderBy(desc(auditLog.at))
        .limit(1);
      expect(row).toMatchObject({ actor: 'partner:test', detail: { endpoint, username: 'key-3' } });
      expect(JSON.stringify(row)).not.toContain(PASSWORD);
    });
  });
}
