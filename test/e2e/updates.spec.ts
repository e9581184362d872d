import { expect, test } from '@playwright/test';
import { bundleRow, downloadBundle, openDownloads, serviceWorkerReady } from './bundles-support.ts';
import { editBuiltFile, republishBundle } from './dist-files.ts';

// These tests change built files the way a new deployment does; run them one at a time.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

test('after one lesson changes, the update is offered at its small size and applies', async ({
  page,
}) => {
  await openDownloads(page);
  await downloadBundle(page, 'united-states-uk');

  const changedUrl = '/uk/united-states/child/';
  const page$ = editBuiltFile('uk/united-states/child/index.html', (html) =>
    html.replace('</main>', '<p id="revised">revised</p></main>'),
  );
  const republished = republishBundle(
    'united-states-uk',
    changedUrl,
    'uk/united-states/child/index.html',
  );
  try {
    await page.reload();
    const row = bundleRow(page, 'united-states-uk');
    await expect(row).toHaveAttribute('data-state', 'update-available');
    await expect(row).toContainText(/Update available: \d+ kB/);

    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!path.startsWith('/bundles/')) fetched.push(path);
    });
    await row.getByRole('button', { name: 'Update' }).click();
    await expect(row).toHaveAttribute('data-state', 'ready');
    expect(fetched).toEqual([changedUrl]);

    await page.context().setOffline(true);
    await page.goto(changedUrl);
    await expect(page.locator('#revised')).toBeVisible();
  } finally {
    republished.restore();
    page$.restore();
  }
});

test('a new app version shows "Update ready" and takes over on the tap', async ({ page }) => {
  await page.goto('/en/');
  await serviceWorkerReady(page);
  const deployment = editBuiltFile('sw.js', (code) => `${code}\n// next version\n`);
  try {
    await page.reload();
    const bar = page.locator('.update-ready');
    await expect(bar).toBeVisible({ timeout: 30_000 });
    await expect(bar).toContainText('A new version of Waypoint is ready.');
    const reloaded = page.waitForEvent('load');
    await bar.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    await expect(page.locator('.update-ready')).toBeHidden();
  } finally {
    deployment.restore();
  }
});

test('Waypoint passes Chromium’s installability checks', async ({ page }) => {
  await page.goto('/ar/');
  await serviceWorkerReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browsers run like private windows, where Chromium never offers installing.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('/ar/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({
    name: 'وايبوينت',
    start_url: '/ar/',
    display: 'standalone',
    dir: 'rtl',
  });
});
