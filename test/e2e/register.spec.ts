import { expect, test } from '@playwright/test';
import { addParticipants, createCohort, twentyFive } from './trainer-support.ts';

test.describe.configure({ timeout: 180_000 });

test('attendance for 25 people over two days, with a correction, survives a reload and reads in Arabic', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await addParticipants(page, cohortId, twentyFive);

  await page.goto(`/en/trainer/register/?cohort=${cohortId}`);
  const register = page.locator('.register[data-loaded="true"]');
  await expect(register).toBeVisible();
  await expect(page.getByRole('button', { name: /^Day \d$/ })).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'Family 1' })).toBeVisible();

  // Day 1: one tap per person.
  for (const name of twentyFive) await page.locator(`[data-name="${name}"]`).click();
  await expect(page.locator('[data-status="present"]')).toHaveCount(25);
  // A correction: Learner 07 was absent after all.
  await page.locator('[data-name="Learner 07"]').click();
  await expect(page.locator('[data-name="Learner 07"]')).toHaveAttribute('data-status', 'absent');
  // A quick double tap moves twice (absent → late → left early), then two more taps bring it back.
  await page.locator('[data-name="Learner 08"]').dblclick();
  await expect(page.locator('[data-name="Learner 08"]')).toHaveAttribute('data-status', 'late');
  await page.locator('[data-name="Learner 08"]').dblclick();
  await expect(page.locator('[data-name="Learner 08"]')).toHaveAttribute('data-status', 'present');

  // Day 2: everyone present at once, after a confirmation.
  await page.getByRole('button', { name: 'Day 2' }).click();
  await expect(page.locator('[data-status="unmarked"]')).toHaveCount(25);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('Mark the 25 people not yet marked as present?');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'All present' }).click();
  await expect(page.locator('[data-status="present"]')).toHaveCount(25);

  await page.reload();
  await expect(register).toBeVisible();
  await expect(
    page.getByText('Present 24 · Absent 1 · Late 0 · Left early 0 · Not marked 0'),
  ).toBeVisible();
  const corrected = page.locator('li', { has: page.locator('[data-name="Learner 07"]') });
  await corrected.getByText('Earlier marks').click();
  await expect(corrected.locator('ol li')).toHaveText([/Present/]);
  await page.getByRole('button', { name: 'Day 2' }).click();
  await expect(page.locator('[data-status="present"]')).toHaveCount(25);

  await page.goto(`/ar/trainer/register/?cohort=${cohortId}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('سجل الحضور');
  await expect(page.locator('[data-name="Learner 07"]')).toContainText('غائب');
  await page.locator('[data-name="Learner 07"]').click();
  await expect(page.locator('[data-name="Learner 07"]')).toContainText('متأخر');
});
