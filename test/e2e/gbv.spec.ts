import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  cutConnection,
  downloadBundle,
  openDownloads,
  passTrainerGate,
} from './bundles-support.ts';
import { pickLearner, tabletClass } from './learner-support.ts';
import { storeRows, tabletDatabaseText } from './tablet-records.ts';

const course = '/en/canada/adult/';
const gbvModule = `${course}gbv-help/`;

/** The trainer opens the GBV module on this tablet for a session. */
async function openGbvSession(page: Page, group = 'Everyone', attending = '9') {
  await page.goto('/en/trainer/gbv/');
  await passTrainerGate(page);
  const session = page.getByRole('region', { name: 'Session on this tablet' });
  await expect(session).toHaveAttribute('data-loaded', 'true');
  await session.getByLabel(group).check();
  await session.getByLabel('Number of people in this session').fill(attending);
  await session.getByRole('button', { name: 'Open the module for this session' }).click();
  await expect(session.getByRole('status')).toContainText(
    `Recorded: GBV module delivered, ${attending} attending. No names are kept.`,
  );
}

/** Past the content note, into the module's content. */
async function readContentNote(page: Page) {
  await expect(page.getByRole('heading', { name: 'Before we start' })).toBeVisible();
  await expect(page.locator('.gbv-content').first()).toBeHidden();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.gbv-content h1').first()).toBeVisible();
}

test('the module shows only while the trainer has it open, behind a content note', async ({
  page,
}) => {
  await tabletClass(page, ['Amina', 'Omar']);
  await pickLearner(page, 'Amina');
  await expect(page.getByRole('heading', { name: 'Your course' })).toBeVisible();
  await expect(page.locator('[data-gbv-module]').first()).toBeHidden();
  // Typed by hand while closed: back to the course, the page never shown.
  await page.goto(gbvModule);
  await expect(page).toHaveURL(course);

  // A count that is no count is refused, saying what to write; nothing is recorded.
  await page.goto('/en/trainer/gbv/');
  await passTrainerGate(page);
  const session = page.getByRole('region', { name: 'Session on this tablet' });
  await expect(session).toHaveAttribute('data-loaded', 'true');
  await session.getByLabel('Number of people in this session').fill('0');
  await session.getByRole('button', { name: 'Open the module for this session' }).click();
  await expect(session.getByRole('alert')).toHaveText(
    'Not opened: Write how many people are in this session: a whole number from 1 to 100.',
  );
  await expect(session.getByText('Closed: learners do not see the module.')).toBeVisible();
  await openGbvSession(page, 'Women and girls', '11');
  await expect(page.getByRole('region', { name: 'Session on this tablet' })).toContainText(
    'Open for Women and girls (Canada: Adults) until',
  );
  await pickLearner(page, 'Amina');
  await page.locator('[data-gbv-module] a').first().click();
  await expect(page).toHaveURL(gbvModule);
  await expect(page).toHaveTitle('Lesson · Waypoint');
  await readContentNote(page);

  // Closing ends it for learners at once.
  await page.goto('/en/trainer/gbv/');
  await passTrainerGate(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Close now' }).click();
  await expect(page.getByText('Closed: learners do not see the module.')).toBeVisible();
  await page.goto(gbvModule);
  await expect(page).toHaveURL(course);
});

test('quick exit: first in the focus order, Escape leaves for an ordinary lesson, Back never returns', async ({
  page,
}) => {
  await tabletClass(page, ['Amina']);
  await openGbvSession(page);
  await pickLearner(page, 'Amina');
  await page.locator('[data-gbv-module] a').first().click();
  await expect(page).toHaveURL(gbvModule);
  // First of everything that takes focus, so the first Tab (or switch press) reaches it.
  expect(
    await page.evaluate(
      () =>
        document.querySelector('a[href], button, input, select, textarea')?.textContent?.trim() ??
        '',
    ),
  ).toMatch(/^Leave now/);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Leave now/ })).toBeFocused();
  await readContentNote(page);
  await page.getByRole('link', { name: 'Your right to be safe' }).click();
  await expect(page).toHaveURL(`${gbvModule}gbv-your-rights/`);
  await expect(page).toHaveTitle('Lesson · Waypoint');
  // The note was read in this turn: the next GBV page opens straight to its content.
  await expect(page.locator('.gbv-content article h1')).toBeVisible();
  await page.getByRole('link', { name: 'Next lesson' }).click();
  await expect(page).toHaveURL(/gbv-help\/gbv-getting-help\/$/);

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/en\/canada\/adult\/your-journey\/[a-z-]+\/$/);
  await expect(page).not.toHaveTitle('Lesson · Waypoint');
  expect(await page.evaluate(() => sessionStorage.getItem('waypoint-gbv-note'))).toBeNull();
  // Every GBV page replaced the one before; Back goes to the course, not to GBV.
  await page.goBack();
  await expect(page).toHaveURL(course);
  await page.goForward();
  await expect(page).toHaveURL(/your-journey/);

  // The button does the same, and the next visit shows the content note again.
  await page.goto(gbvModule);
  await expect(page.getByRole('heading', { name: 'Before we start' })).toBeVisible();
  await page.getByRole('button', { name: /^Leave now/ }).click();
  await expect(page).toHaveURL(/your-journey/);
});

