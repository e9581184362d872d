import { expect, test, type Page } from '@playwright/test';
import { pickLearner, tabletClass } from './learner-support.ts';
import { storeRows } from './tablet-records.ts';

const firstLesson = 'canada/adult/housing/housing-first-home-canada';

const classOfTwo = (page: Page, idle?: string) => tabletClass(page, ['Amina', 'Omar'], idle);

async function lessonState(page: Page) {
  await page.goto('/en/canada/adult/housing/');
  await expect(page.locator('ol.lessons')).toHaveAttribute('data-progress-loaded', 'true');
  return page.locator(`li[data-lesson="${firstLesson}"]`).getAttribute('data-state');
}

test('learners pick themselves by picture and name, and see only their own progress', async ({
  page,
}) => {
  await classOfTwo(page);
  await page.goto('/en/learners/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is learning?');
  const amina = page.getByRole('button', { name: 'Amina' });
  const omar = page.getByRole('button', { name: 'Omar' });
  const picture = (button: typeof amina) => button.locator('svg');
  const colour = (button: typeof amina) =>
    picture(button).locator('circle').first().getAttribute('fill');
  const symbol = (button: typeof amina) => picture(button).getAttribute('data-symbol');
  expect(await colour(amina)).not.toBe(await colour(omar));
  expect(await symbol(amina)).not.toBe(await symbol(omar));

  await pickLearner(page, 'Amina');
  await expect(page.getByText('Amina is learning')).toBeVisible();
  await page.goto(`/en/${firstLesson}/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');
  await page.getByRole('link', { name: 'Next lesson' }).click();
  await expect(page).toHaveURL(/housing-lease-and-rent/);
  expect(await lessonState(page)).toBe('completed');

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page).toHaveURL('/en/learners/');
  await pickLearner(page, 'Omar');
  await expect(page.getByText('Omar is learning')).toBeVisible();
  expect(await lessonState(page)).toBe('not-started');

  await pickLearner(page, 'Amina');
  expect(await lessonState(page)).toBe('completed');
});

test('a guest’s lessons leave no record on the tablet', async ({ page }) => {
  await classOfTwo(page);
  await pickLearner(page, 'Guest', '/en/canada/');
  await expect(page.getByText('Guest: nothing is saved')).toBeVisible();
  await page.goto(`/en/${firstLesson}/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');
  await page.getByRole('link', { name: 'Next lesson' }).click();
  await expect(page).toHaveURL(/housing-lease-and-rent/);
  const records = (await storeRows(page, 'lessonProgress')).length;
  expect(records).toBe(0);
});

test('the tablet returns to the learner list after the chosen idle time', async ({ page }) => {
  await classOfTwo(page, '2 minutes without a tap');
  await page.clock.install();
  await pickLearner(page, 'Omar');
  await expect(page.getByText('Omar is learning')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page).toHaveURL('/en/canada/adult/');
  await page.clock.fastForward('00:40');
  await expect(page).toHaveURL('/en/learners/');
  await expect(page.getByRole('button', { name: 'Omar' })).toBeVisible();
});

test('without a class the learner list says how to set one up', async ({ page }) => {
  await page.goto('/ar/learners/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.picker[data-loaded="true"]')).toBeVisible();
  await expect(page.getByText('هذا الجهاز غير مُعدّ لصفّ بعد')).toBeVisible();
  await expect(page.getByRole('link', { name: 'اذهب إلى صفحة المدرّب' })).toHaveAttribute(
    'href',
    '/ar/trainer/',
  );
});
