import { expect, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';
import { addParticipants, createCohort } from './trainer-support.ts';

/** A cohort with these learners, set up as this tablet's class. */
export async function tabletClass(
  page: Page,
  names: string[],
  idle = '5 minutes without a tap',
): Promise<string> {
  const cohortId = await createCohort(page, `Centre ${Math.random()}`);
  await addParticipants(page, cohortId, names);
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  const setup = page.getByRole('region', { name: 'Learners on this tablet' });
  await expect(setup).toHaveAttribute('data-loaded', 'true');
  await setup.getByLabel('Class').selectOption(cohortId);
  await setup.getByLabel('Back to the learner list after').selectOption({ label: idle });
  await setup.getByRole('button', { name: 'Use on this tablet' }).click();
  await expect(setup.getByRole('status')).toHaveText('Saved. Learners can now pick themselves.');
  return cohortId;
}

/** A learner taps their picture on the learner list; their course opens. */
export async function pickLearner(page: Page, name: string, lands = '/en/canada/adult/') {
  await page.goto('/en/learners/');
  await page.getByRole('button', { name }).click();
  await expect(page).toHaveURL(lands);
}
