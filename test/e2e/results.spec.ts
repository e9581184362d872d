import { expect, test } from '@playwright/test';
import { addParticipants, createCohort } from './trainer-support.ts';

test('scored pre- and post-tests show results by key message and flag weak ones', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await addParticipants(page, cohortId, ['Amina', 'Omar']);
  await page.goto(`/en/trainer/results/?cohort=${cohortId}`);
  await expect(page.locator('.results[data-loaded="true"]')).toBeVisible();
  await expect(page.getByText('No scores yet.')).toHaveCount(2);

  // Amina (registered first) takes form A before the course and form B after; Omar the reverse.
  await expect(page.getByRole('heading', { name: 'Form A' })).toBeVisible();
  const journeyPre = page.locator('[data-item="journey-documents-a"]');
  await journeyPre.getByRole('button', { name: 'Wrong' }).click();
  await expect(journeyPre).toHaveAttribute('data-scored', 'false');

  await page.getByLabel('Post-test').check();
  await expect(page.getByRole('heading', { name: 'Form B' })).toBeVisible();
  await page
    .locator('[data-item="journey-documents-b"]')
    .getByRole('button', { name: 'Right' })
    .click();
  const doctor = page.locator('[data-item="health-where-to-go-b"]');
  await doctor.getByRole('button', { name: 'Wrong' }).click();
  await expect(doctor).toHaveAttribute('data-scored', 'false');

  await page.getByLabel('Learner').selectOption({ label: 'Omar' });
  await expect(page.getByRole('heading', { name: 'Form A' })).toBeVisible();
  const omarsDoctor = page.locator('[data-item="health-where-to-go-a"]');
  await omarsDoctor.getByRole('button', { name: 'Wrong' }).click();
  await expect(omarsDoctor).toHaveAttribute('data-scored', 'false');

  await page.reload();
  await expect(page.locator('.results[data-loaded="true"]')).toBeVisible();
  // Per learner: Amina's own table shows her pre and post scores.
  await page.getByLabel('Learner').selectOption({ label: 'Amina' });
  const mine = page.locator('table[data-scope="learner"] tr[data-objective="journey-documents"]');
  await expect(mine.locator('td').nth(1)).toHaveText('0%');
  await expect(mine.locator('td').nth(2)).toHaveText('100%');
  const documents = page.locator(
    'table[data-scope="cohort"] tr[data-objective="journey-documents"]',
  );
  await expect(documents.locator('td').nth(1)).toHaveText('0%');
  await expect(documents.locator('td').nth(2)).toHaveText('100%');
  await expect(documents).toHaveAttribute('data-flagged', 'false');
  const health = page.locator('table[data-scope="cohort"] tr[data-objective="health-where-to-go"]');
  await expect(health).toHaveAttribute('data-flagged', 'true');
  await expect(health).toContainText('Re-emphasise after arrival');
  // GBV knowledge is never scored per person.
  await expect(page.locator('[data-item^="gbv-"]')).toHaveCount(0);
});
