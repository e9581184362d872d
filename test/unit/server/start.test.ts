import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

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
