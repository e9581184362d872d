import { expect, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';

/** Creates a three-day cohort on the trainer home and returns its id. */
export async function createCohort(
  page: Page,
  location = 'Beirut training centre',
): Promise<string> {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.getByRole('button', { name: 'New cohort' }).click();
  await page.getByLabel('Destination country').selectOption('canada');
  await page.getByLabel('Where the course is held', { exact: true }).fill(location);
  await page.getByLabel('Destination city', { exact: true }).fill('Ottawa');
  await page.getByLabel('First course day', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Last course day', { exact: true }).fill('2026-12-03');
  await page.getByLabel('Expected departure', { exact: true }).fill('2026-12-10');
  await page.getByRole('button', { name: 'Save cohort' }).click();
  const card = page.locator('[data-cohort]', { hasText: location });
  await expect(card).toBeVisible();
  return (await card.getAttribute('data-cohort'))!;
}

/** Adds participants on the participants page with the fewest fields: name, family, who explained. */
export async function addParticipants(
  page: Page,
  cohortId: string,
  names: string[],
  familySize = 5,
) {
  await page.goto(`/en/trainer/participants/?cohort=${cohortId}`);
  await expect(page.locator('.participants[data-loaded="true"]')).toBeVisible();
  for (const [index, name] of names.entries()) {
    await page.getByRole('button', { name: 'Add a participant' }).click();
    await page.getByLabel('First name or alias').fill(name);
    await page
      .getByLabel('Family or case group')
      .fill(`Family ${Math.floor(index / familySize) + 1}`);
    await page.getByLabel('Explained by').fill('Rania');
    await page.getByRole('button', { name: 'Save participant' }).click();
    await expect(page.locator(`[data-participant="${name}"]`)).toBeVisible();
  }
}

export const twentyFive = Array.from(
  { length: 25 },
  (_, i) => `Learner ${String(i + 1).padStart(2, '0')}`,
);
