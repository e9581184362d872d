import { expect, test } from '@playwright/test';
import { addParticipants, createCohort } from './trainer-support.ts';

test('certificates go to those who attended every day, print one per page, and read in Arabic', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await addParticipants(page, cohortId, ['Amina', 'Omar']);
  await page.goto(`/en/trainer/register/?cohort=${cohortId}`);
  await expect(page.locator('.register[data-loaded="true"]')).toBeVisible();
  for (const day of [1, 2, 3]) {
    await page.getByRole('button', { name: `Day ${day}`, exact: true }).click();
    await page.locator('[data-name="Amina"]').click();
    if (day === 1) await page.locator('[data-name="Omar"]').click();
    await expect(page.locator('[data-name="Amina"]')).toHaveAttribute('data-status', 'present');
  }

  await page.goto(`/en/trainer/certificates/?cohort=${cohortId}`);
  await expect(page.getByText('1 participant attended every course day.')).toBeVisible();
  await expect(page.locator('[data-certificate]')).toHaveCount(1);
  await expect(page.locator('[data-certificate="Amina"]')).toContainText(
    'took part in the pre-departure orientation course for Canada',
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print certificates' })).toBeHidden();
  await expect(page.locator('[data-certificate="Amina"]')).toBeVisible();
  expect(await page.locator('.certificate').evaluate((el) => getComputedStyle(el).breakAfter)).toBe(
    'page',
  );

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/ar/trainer/certificates/?cohort=${cohortId}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-certificate="Amina"] h2')).toHaveText('شهادة مشاركة');
  await expect(page.locator('[data-certificate="Amina"]')).toContainText('كندا');
});
