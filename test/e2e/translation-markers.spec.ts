import { expect, test } from '@playwright/test';

test('a draft translation is marked on the page', async ({ page }) => {
  await page.goto('/ar/canada/adult/housing/');
  await expect(page.locator('[data-text-state="draft"]')).toHaveText(
    'ترجمة أولية: لم يراجعها متحدث باللغة بعد',
  );
});

test('English shown in place of a missing translation is marked and tagged as English', async ({
  page,
}) => {
  await page.goto('/uk/australia/child/child-journey/');
  await expect(page.locator('[data-text-state="fallback"]')).toHaveText(
    'Ще не перекладено: показано англійською',
  );
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
});

test('English source text carries no marker', async ({ page }) => {
  await page.goto('/en/canada/adult/housing/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-text-state]')).toHaveCount(0);
});

test('trainers find the notes and the answer key for both test forms on a module page', async ({
  page,
}) => {
  await page.goto('/en/germany/youth/youth-school/');
  await page.getByText('Trainer notes').click();
  await expect(page.getByText('Materials', { exact: true })).toBeVisible();
  await page.getByText('Check questions for the pre- and post-test').click();
  await expect(page.getByRole('heading', { name: 'Form A' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Form B' })).toBeVisible();
  const items = page.locator('[data-quiz-item]');
  expect(await items.count()).toBeGreaterThanOrEqual(6);
  await expect(items.first().locator('.correct')).toHaveCount(1);
});
