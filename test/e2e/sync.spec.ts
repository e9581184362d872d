import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';
import { addParticipants, createCohort } from './trainer-support.ts';

/** One of the one-time codes run.ts made with `npm run hub -- enrol-code` before the hub started. */
function enrolmentCode(index: number): string {
  const file = join(process.env['WAYPOINT_E2E_DATA_DIR'] ?? '', 'enrolment-codes.json');
  const codes = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const code = codes[index];
  if (!code)
    throw new Error(`no enrolment code ${index} in ${file}: run the tests with npm run test:e2e`);
  return code;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Sending records to the hub' });

async function enrol(page: Page, code: string) {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await expect(panel(page)).toHaveAttribute('data-loaded', 'true');
  await panel(page).getByLabel('Enrolment code').fill(code);
  await panel(page).getByLabel('Name of this tablet').fill('Tablet 7, Beirut');
  await panel(page).getByRole('button', { name: 'Enrol this tablet' }).click();
}

test('a trainer enrols the tablet with the operator’s code and its records reach the hub', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await addParticipants(page, cohortId, ['Amina', 'Omar', 'Layla']);
  await page.goto('/en/trainer/');
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(
    'This tablet is not enrolled yet: records are kept here and not sent.',
  );

  await enrol(page, 'AAAA-BBBB-CCCC-DDDD');
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Not enrolled: this enrolment code is not known: check it with the operator',
  );
  await enrol(page, enrolmentCode(0));
  await expect(panel(page).getByText('Enrolled as Tablet 7, Beirut (E2E).')).toBeVisible();
  // Enrolling sends at once: everything queued so far reaches the hub.
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(
    /^Everything is sent · last sent /,
  );

  // Offline, a new record waits on the tablet, counted; back online, it goes by itself.
  await page.context().setOffline(true);
  await addParticipants(page, cohortId, ['Yusuf']);
  await page.goto('/en/trainer/participants/?cohort=' + cohortId);
  const status = page.getByRole('region', { name: 'Sending records to the hub' });
  await expect(status.locator('[data-sync-status]')).toHaveText(
    /^\d+ records? not yet sent · last sent /,
  );
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByRole('alert')).toContainText('The last try did not work:');
  await page.context().setOffline(false);
  await expect(status.locator('[data-sync-status]')).toHaveText(/^Everything is sent · /, {
    timeout: 15_000,
  });

  // A code works once.
  await page.evaluate(() => indexedDB.deleteDatabase('waypoint'));
  await enrol(page, enrolmentCode(0));
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Not enrolled: this enrolment code was already used: ask the operator for a new one',
  );
});
