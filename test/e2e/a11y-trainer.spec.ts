import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addParticipants, createCohort } from './trainer-support.ts';

async function severeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('unlocked trainer screens have no serious or critical axe violations, in English and Arabic', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const cohortId = await createCohort(page);
  await addParticipants(page, cohortId, ['Amina', 'Omar']);
  for (const locale of ['en', 'ar']) {
    for (const [path, ready] of [
      [`/${locale}/trainer/`, '[data-cohort]'],
      [`/${locale}/trainer/participants/?cohort=${cohortId}`, '.participants[data-loaded="true"]'],
      [`/${locale}/trainer/register/?cohort=${cohortId}`, '.register[data-loaded="true"]'],
      [`/${locale}/trainer/results/?cohort=${cohortId}`, '.results[data-loaded="true"]'],
      [`/${locale}/trainer/course/?cohort=${cohortId}`, '.course-days[data-loaded="true"]'],
      [`/${locale}/trainer/certificates/?cohort=${cohortId}`, '.certificates[data-loaded="true"]'],
      [`/${locale}/downloads/`, '.bundles[data-loaded="true"]'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator(ready).first()).toBeVisible();
      const severe = await severeViolations(page);
      expect(severe, `${path}\n${severe.join('\n')}`).toEqual([]);
    }
  }
  // The forms too, open.
  await page.goto('/ar/trainer/');
  await page.getByRole('button', { name: 'مجموعة جديدة' }).click();
  expect(await severeViolations(page)).toEqual([]);
  await page.goto(`/ar/trainer/participants/?cohort=${cohortId}`);
  await page.getByRole('button', { name: 'أضف مشاركاً' }).click();
  expect(await severeViolations(page)).toEqual([]);
});
