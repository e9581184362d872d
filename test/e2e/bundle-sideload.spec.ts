import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  bundleRow,
  downloadBundle,
  openDownloads,
  passTrainerGate,
  serviceWorkerReady,
} from './bundles-support.ts';

test.describe.configure({ timeout: 240_000 });

test('a bundle saved to a file is refused when damaged and installs on an offline tablet when whole', async ({
  page,
  browser,
}, testInfo) => {
  await openDownloads(page);
  await downloadBundle(page, 'canada-fr');
  const saving = page.waitForEvent('download');
  await bundleRow(page, 'canada-fr').getByRole('button', { name: 'Save to a file' }).click();
  const zip = readFileSync((await (await saving).path())!);

  // Another tablet: a fresh browser profile that has the app but was never online for this bundle.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const tablet = await other.newPage();
  await tablet.goto('/en/downloads/');
  await serviceWorkerReady(tablet);
  await other.setOffline(true);
  await tablet.reload();
  await passTrainerGate(tablet);
  await expect(tablet.locator('.bundles[data-loaded="true"]')).toBeVisible();

  const damaged = Buffer.from(zip);
  const middle = Math.floor(damaged.length / 2);
  damaged[middle] = damaged[middle]! ^ 0xff;
  const input = tablet.locator('input[type="file"]');
  await input.setInputFiles({
    name: 'canada-fr.zip',
    mimeType: 'application/zip',
    buffer: damaged,
  });
  await expect(tablet.getByRole('status')).toContainText('The file was not added');
  await expect(tablet.locator('[data-bundle="canada-fr"]')).toHaveCount(0);

  await input.setInputFiles({ name: 'canada-fr.zip', mimeType: 'application/zip', buffer: zip });
  await expect(tablet.getByRole('status')).toContainText('was added from the file');
  await expect(bundleRow(tablet, 'canada-fr')).toHaveAttribute('data-state', 'ready');
  const lesson = await tablet.goto('/fr/canada/adult/health/');
  expect(lesson?.fromServiceWorker()).toBe(true);
  await expect(tablet.locator('h1')).toBeVisible();
  await other.close();
});
