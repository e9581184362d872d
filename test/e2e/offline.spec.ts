import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('/en/');
  // "activated" comes after install, i.e. after every page was precached.
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state === 'activated';
  });
  await page.context().setOffline(true);
});

test('offline, a lesson never opened before renders from the service worker', async ({ page }) => {
  const response = await page.goto('/ar/canada/adult/housing/housing-safety-at-home/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('article h1')).toHaveText('السلامة في البيت');
  // The island's scripts are precached too, so progress is still recorded offline.
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');
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
