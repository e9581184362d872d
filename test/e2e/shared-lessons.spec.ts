import { expect, test } from '@playwright/test';
import { BUNDLE_CACHE } from '../../src/domain/bundle-caches.ts';
import { downloadBundle, fetchManifest, openDownloads } from './bundles-support.ts';

test.describe.configure({ timeout: 180_000 });

test('lessons shared by two countries’ courses are stored once on the tablet', async ({ page }) => {
  const canada = await fetchManifest(page, 'canada-ar');
  const germany = await fetchManifest(page, 'germany-ar');
  const urls = (manifest: typeof canada) => manifest.files.map((file) => file.url);
  // Lesson pages travel as one shared copy per language, never as a course's own page.
  expect(urls(canada).filter((url) => url.split('/').filter(Boolean).length === 5)).toEqual([]);
  const shared = urls(canada).filter((url) => urls(germany).includes(url));
  expect(shared).toContain('/ar/lessons/culture-shock-stages/');
  expect(shared.filter((url) => url.startsWith('/ar/lessons/')).length).toBeGreaterThan(30);

  await openDownloads(page);
  await downloadBundle(page, 'canada-ar');
  await downloadBundle(page, 'germany-ar');
  const stored = await page.evaluate(async (cacheName) => {
    const cache = await caches.open(cacheName);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, BUNDLE_CACHE);
  const union = new Set([...urls(canada), ...urls(germany)]);
  expect(new Set(stored)).toEqual(union);
  expect(stored.length).toBe(union.size);
  expect(stored.length).toBeLessThan(canada.files.length + germany.files.length - 30);
});

test('offline, one stored lesson page answers each course with that course’s way around', async ({
  page,
}) => {
  await openDownloads(page);
  await downloadBundle(page, 'canada-ar');
  await page.context().setOffline(true);

  const lesson = 'cultural-adaptation/culture-connections-wellbeing/';
  for (const [audience, label] of [
    ['adult', 'البالغون'],
    ['youth', 'الشباب'],
  ] as const) {
    const response = await page.goto(`/ar/canada/${audience}/${lesson}`);
    expect(response?.fromServiceWorker()).toBe(true);
    const trail = page.getByRole('navigation', { name: 'أين أنت' });
    await expect(trail.getByRole('link', { name: label })).toHaveAttribute(
      'href',
      `/ar/canada/${audience}/`,
    );
    await expect(page.locator('.onward a.button').last()).toHaveAttribute(
      'href',
      new RegExp(`^/ar/canada/${audience}/`),
    );
    await expect(page.locator('header a[hreflang="en"]')).toHaveAttribute(
      'href',
      `/en/canada/${audience}/${lesson}`,
    );
    // The header's search stays in the course the address names.
    await page.getByRole('searchbox', { name: 'ابحث في الدروس' }).fill('صدمة');
    await page.getByRole('searchbox', { name: 'ابحث في الدروس' }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`destination=canada.*audience=${audience}`));
  }
});
