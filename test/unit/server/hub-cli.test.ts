import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findAccount } from '../../../src/server/auth/accounts.ts';
import { verifyPassword } from '../../../src/server/auth/passwords.ts';
import { openSession } from '../../../src/server/auth/sessions.ts';
import { openHubDatabase } from '../../../src/server/db/connect.ts';
import { parseExpiry } from '../../../src/server/hub-cli.ts';

const root = join(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function hub(...args: string[]) {
  return hubWithInput('', ...args);
}

function hubWithInput(input: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['src/server/hub-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
    input,
  });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

describe('npm run hub', () => {
  it('prints a one-time enrolment code, and says what is wrong with bad options', () => {
    const made = hub('enrol-code', '--programme', 'Beirut 2026', '--expires', '7d');
    expect(made.status, made.err).toBe(0);
    expect(made.out).toMatch(/^Enrolment code for "Beirut 2026", each valid once until 20\d\d-/);
    expect(made.out).toMatch(/\n {2}[A-Z2-9]{4}(-[A-Z2-9]{4}){3}\n/);
    const past = hub('enrol-code', '--programme', 'X', '--expires', '2020-01-01');
    expect([past.status, past.err]).toEqual([1, '--expires 2020-01-01 is in the past']);
    const nonsense = hub('enrol-code', '--programme', 'X', '--expires', 'soon');
    expect(nonsense.err).toBe(
      '--expires "soon" is not a date (YYYY-MM-DD) or a number of days (7d)',
    );
    const three = hub('enrol-code', '--programme', 'X', '--expires', '1d', '--count', '3');
    expect(three.out.match(/^ {2}[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/gm)).toHaveLength(3);
    expect(hub('enrol-code', '--programme', 'X', '--expires', '1d', '--count', '0').err).toBe(
      '--count 0 is not a number from 1 to 100',
    );
    expect(hub('devices').out).toBe('No tablets enrolled yet.');
    expect(hub('conflicts').out).toBe('No open conflicts.');
    expect(
      hub('resolve-conflict', '0193a8f0-0000-7000-8000-000000000001', '--keep', 'held').err,
    ).toBe('no open conflict 0193a8f0-0000-7000-8000-000000000001');
    expect(hub('resolve-conflict', 'x', '--keep', 'both').err).toMatch(/^Usage:/);
    expect(hub('launch').err).toMatch(/^Unknown command "launch"\.\nUsage:/);
  }, 120_000);

  it('adds an operator with a generated password shown once, or one read from stdin', async () => {
    // A demo operator first, as the first npm start makes one: a real one ends it.
    expect(hub('operator-add', '--email', 'operator@demo.waypoint').status).toBe(0);
    const made = hub('operator-add', '--email', 'Rania@Example.org');
    expect(made.out).toMatch(/\nDemo accounts that can no longer sign in: 1\.$/);
    expect(made.status, made.err).toBe(0);
    const password = /\n {2}(\S+)\n/.exec(made.out)?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z2-9]{6}(-[A-Za-z2-9]{6}){3}$/);
    expect(made.out).toMatch(/^Operator rania@example\.org created\. Password \(shown once/);
    expect(hub('operator-add', '--email', 'rania@example.ORG').err).toBe(
      'an account for rania@example.org already exists',
    );
    const piped = hubWithInput(
      'a long enough password\n',
      'operator-add',
      '--email',
      'omar@example.org',
      '--password-stdin',
    );
    expect([piped.status, piped.out]).toEqual([
      0,
      'Operator omar@example.org created. Sign in at /en/operator/ on the hub.',
    ]);
    expect(
      hubWithInput('short\n', 'operator-add', '--email', 'x@example.org', '--password-stdin').err,
    ).toBe('password: the password must be at least 12 characters');
    expect(hub('operator-add', '--email', 'not-an-email').err).toBe(
      'email: the email address is not valid (name@example.org)',
    );
    expect(hub('operator-add').err).toMatch(/^Usage:/);

    const database = await openHubDatabase({ dataDir, databaseUrl: undefined });
    try {
      const account = await findAccount(database.db, 'omar@example.org');
      expect(await verifyPassword(account?.passwordHash ?? '', 'a long enough password')).toBe(
        true,
      );
      for (let i = 0; i < 2; i += 1) await openSession(database.db, account?.id ?? '');
    } finally {
      await database.close();
    }
    expect(hub('sign-out-everywhere', '--email', 'OMAR@example.org').out).toBe(
      'Signed omar@example.org out everywhere (2 sessions ended).',
    );
    expect(hub('sign-out-everywhere', '--email', 'nobody@example.org').err).toBe(
      'no account nobody@example.org',
    );
  }, 120_000);

  it('adds a partner for an organisation and destination, lists cohorts and assigns them', () => {
    const made = hub(
      'partner-add',
      '--email',
      'lea@welcome.example',
      '--organisation',
      'Welcome Ottawa',
      '--destination',
      'canada',
      '--city',
      'Ottawa',
    );
    expect(made.status, made.err).toBe(0);
    expect(made.out).toMatch(
      /^Partner lea@welcome\.example \(Welcome Ottawa\) created for canada, Ottawa\.\nPassword \(shown once/,
    );
    expect(
      hub(
        'partner-add',
        '--email',
        'x@example.org',
        '--organisation',
        'X',
        '--destination',
        'Canada!',
      ).err,
    ).toBe('destination: the destination is a content id, e.g. canada');
    expect(hub('partner-add', '--email', 'x@example.org').err).toMatch(/^Usage:/);
    expect(hub('cohorts').out).toBe('No cohorts on the hub yet.');
    expect(
      hub(
        'assign-cohort',
        '0193a8f0-0000-7000-8000-000000000001',
        '--organisation',
        'Welcome Ottawa',
      ).err,
    ).toBe('the hub holds no cohort 0193a8f0-0000-7000-8000-000000000001');
    expect(hub('assign-cohort', 'cohort-1').err).toMatch(/^Usage:/);
  }, 120_000);

  it('reads expiry dates as the end of that day, or days from now', () => {
    const now = new Date('2026-12-07T10:00:00.000Z');
    expect(parseExpiry('2026-12-31', now).toISOString()).toBe('2026-12-31T23:59:59.999Z');
    expect(parseExpiry('7d', now).toISOString()).toBe('2026-12-14T10:00:00.000Z');
    expect(() => parseExpiry('2026-13-45', now)).toThrow(/is not a date/);
  });
});

describe('the embedded database belongs to one process', () => {
  it('refuses a folder another live process holds, and takes over a dead one’s lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-lock-'));
    mkdirSync(join(dir, 'pglite'));
    // The test runner's parent is alive and is not this process.
    writeFileSync(join(dir, 'pglite', 'waypoint.lock'), String(process.ppid));
    await expect(openHubDatabase({ dataDir: dir, databaseUrl: undefined })).rejects.toThrow(
      `DATA_DIR="${dir}" is in use by another Waypoint process (pid ${process.ppid})`,
    );
    writeFileSync(join(dir, 'pglite', 'waypoint.lock'), '2147483646');
    const database = await openHubDatabase({ dataDir: dir, databaseUrl: undefined });
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
