import { expect, test } from '@playwright/test';

const module = '/ar/canada/child/child-journey/';

test('a child puts the journey in order in Arabic: a wrong tap asks gently to try again, and finishing earns a sticker', async ({
  page,
}) => {
  await page.goto(module);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const steps = page.locator('section.activity[data-kind="ordering"]');
  await expect(steps).toHaveAttribute('data-ready', 'true');
  await expect(steps.locator('.card')).toHaveCount(5);
  await steps.locator('[data-item="plane"]').click();
  await expect(steps.getByRole('status')).toHaveText('حاول مرة أخرى! تستطيع ذلك.');
  for (const step of ['pack-bags', 'airport', 'plane', 'someone-meets-us', 'new-home']) {
    await steps.locator(`[data-item="${step}"]`).click();
  }
  await expect(steps.getByRole('status')).toHaveText('أحسنت! ربحت ملصقاً.');
  await expect(steps.getByRole('img', { name: 'ملصق مكتسب' })).toBeVisible();

  await page.reload();
  await expect(page.locator('section.activity[data-kind="ordering"]')).toHaveAttribute(
    'data-ready',
    'true',
  );
  await expect(
    page.locator('section.activity[data-kind="ordering"]').getByRole('img', { name: 'ملصق مكتسب' }),
  ).toBeVisible();
});

test('a child sorts what goes in the IOM bag and what goes in the suitcase', async ({ page }) => {
  await page.goto(module);
  const sorting = page.locator('section.activity[data-kind="sorting"]');
  await expect(sorting).toHaveAttribute('data-ready', 'true');
  await sorting.locator('[data-item="shoes"]').click();
  await expect(sorting.locator('[data-item="shoes"]')).toHaveAttribute('aria-pressed', 'true');
  await sorting.locator('[data-group="iom-bag"]').click();
  await expect(sorting.getByRole('status')).toHaveText('حاول مرة أخرى! تستطيع ذلك.');
  for (const [item, group] of [
    ['travel-papers', 'iom-bag'],
    ['medical-papers', 'iom-bag'],
    ['clothes', 'suitcase'],
    ['shoes', 'suitcase'],
  ]) {
    await sorting.locator(`[data-item="${item}"]`).click();
    await sorting.locator(`[data-group="${group}"]`).click();
  }
  await expect(sorting.getByRole('status')).toHaveText('أحسنت! ربحت ملصقاً.');
  await expect(sorting.locator('[data-group="iom-bag"] .inside img')).toHaveCount(2);
});
