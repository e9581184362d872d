import { expect, test, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';

async function fillCohort(
  page: Page,
  labels: Record<string, string>,
  values: Record<string, string>,
) {
  for (const [field, value] of Object.entries(values)) {
    await page.getByLabel(labels[field]!, { exact: true }).fill(value);
  }
}

test('a trainer creates a cohort, sees the practice warnings, and finds it after a reload', async ({
  page,
}) => {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.getByRole('button', { name: 'New cohort' }).click();
  await page.getByLabel('Destination country').selectOption('canada');
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await expect(page.getByText('Fill this in.').first()).toBeVisible();

  const labels = {
    location: 'Where the course is held',
    city: 'Destination city',
    start: 'First course day',
    end: 'Last course day',
    departure: 'Expected departure',
  };
  await fillCohort(page, labels, {
    location: 'Beirut training centre',
    city: 'Ottawa',
    start: '2026-12-01',
    end: '2026-11-30',
    departure: '2026-12-30',
  });
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await expect(page.getByText('The last course day is before the first.')).toBeVisible();

  await fillCohort(page, labels, { end: '2026-12-02' });
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await expect(page.getByRole('status')).toHaveText('The cohort is saved on this tablet.');

  await page.reload();
  const cohort = page.locator('[data-cohort]');
  await expect(cohort).toHaveCount(1);
  await expect(cohort).toContainText('Beirut training centre');
  await expect(cohort).toContainText('Ottawa, Canada');
  await expect(cohort.locator('[data-warning]')).toHaveText([
    /Fewer than three course days/,
    /more than 14 days before departure/,
  ]);

  // Editing saves a new version: here the course gets its third day and the warning goes.
  await cohort.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Last course day', { exact: true })).toHaveValue('2026-12-02');
  await page.getByLabel('Last course day', { exact: true }).fill('2026-12-03');
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await expect(cohort.locator('[data-warning]')).toHaveText([/more than 14 days before departure/]);
  await expect(page.locator('[data-cohort]')).toHaveCount(1);
});

test('cohorts work in Arabic', async ({ page }) => {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.goto('/ar/trainer/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'مجموعة جديدة' }).click();
  await page.getByLabel('بلد الوجهة').selectOption('canada');
  await fillCohort(
    page,
    {
      location: 'مكان الدورة',
      city: 'مدينة الوجهة',
      start: 'أول يوم في الدورة',
      end: 'آخر يوم في الدورة',
      departure: 'موعد السفر المتوقع',
    },
    {
      location: 'مركز عمّان',
      city: 'تورونتو',
      start: '2026-12-01',
      end: '2026-12-03',
      departure: '2026-12-08',
    },
  );
  await page.getByRole('button', { name: 'احفظ المجموعة' }).click();
  await expect(page.locator('[data-cohort]')).toContainText('تورونتو، كندا');
  await expect(page.locator('[data-warning]')).toHaveCount(0);
});

test('wiping the tablet asks twice, naming the unsent records, and keeps them if either answer is no', async ({
  page,
}) => {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.getByRole('button', { name: 'New cohort' }).click();
  await fillCohort(
    page,
    {
      location: 'Where the course is held',
      city: 'Destination city',
      start: 'First course day',
      end: 'Last course day',
      departure: 'Expected departure',
    },
    {
      location: 'Wipe test',
      city: 'Ottawa',
      start: '2026-12-01',
      end: '2026-12-03',
      departure: '2026-12-10',
    },
  );
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await expect(page.locator('[data-cohort]')).toHaveCount(1);

  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    // Yes to the first question, no to the second: nothing may be erased.
    void (messages.length === 1 ? dialog.accept() : dialog.dismiss());
  });
  await page.getByRole('button', { name: 'Wipe this tablet' }).click();
  await expect.poll(() => messages.length).toBe(2);
  expect(messages[1]).toContain('1 cohort changes');
  await page.reload();
  await expect(page.locator('[data-cohort]')).toHaveCount(1);

  page.removeAllListeners('dialog');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Wipe this tablet' }).click();
  // The PIN went with the records: the tablet is back to first use.
  await expect(page.locator('form[data-gate="setup"]')).toBeVisible();
});
