import { expect, test } from '@playwright/test';
import { createCohort } from './trainer-support.ts';

test('learners give anonymous end-of-day feedback; the trainer sees the summary and the questions', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await page.goto(`/en/trainer/course/?cohort=${cohortId}`);
  await expect(page.locator('.course-days[data-loaded="true"]')).toBeVisible();
  await page.getByRole('link', { name: "Open today's feedback for learners" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/feedback/\\?cohort=${cohortId}&day=1`));
  // Learners pass the tablet round without the PIN.
  await expect(page.locator('form[data-gate]')).toHaveCount(0);

  for (const [face, helped, question] of [
    ['Very good', 'Housing', 'Can we bring our own medicine on the plane?'],
    ['Good', 'Housing', ''],
    ['Bad', 'Your first days and weeks', ''],
  ] as const) {
    await page.getByText(face, { exact: true }).click();
    await page.getByText(helped, { exact: true }).click();
    if (question) await page.getByLabel('A question or a worry? (No name is kept.)').fill(question);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Thank you! Pass the tablet to the next person.',
    );
    await expect(page.locator('form.feedback')).toBeVisible({ timeout: 10_000 });
  }

  await page.goto(`/en/trainer/results/?cohort=${cohortId}`);
  await expect(page.locator('[data-feedback-summary]')).toHaveText('3 answers · average 3.7 of 5');
  await expect(page.getByText('Housing: 2')).toBeVisible();
  await expect(page.getByText('Can we bring our own medicine on the plane?')).toBeVisible();
});
