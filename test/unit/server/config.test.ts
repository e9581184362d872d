import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demoWanted,
  HubConfigError,
  readHubConfig,
  redactDatabaseUrl,
} from '../../../src/server/config.ts';
import { openHubDatabase } from '../../../src/server/db/connect.ts';

describe('readHubConfig', () => {
  it('defaults to the embedded database under ./.data on localhost:4321', () => {
    expect(readHubConfig({})).toEqual({
      port: 4321,
      host: 'localhost',
      dataDir: './.data',
      databaseUrl: undefined,
      allowPrivateLrs: false,
    });
    expect(readHubConfig({ WAYPOINT_LRS_PRIVATE: 'allow' }).allowPrivateLrs).toBe(true);
  });

  it('turns the demo data off with WAYPOINT_DEMO=0 only', () => {
    expect(demoWanted({ WAYPOINT_DEMO: '0' })).toBe(false);
    expect(demoWanted({ WAYPOINT_DEMO: '1' })).toBe(true);
    expect(demoWanted({})).toBe(true);
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(readHubConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty" is not a port number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ WAYPOINT_DEMO: 'no' }, 'WAYPOINT_DEMO="no" is not 0 or 1: set WAYPOINT_DEMO=0'],
    [{ WAYPOINT_LRS_PRIVATE: 'yes' }, 'WAYPOINT_LRS_PRIVATE="yes" is not "allow"'],
  ])('rejects %j with a message saying what to fix', (env, message) => {
    expect(() => readHubConfig(env)).toThrow(HubConfigError);
    expect(() => readHubConfig(env)).toThrow(message);
  });
});

describe('openHubDatabase with bad configuration', () => {
  it('names an unusable DATA_DIR', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'waypoint-')), 'not-a-folder');
    writeFileSync(file, '');
    await expect(openHubDatabase({ dataDir: file, databaseUrl: undefined })).rejects.toThrow(
      `DATA_DIR="${file}" cannot be used (ENOTDIR`,
    );
  });

  it('names an unreachable DATABASE_URL without printing its password', async () => {
    const attempt = openHubDatabase({
      dataDir: '',
      databaseUrl: 'postgres://hub:secret@127.0.0.1:1/waypoint',
    });
    await expect(attempt).rejects.toThrow(HubConfigError);
    await expect(attempt).rejects.toThrow(
      'Cannot use DATABASE_URL=postgres://hub:***@127.0.0.1:1/waypoint (ECONNREFUSED',
    );
  });
});

it('redacts passwords from connection strings', () => {
  expect(redactDatabaseUrl('postgres://u:p@h/db')).toBe('postgres://u:***@h/db');
  expect(redactDatabaseUrl('postgres://u@h/db')).toBe('postgres://u@h/db');
});
