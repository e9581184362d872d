import { expect, test } from '@playwright/test';
import { createCohort } from './trainer-support.ts';

test('a trainer ticks the modules delivered on each day and keeps notes, across a reload', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await page.goto(`/en/trainer/course/?cohort=${cohortId}`);
  await expect(page.locator('.course-days[data-loaded="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Adults' })).toBeVisible();
  // Day 1 of the Canada adult three-day plan starts with the journey.
  const journey = page.getByLabel(/Your journey: documents, airport and flight/);
  await journey.check();
  await page
    .getByLabel('Notes: questions raised, concerns')
    .fill('Many questions about winter clothes.');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByRole('status')).toHaveText('Notes saved on this tablet.');

  await page.getByRole('button', { name: 'Day 3' }).click();
  await expect(page.getByLabel(/Safety at home: help with gender-based violence/)).toBeVisible();
  await expect(page.getByLabel('Notes: questions raised, concerns')).toHaveValue('');

  await page.reload();
  await expect(page.locator('.course-days[data-loaded="true"]')).toBeVisible();
  await expect(journey).toBeChecked();
  await expect(page.getByLabel('Notes: questions raised, concerns')).toHaveValue(
    'Many questions about winter clothes.',
  );
  // Wait for the untick to be saved (one more event) before reloading.
  const section = page.locator('.course-days');
  const before = Number(await section.getAttribute('data-recorded'));
  await journey.uncheck();
  await expect(section).toHaveAttribute('data-recorded', String(before + 1));
  await page.reload();
  await expect(page.getByLabel(/Your journey: documents, airport and flight/)).not.toBeChecked();
});
