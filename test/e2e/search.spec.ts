import { expect, test, type Page } from '@playwright/test';
import { downloadBundle, fetchManifest, openDownloads } from './bundles-support.ts';

const bankLesson = 'first-days-bank-and-money';

function results(page: Page) {
  return page.locator('ol.results > li');
}

async function searchReady(page: Page) {
  await expect(page.locator('.outcome[data-ready="true"]')).toBeVisible();
}

test('a learner searches from a lesson, opens a result and comes back to the results', async ({
  page,
}) => {
  await page.goto('/en/canada/adult/housing/housing-lease-and-rent/');
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await box.fill('bank');
  await box.press('Enter');

  await expect(page).toHaveURL(/\/en\/search\/\?.*q=bank/);
  await searchReady(page);
  await expect(page.getByRole('status')).toHaveText(/lessons? talks? about “bank”/);
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveText('The bank and your money');
  await expect(first.locator('.place')).toHaveText('Your first days and weeks · Adults');
  await expect(first.locator('.snippet mark').first()).toHaveText(/bank/i);
  // The learner came from the adult course: every result is a lesson of that course.
  for (const href of await results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/canada\/adult\//);
  }

  await first.getByRole('link').click();
  await expect(page).toHaveURL(`/en/canada/adult/first-days/${bankLesson}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The bank and your money');

  await page.goBack();
  await searchReady(page);
  await expect(page.getByRole('searchbox', { name: 'Search the lessons' })).toHaveValue('bank');
  await expect(results(page).first().getByRole('link')).toHaveText('The bank and your money');
});

test('empty and no-result states are friendly, in Arabic, right to left', async ({ page }) => {
  await page.goto('/ar/search/?destination=canada');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await searchReady(page);
  await expect(page.getByRole('status')).toContainText('اكتب كلمة لتجد الدروس');
  await expect(results(page)).toHaveCount(0);

  await page.getByRole('searchbox').fill('xylophone');
  await expect(page.getByRole('status')).toHaveText(
    'لا يوجد درس يتحدث عن «xylophone». جرّب كلمة أقصر أو كلمة أخرى.',
  );

  await page.getByRole('searchbox').fill('بنك');
  await expect(results(page).first().getByRole('link')).toHaveText('البنك ومالك');
  await expect(results(page).first().locator('mark').first()).toBeVisible();
});

const wordPerLocale: [string, string][] = [
  ['en', 'banks'],
  ['ar', 'بنك'],
  ['fa-AF', 'بانك'],
  ['ps', 'بانک'],
  ['uk', 'банку'],
  ['fr', 'banques'],
];
for (const [locale, word] of wordPerLocale) {
  test(`${locale}: "${word}" finds the lesson on banks`, async ({ page }) => {
    await page.goto(`/${locale}/search/?destination=canada&q=${encodeURIComponent(word)}`);
    await searchReady(page);
    await expect(results(page).first().getByRole('link')).toHaveAttribute(
      'href',
      new RegExp(`^/${locale}/canada/(adult|youth)/first-days/${bankLesson}/$`),
    );
  });
}

test('a trainer picks the country and the course to search', async ({ page }) => {
  await page.goto('/en/trainer/');
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await box.fill('school');
  await box.press('Enter');
  await searchReady(page);
  await page.getByRole('combobox', { name: 'Country' }).selectOption('germany');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', /^\/en\/germany\//);
  await page.getByRole('combobox', { name: 'Course' }).selectOption('child');
  for (const href of await results(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/germany\/child\//);
  }
  await expect(page).toHaveURL(/destination=germany/);
});

test('pages that do not search load neither the index nor the search code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/en/canada/adult/first-days/first-days-bank-and-money/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => /search\.json|lesson-search/.test(path))).toEqual([]);
  await page.goto('/en/search/?destination=canada&q=bank');
  await searchReady(page);
  expect(fetched).toContain('/en/canada/search.json');
});

test.describe('offline', () => {
  test.describe.configure({ timeout: 180_000 });

  test('search works with the network off once the course is downloaded, and says so when it is not', async ({
    page,
  }) => {
    const manifest = await fetchManifest(page, 'canada-ar');
    expect(manifest.files.map((file) => file.url)).toContain('/ar/canada/search.json');
    await openDownloads(page);
    await downloadBundle(page, 'canada-ar');

    await page.context().setOffline(true);
    const response = await page.goto(
      '/ar/search/?destination=canada&q=' + encodeURIComponent('طبيب'),
    );
    expect(response?.fromServiceWorker()).toBe(true);
    await searchReady(page);
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await results(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

    await page.goto('/ar/search/?destination=germany&q=' + encodeURIComponent('طبيب'));
    await expect(page.getByRole('status')).toHaveText(
      'يحتاج البحث إلى وجود هذه الدورة على الجهاز. يمكن للمدرّب تنزيلها من شاشة التنزيلات.',
    );
  });
});
