import { expect, test, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';

async function createCohort(page: Page): Promise<void> {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.getByRole('button', { name: 'New cohort' }).click();
  await page.getByLabel('Where the course is held', { exact: true }).fill('Beirut training centre');
  await page.getByLabel('Destination city', { exact: true }).fill('Ottawa');
  await page.getByLabel('First course day', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Last course day', { exact: true }).fill('2026-12-03');
  await page.getByLabel('Expected departure', { exact: true }).fill('2026-12-10');
  await page.getByRole('button', { name: 'Save cohort' }).click();
  await page.getByRole('link', { name: 'Participants' }).click();
  await expect(page.locator('.participants[data-loaded="true"]')).toBeVisible();
}

async function addParticipant(
  page: Page,
  name: string,
  family: string,
  consent: boolean,
): Promise<void> {
  await page.getByRole('button', { name: 'Add a participant' }).click();
  await page.getByLabel('First name or alias').fill(name);
  await page.getByLabel('Family or case group').fill(family);
  await page.getByLabel('Age', { exact: true }).selectOption('18-59');
  await page.getByLabel('Work experience').fill('Tailor');
  if (consent) await page.getByLabel('Yes, they agree').check();
  await page.getByLabel('Explained by').fill('Rania');
  await page.getByRole('button', { name: 'Save participant' }).click();
}

test('a trainer registers a family with consent choices, and withdraws one later', async ({
  page,
}) => {
  await createCohort(page);
  await addParticipant(page, 'Amina', 'Haddad', true);
  await addParticipant(page, 'Omar', 'Haddad', false);
  await expect(page.getByText('2 participants')).toBeVisible();
  const family = page.getByRole('list', { name: 'Haddad' });
  await expect(family.locator('[data-participant]')).toHaveCount(2);
  await expect(page.locator('[data-participant="Amina"]')).toHaveAttribute('data-shared', 'true');
  await expect(page.locator('[data-participant="Omar"]')).toHaveAttribute('data-shared', 'false');

  await addParticipant(page, 'amina', 'Haddad', false);
  await expect(page.getByText('amina is already in this family group.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .locator('[data-participant="Amina"]')
    .getByRole('button', { name: 'Withdraw consent' })
    .click();
  await expect(page.locator('[data-participant="Amina"]')).toHaveAttribute('data-shared', 'false');

  await page.reload();
  await expect(page.locator('[data-participant]')).toHaveCount(2);
  await expect(page.locator('[data-participant="Amina"]')).toContainText(
    'Not shared: the hub gets a pseudonym',
  );
});
