import { expect, test } from '@playwright/test';
import {
  bundleRow,
  cutConnection,
  downloadBundle,
  fetchManifest,
  openDownloads,
  passTrainerGate,
  throttle,
} from './bundles-support.ts';

// Each test downloads megabytes through a throttled connection: give them room.
test.describe.configure({ timeout: 240_000 });

test('a bundle downloaded on a slow connection serves every one of its files offline', async ({
  page,
}) => {
  const manifest = await fetchManifest(page, 'canada-ar');
  await openDownloads(page);
  await throttle(page, 16_000_000);
  await downloadBundle(page, 'canada-ar');
  await expect(bundleRow(page, 'canada-ar')).toContainText('Ready to use offline');

  await page.context().setOffline(true);
  const notFromCache: string[] = [];
  for (const file of manifest.files) {
    if (file.url.endsWith('/')) {
      const response = await page.goto(file.url);
      if (!response?.fromServiceWorker() || !response.ok()) notFromCache.push(file.url);
    } else {
      // With the network off, only the service worker can answer this fetch.
      const ok = await page.evaluate(async (url) => (await fetch(url)).ok, file.url);
      if (!ok) notFromCache.push(file.url);
    }
  }
  expect(notFromCache).toEqual([]);
  expect(manifest.files.length).toBeGreaterThan(50);
});

test('a download cut off mid-way resumes where it stopped and completes', async ({ page }) => {
  await openDownloads(page);
  await throttle(page, 2_000_000);
  const row = bundleRow(page, 'australia-en');
  await row.getByRole('button', { name: 'Download' }).click();
  await expect(row.locator('progress')).toBeVisible();
  await expect
    .poll(async () => Number(await row.locator('progress').getAttribute('value')))
    .toBeGreaterThan(5);
  await cutConnection(page);
  await expect(row).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
  await expect(row).toContainText('Stopped: no connection');

  await throttle(page, 50_000_000);
  const fetchedAfterResume: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/bundles/')) fetchedAfterResume.push(path);
  });
  await row.getByRole('button', { name: 'Retry' }).click();
  await expect(row).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  const manifest = await fetchManifest(page, 'australia-en');
  expect(fetchedAfterResume.length).toBeGreaterThan(0);
  expect(fetchedAfterResume.length).toBeLessThan(manifest.files.length);

  await page.context().setOffline(true);
  const response = await page.goto('/en/australia/adult/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your course');
});

test('the Downloads screen starts with the courses in its own language', async ({ page }) => {
  await page.goto('/en/downloads/');
  await passTrainerGate(page);
  await page.goto('/ar/downloads/');
  await expect(page.locator('.bundles[data-loaded="true"]')).toBeVisible();
  const rows = page.locator('[data-bundle]');
  await expect(rows).toHaveCount(4);
  for (const id of await rows.evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-bundle')),
  )) {
    expect(id).toMatch(/-ar$/);
  }
  await page.getByRole('button', { name: /اعرض الدورات بكل اللغات/ }).click();
  await expect(rows).toHaveCount(24);
});
