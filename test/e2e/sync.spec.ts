import { expect, test } from '@playwright/test';
import { downloadBundle, openDownloads, serviceWorkerReady } from './bundles-support.ts';
import { enrol, enrolmentCode, panel } from './sync-support.ts';
import { addParticipants, createCohort } from './trainer-support.ts';

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
    'Not enrolled: the hub does not know this code: check it with the operator',
  );
  await enrol(page, enrolmentCode(0));
  await expect(panel(page).getByText('Enrolled as Tablet 7, Beirut (E2E).')).toBeVisible();
  // Enrolling sends at once: everything queued so far reaches the hub.
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(
    /^Everything is sent · last sent /,
  );

  // Offline, a new record waits on the tablet, counted; back online, it goes by itself.
  await serviceWorkerReady(page);
  await page.context().setOffline(true);
  await addParticipants(page, cohortId, ['Yusuf']);
  await page.goto('/en/trainer/participants/?cohort=' + cohortId);
  const status = page.getByRole('region', { name: 'Sending records to the hub' });
  await expect(status.locator('[data-sync-status]')).toHaveText(
    /^\d+ records? not yet sent · last sent /,
  );
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByRole('alert')).toContainText(
    'The last try did not work: the hub cannot be reached.',
  );
  await page.context().setOffline(false);
  await expect(status.locator('[data-sync-status]')).toHaveText(/^Everything is sent · /, {
    timeout: 15_000,
  });

  // A code works once.
  await page.evaluate(() => indexedDB.deleteDatabase('waypoint'));
  await enrol(page, enrolmentCode(0));
  await expect(panel(page).getByRole('alert')).toHaveText(
    'Not enrolled: this code has already been used: ask the operator for a new one',
  );
});

test('a second tablet of the programme receives the class and its roster, names only with consent', async ({
  page,
  browser,
}) => {
  const cohortId = await createCohort(page, 'Tyre community centre');
  await addParticipants(page, cohortId, ['Mariam', 'Hassan']);
  await enrol(page, enrolmentCode(1));
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^Everything is sent · /);

  const otherTablet = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const second = await otherTablet.newPage();
  // This tablet holds an older Canada course than the hub now serves.
  await openDownloads(second);
  await downloadBundle(second, 'canada-en');
  await second.evaluate(() => {
    const open = indexedDB.open('waypoint');
    return new Promise<void>((resolve, reject) => {
      open.onsuccess = () => {
        const tx = open.result.transaction('installedBundles', 'readwrite');
        const store = tx.objectStore('installedBundles');
        const row = store.get('canada-en');
        row.onsuccess = () =>
          store.put({
            ...row.result,
            manifest: { ...row.result.manifest, version: '0'.repeat(16) },
          });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
  await enrol(second, enrolmentCode(2));
  await expect(panel(second).locator('[data-sync-received]')).toHaveText(
    /^Classes and rosters from other tablets last received /,
  );
  // The class goes to Canada, so the hub offers its Canada courses: one is newer than this.
  const updates = panel(second).locator('[data-content-updates]');
  await expect(updates).toHaveText(
    'The hub has newer content for 1 downloaded course. Update on the Downloads screen',
  );
  await updates.getByRole('link', { name: 'Update on the Downloads screen' }).click();
  await expect(second).toHaveURL(/\/en\/downloads\/$/);
  await second.goto(`/en/trainer/participants/?cohort=${cohortId}`);
  await expect(second.locator('.participants[data-loaded="true"]')).toBeVisible();
  // No consent to share was recorded: the hub, and so the second tablet, has pseudonyms only.
  await expect(second.locator('[data-participant^="P-"]')).toHaveCount(2);
  await expect(second.getByText('Mariam')).toHaveCount(0);
  await otherTablet.close();
});

test('a revoked tablet says so in the trainer’s language and is enrolled again, sending what waited', async ({
  page,
}) => {
  const cohortId = await createCohort(page, 'Baalbek centre');
  await enrol(page, enrolmentCode(5));
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^Everything is sent · /);
  // The operator revokes the tablet: the hub refuses its token from now on.
  // On the context: the service worker makes the push, and page routes do not see it.
  await page.context().route('**/api/sync/push', (route) =>
    route.fulfill({
      status: 403,
      json: {
        error: 'this tablet was revoked by the operator: enrol it again',
        problem: 'revoked',
      },
    }),
  );
  await addParticipants(page, cohortId, ['Rami']);
  await page.goto('/ar/trainer/');
  const arabicPanel = page.getByRole('region', { name: 'إرسال السجلات إلى الخادم' });
  await expect(arabicPanel.getByRole('alert')).toContainText(
    'ألغت الجهة المشغّلة ربط هذا الجهاز: اربطه من جديد برمز جديد',
  );

  await page.goto('/en/trainer/');
  await expect(panel(page).getByRole('alert')).toContainText(
    "the operator has withdrawn this tablet's enrolment: enrol it again with a new code",
  );
  await expect(panel(page).getByRole('heading', { name: 'Enrol this tablet again' })).toBeVisible();
  await expect(panel(page).getByLabel('Name of this tablet')).toHaveValue('Tablet 7, Beirut');
  await page.context().unroute('**/api/sync/push');
  await panel(page).getByLabel('Enrolment code').fill(enrolmentCode(6));
  await panel(page).getByRole('button', { name: 'Enrol this tablet' }).click();
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^Everything is sent · /);
  await expect(panel(page).getByRole('alert')).toHaveCount(0);
  await expect(panel(page).getByRole('heading', { name: 'Enrol this tablet again' })).toHaveCount(
    0,
  );
});
