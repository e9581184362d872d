import { expect, test } from '@playwright/test';
import { passTrainerGate, TRAINER_PIN } from './bundles-support.ts';

const downloads = '#trainer-area';

test('a learner meets the PIN prompt, not the trainer screen', async ({ page }) => {
  await page.goto('/en/downloads/');
  await passTrainerGate(page);
  await expect(page.locator(downloads)).toBeVisible();
  await page.getByRole('button', { name: 'Lock trainer mode' }).click();
  await expect(page.locator('form[data-gate="locked"]')).toBeVisible();

  // The next person at the tablet, even after a reload, sees only the unlock form.
  await page.reload();
  await expect(page.locator('form[data-gate="locked"]')).toBeVisible();
  await expect(page.locator(downloads)).toBeHidden();
  await page.getByLabel('PIN', { exact: true }).fill('1357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await expect(page.locator(downloads)).toBeHidden();
});

test('repeated wrong PINs make the next try wait, even with the right PIN', async ({ page }) => {
  await page.goto('/en/downloads/');
  await passTrainerGate(page);
  await page.getByRole('button', { name: 'Lock trainer mode' }).click();
  for (const wrong of ['1357', '2468', '9753']) {
    await page.getByLabel('PIN', { exact: true }).fill(wrong);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Try again in 30 seconds');
  await page.getByLabel('PIN', { exact: true }).fill(TRAINER_PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('Too many wrong tries');
  await expect(page.locator(downloads)).toBeHidden();
});

test('setting the PIN refuses an easy one, in Arabic too', async ({ page }) => {
  await page.goto('/ar/downloads/');
  await expect(page.locator('form[data-gate="setup"]')).toBeVisible();
  await page.getByLabel('الرمز السري', { exact: true }).fill('1234');
  await page.getByLabel('الرمز السري مرة أخرى').fill('1234');
  await page.getByRole('button', { name: 'احفظ الرمز' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'هذا الرمز سهل التخمين. تجنّب الأرقام المكررة أو المتتالية.',
  );
  await expect(page.locator(downloads)).toBeHidden();
});
