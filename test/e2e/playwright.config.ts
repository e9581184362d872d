import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// A port of its own: a reused or moved server would be somebody else's page (stack.md).
// WAYPOINT_E2E_PORT lets a second checkout run its suite beside this one.
const port = Number(process.env['WAYPOINT_E2E_PORT'] ?? 4399);
const baseURL = `http://127.0.0.1:${port}`;
// run.ts makes (and later removes) the folder; Playwright loads this file again in every
// worker, so the env var also keeps a direct `playwright test` to one folder per run.
const dataDir = (process.env['WAYPOINT_E2E_DATA_DIR'] ??= mkdtempSync(
  join(tmpdir(), 'waypoint-e2e-'),
));

export default defineConfig({
  testDir: import.meta.dirname,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // A fake microphone, so trainers' narration recording runs without hardware.
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  // Classes use tablets; one size keeps the run short.
  projects: [
    {
      name: 'tablet',
      use: { browserName: 'chromium', viewport: { width: 820, height: 1180 }, hasTouch: true },
    },
  ],
  webServer: {
    command: 'node src/server/start.ts',
    cwd: join(import.meta.dirname, '../..'),
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      // A fresh embedded database each run; an empty DATABASE_URL keeps a developer's
      // PostgreSQL out of it, so e2e always covers the default setup.
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      // The suites make their own accounts and cohorts; the demo's would change what they see.
      WAYPOINT_DEMO: '0',
    },
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
