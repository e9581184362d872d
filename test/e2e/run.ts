// `npm run test:e2e`: makes sure a Chromium exists, then runs Playwright against it.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { findChromium } from './chromium.ts';
import { makeEnrolmentCodes } from './enrolment-codes.ts';
import { addOperator } from './operator-account.ts';

const root = join(import.meta.dirname, '../..');

let chromium: string;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// A fresh embedded database per run, removed once Playwright has stopped the server.
const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-'));

// Enrolment codes for the sync tests, made with the operator's command before the hub starts
// (the embedded database belongs to one process at a time).
let codes: string[];
try {
  codes = makeEnrolmentCodes({ DATA_DIR: dataDir, DATABASE_URL: '' }, 10, 'E2E');
} catch (error) {
  console.error(`Could not make enrolment codes for the sync tests: ${(error as Error).message}`);
  process.exit(1);
}
writeFileSync(join(dataDir, 'enrolment-codes.json'), JSON.stringify(codes));
// The operator the operator page's tests sign in as, made the same way and for the same reason.
const operator = { email: 'operator@example.org', password: randomBytes(18).toString('base64url') };
try {
  addOperator({ DATA_DIR: dataDir, DATABASE_URL: '' }, operator.email, operator.password);
} catch (error) {
  console.error(`Could not make the operator account: ${(error as Error).message}`);
  process.exit(1);
}
writeFileSync(join(dataDir, 'operator.json'), JSON.stringify(operator));
// This Node (24) first on PATH, so Playwright and the `node` in its webServer command use it too.
const path = [dirname(process.execPath), process.env['PATH']].filter(Boolean).join(delimiter);
const result = spawnSync(
  join(root, 'node_modules/.bin/playwright'),
  ['test', '-c', 'test/e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: path, CHROMIUM_PATH: chromium, WAYPOINT_E2E_DATA_DIR: dataDir },
  },
);
rmSync(dataDir, { recursive: true, force: true });
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
