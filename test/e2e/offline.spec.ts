import { expect, test } from '@playwright/test';
import { serviceWorkerReady } from './bundles-support.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/en/');
  await serviceWorkerReady(page);
  await page.context().setOffline(true);
});

test('offline, the app shell still opens', async ({ page }) => {
  const response = await page.goto('/ar/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator(`main a[href="/ar/canada/"]`)).toBeVisible();
});

test('offline, a page of a bundle not on the tablet names the bundle to download', async ({
  page,
}) => {
  const response = await page.goto('/ar/germany/adult/health/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'هذه الدورة ليست على هذا الجهاز',
  );
  await expect(page.locator('[data-bundle-name]')).toHaveText('ألمانيا · العربية');
  await expect(page.getByRole('link', { name: 'افتح التنزيلات' })).toHaveAttribute(
    'href',
    '/ar/downloads/',
  );
});

test('offline, an unknown English URL gets the friendly offline page', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
});

test('offline, an unknown Arabic URL gets the Arabic offline page', async ({ page }) => {
  await page.goto('/ar/nothing/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أنت غير متصل بالإنترنت');
});
