import { expect, test, type Page } from '@playwright/test';

const module = '/en/canada/adult/housing/';
const [first, second, third] = [
  'housing-first-home-canada',
  'housing-lease-and-rent',
  'housing-safety-at-home',
] as const;

async function expectStates(page: Page, states: Record<string, string>): Promise<void> {
  // Before the island has read IndexedDB every lesson shows "not-started".
  await expect(page.locator('ol.lessons')).toHaveAttribute('data-progress-loaded', 'true');
  await expect(page.locator('ol.lessons > li')).toHaveCount(Object.keys(states).length);
  for (const [lesson, state] of Object.entries(states)) {
    await expect(page.locator(`li[data-lesson="canada/adult/housing/${lesson}"]`)).toHaveAttribute(
      'data-state',
      state,
    );
  }
}

test('lesson progress is recorded on this device and survives a reload', async ({ page }) => {
  await page.goto(`${module}${first}/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');

  await page.goto(module);
  await expectStates(page, { [first]: 'opened', [second]: 'not-started', [third]: 'not-started' });
  await expect(page.locator('p.summary')).toHaveText('0 of 3 lessons done');

  await page.goto(`${module}${first}/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');
  await page.getByRole('link', { name: 'Next lesson' }).click();
  await expect(page).toHaveURL(`${module}${second}/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');

  await page.goto(module);
  const afterNext = { [first]: 'completed', [second]: 'opened', [third]: 'not-started' };
  await expectStates(page, afterNext);
  await expect(page.locator('p.summary')).toHaveText('1 of 3 lessons done');

  // Nothing but IndexedDB carries the state across a reload.
  await page.reload();
  await expectStates(page, afterNext);
  await expect(page.locator('p.summary')).toHaveText('1 of 3 lessons done');
});
