import { expect, test, type Page } from '@playwright/test';
import { passTrainerGate, TRAINER_PIN } from './bundles-support.ts';
import { childModeAllows } from '../../src/domain/child-mode.ts';

const home = '/en/canada/child/';

async function startChildMode(page: Page) {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  const section = page.getByRole('region', { name: 'Child mode' });
  await expect(section).toHaveAttribute('data-ready', 'true');
  await section.getByLabel('Country').selectOption('canada');
  await section.getByRole('button', { name: 'Start child mode' }).click();
  await expect(page).toHaveURL(home);
}

test('in child mode no typed address reaches a trainer, adult, youth or GBV page', async ({
  page,
}) => {
  await startChildMode(page);
  // Even with a GBV session open on the tablet, child mode keeps the child out of it.
  await page.evaluate(() =>
    localStorage.setItem(
      'waypoint-gbv-session',
      JSON.stringify({
        destination: 'canada',
        audiences: ['adult', 'youth'],
        group: 'everyone',
        until: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    ),
  );
  for (const typed of [
    '/en/canada/adult/',
    '/en/canada/adult/gbv-help/',
    '/en/canada/adult/gbv-help/gbv-your-rights/',
    '/ar/canada/youth/gbv-help/gbv-getting-help/',
    '/en/lessons/gbv-your-rights/',
    '/en/trainer/',
    '/en/trainer/results/',
    '/en/downloads/',
    '/en/search/?destination=canada&q=violence',
    '/en/germany/child/',
    '/',
  ]) {
    await page.goto(typed);
    await expect(page, typed).toHaveURL(home);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your course');
  }
});

test('in child mode every link a child can see stays in the children’s course', async ({
  page,
}) => {
  await startChildMode(page);
  for (const path of [
    home,
    '/en/canada/child/child-journey/',
    '/en/canada/child/child-journey/child-journey-bag-and-airport/',
  ]) {
    await page.goto(path);
    await expect(page.locator('footer .leave-child-mode')).toBeVisible();
    await expect(page.locator('header .search-form')).toBeHidden();
    const links = await page
      .locator('a[href]:visible')
      .evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    const leaving = links.filter(
      (href) => !childModeAllows(href, home) && href !== '/en/' && href !== '/',
    );
    expect(leaving, path).toEqual([]);
  }
  // The app name leads to the start page, which sends the child straight back.
  await page.getByRole('link', { name: 'Waypoint' }).click();
  await expect(page).toHaveURL(home);
});

test('only the trainer’s PIN ends child mode', async ({ page }) => {
  await startChildMode(page);
  await page.getByRole('link', { name: 'Leave child mode' }).click();
  await expect(page).toHaveURL('/en/child-mode/');
  await page.getByLabel('Trainer PIN').fill('0000');
  await page.getByRole('button', { name: 'Leave child mode' }).click();
  await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
  await page.goto('/en/canada/adult/');
  await expect(page).toHaveURL(home);

  await page.goto('/en/child-mode/');
  await page.getByLabel('Trainer PIN').fill(TRAINER_PIN);
  await page.getByRole('button', { name: 'Leave child mode' }).click();
  await expect(page).toHaveURL('/en/trainer/');
  await page.goto('/en/canada/adult/');
  await expect(page).toHaveURL('/en/canada/adult/');
  await expect(page.locator('footer .leave-child-mode')).toBeHidden();
});