test('a learner who opens every GBV page and answers every GBV question leaves no trace', async ({
  page,
}) => {
  await tabletClass(page, ['Amina', 'Omar']);
  await openGbvSession(page, 'Everyone', '14');
  await pickLearner(page, 'Amina');
  const [session] = await storeRows<{ learnerId: string }>(page, 'learnerSession');
  const learnerId = session?.learnerId ?? '';
  expect(learnerId).toMatch(/^[0-9a-f-]{36}$/);

  await page.goto(gbvModule);
  await readContentNote(page);
  const questions = page.locator('[data-gbv-question]');
  await expect(page.locator('.gbv-questions[data-ready="true"]')).toBeVisible();
  const count = await questions.count();
  expect(count).toBe(10);
  for (let i = 0; i < count; i += 1) {
    await questions.nth(i).locator('.option').first().click();
    await expect(questions.nth(i).getByRole('status')).toHaveText(
      /^(Yes, that is right\.|Not quite\.)/,
    );
  }
  const lessons = await page
    .locator('.lessons a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(lessons).toHaveLength(3);
  for (const lesson of lessons) {
    await page.goto(lesson);
    await expect(page.locator('.gbv-content article h1')).toBeVisible();
    await expect(page.locator('nav.onward')).toBeVisible();
  }
  // Give any write a moment to land, as it would have for an ordinary lesson.
  await page.goto(`${course}housing/housing-lease-and-rent/`);
  await expect(page.locator('nav.onward')).toHaveAttribute('data-recorded', 'true');

  const stored = await tabletDatabaseText(page);
  for (const [store, rows] of Object.entries(stored)) {
    for (const row of rows) {
      expect(row.includes('gbv') && row.includes(learnerId), `${store}: ${row}`).toBe(false);
    }
  }
  expect(stored['lessonProgress']?.some((row) => row.includes('gbv'))).toBe(false);
  expect(stored['quizAnswers']).toEqual([]);
  const deliveries = (stored['outbox'] ?? []).filter((row) => row.includes('gbv-delivery'));
  expect(deliveries).toHaveLength(1);
  expect(JSON.parse(deliveries[0] ?? '{}').payload).toMatchObject({
    attending: 14,
    group: 'everyone',
    moduleId: 'gbv-help',
    reemphasise: expect.arrayContaining(['gbv-never-your-fault', 'gbv-how-to-get-help']),
  });
  // The day only: a time could be matched against who was in the room.
  expect(JSON.parse(deliveries[0] ?? '{}').queuedAt).toMatch(/T00:00:00\.000Z$/);
});

test('the help card works offline, with the centre’s own contacts', async ({ page }) => {
  await page.goto('/en/trainer/gbv/');
  await passTrainerGate(page);
  const referrals = page.getByRole('region', { name: 'Local referral contacts' });
  await expect(referrals).toHaveAttribute('data-loaded', 'true');
  await referrals.getByLabel('Name or service').fill('Protection focal point, Block C');
  await referrals.getByLabel('Phone').fill('call me');
  await referrals.getByRole('button', { name: 'Add the contact' }).click();
  await expect(referrals.getByRole('alert')).toHaveText(
    'Not saved: Write the phone number with digits, spaces, + and - only, as dialled.',
  );
  await referrals.getByLabel('Phone').fill('+963 11 555 0100');
  await referrals.getByRole('button', { name: 'Add the contact' }).click();
  await expect(referrals.getByRole('status')).toHaveText('Saved. It shows on the help card.');

  await openDownloads(page);
  await downloadBundle(page, 'canada-en');
  await cutConnection(page);
  await page.goto('/en/canada/help/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where to get help in Canada');
  await expect(page.locator('a[href="tel:911"]')).toBeVisible();
  await expect(page.locator('a[href="tel:18006686868"]')).toBeVisible();
  const local = page.getByRole('region', { name: 'Contacts at this centre' });
  await expect(local.getByText('Protection focal point, Block C')).toBeVisible();
  await expect(local.locator('a[href="tel:+963115550100"]')).toBeVisible();
  // The quick exit comes along from the GBV pages.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/en\/canada\/adult\/your-journey\/[a-z-]+\/$/);
});

for (const locale of ['en', 'ar']) {
  test(`no serious or critical axe violations on GBV pages in ${locale}`, async ({ page }) => {
    // Five full scans after a class set-up: more than the default 30 s on a loaded machine.
    test.setTimeout(120_000);
    await tabletClass(page, ['Amina']);
    await openGbvSession(page);
    const scan = async (label: string) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      const severe = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${label} ${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      expect(severe, severe.join('\n')).toEqual([]);
    };
    await page.goto(`/${locale}/canada/adult/gbv-help/`);
    await expect(page.locator('.gbv-questions[data-ready="true"]')).toBeAttached();
    await scan('content note');
    await page.locator('[data-gbv-continue]').click();
    await scan('module');
    await page.goto(`/${locale}/canada/adult/gbv-help/gbv-your-rights/`);
    await expect(page.locator('nav.onward')).toBeVisible();
    await scan('lesson');
    await page.goto(`/${locale}/canada/help/`);
    await expect(page.locator('.referrals[data-loaded="true"]')).toBeVisible();
    await scan('help card');
    await page.goto(`/${locale}/trainer/gbv/`);
    await expect(page.locator('.gbv-session[data-loaded="true"]')).toBeVisible();
    await scan('trainer');
  });
}
