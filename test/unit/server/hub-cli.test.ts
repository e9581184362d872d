import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../../src/server/db/connect.ts';
import { parseExpiry } from '../../../src/server/hub-cli.ts';

const root = join(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function hub(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/server/hub-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
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
