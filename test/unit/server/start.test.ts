import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';
import { courseOutline } from '../../../src/curriculum/course-outline.ts';
import { findAccount } from '../../../src/server/auth/accounts.ts';
import { verifyPassword } from '../../../src/server/auth/passwords.ts';
import { openHubDatabase } from '../../../src/server/db/connect.ts';

const root = join(import.meta.dirname, '../../..');

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['src/server/start.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

it.each([
  [
    { DATA_DIR: '/dev/null' },
    /^Waypoint cannot start: DATA_DIR="\/dev\/null" cannot be used \(.+\): set DATA_DIR to a folder/,
  ],
  [
    { DATABASE_URL: 'postgres://127.0.0.1:1/none' },
    /^Waypoint cannot start: Cannot use DATABASE_URL=.+ \(ECONNREFUSED.+\): start PostgreSQL or fix DATABASE_URL/,
  ],
  [{ PORT: '-1' }, /^Waypoint cannot start: PORT="-1" is not a port number/],
])(
  'npm start with %j exits with one line saying what to fix',
  (env, message) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  },
  40_000,
);

describe('npm start on an empty database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-start-demo-'));
  let hub: ChildProcess | undefined;
  afterAll(async () => {
    if (hub?.exitCode === null) {
      hub.kill('SIGTERM');
      await once(hub, 'exit');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo and prints demo accounts that sign in', async () => {
    hub = spawn(process.execPath, ['src/server/start.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    hub.stdout?.on('data', (chunk: Buffer) => (said += String(chunk)));
    hub.stderr?.on('data', (chunk: Buffer) => (said += String(chunk)));
    await new Promise<void>((resolve, reject) => {
      hub?.stdout?.on('data', () => said.includes('WAYPOINT_DEMO=0') && resolve());
      hub?.on('exit', (code) => reject(new Error(`npm start exited (${code}): ${said}`)));
    });
    const url = /Waypoint is running at (http:\S+)/.exec(said)?.[1] ?? '';
    const account = (role: string) => {
      const [, email = '', password = '', page = ''] =
        new RegExp(`^  ${role} +(\\S+) +(\\S+) +(\\S+)$`, 'm').exec(said) ?? [];
      return { email, password, page };
    };
    const operator = account('operator');
    const partner = account('partner');
    expect(operator).toMatchObject({ email: 'operator@demo.waypoint', page: `${url}en/operator/` });
    expect(partner).toMatchObject({ email: 'partner@demo.waypoint', page: `${url}en/partner/` });
    expect(said).toContain('These are demo accounts with made-up data');

    const signIn = await fetch(operator.page, {
      method: 'POST',
      headers: { origin: new URL(url).origin },
      body: new URLSearchParams({ action: 'sign-in', ...operator }),
      redirect: 'manual',
    });
    expect(signIn.headers.get('set-cookie')).toMatch(/^__Host-waypoint-session=/);

    const outline = await fetch(`${url}curriculum/canada/adult.json`);
    expect(outline.status).toBe(200);
    const { catalogue } = loadContentFolder(join(root, 'content'));
    expect(await outline.json()).toEqual(courseOutline(catalogue, 'canada', 'adult'));

    // The embedded database belongs to the hub while it runs: stopped, it shows the partner.
    hub.kill('SIGTERM');
    await once(hub, 'exit');
    const database = await openHubDatabase({ dataDir, databaseUrl: undefined });
    try {
      const held = await findAccount(database.db, partner.email);
      expect(await verifyPassword(held?.passwordHash ?? '', partner.password)).toBe(true);
    } finally {
      await database.close();
    }
  }, 240_000);
});
