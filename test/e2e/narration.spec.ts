import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';
import { withoutVoices } from './speech-support.ts';

const lesson = '/fa-AF/canada/adult/cultural-adaptation/culture-shock-stages/';

test('a trainer records a Dari narration where no voice exists, and learners hear it', async ({
  page,
}) => {
  await withoutVoices(page);
  await page.addInitScript(() => {
    // Count what is played rather than making sound.
    Object.assign(window, { played: 0 });
    HTMLMediaElement.prototype.play = function play() {
      (window as unknown as { played: number }).played += 1;
      return Promise.resolve();
    };
  });
  await page.goto('/en/trainer/');
  await passTrainerGate(page);

  await page.goto(lesson);
  const recorder = page.getByRole('region', { name: 'صدای این درس (برای مربیان)' });
  await expect(recorder.getByRole('status')).toHaveText('هنوز صدایی به این زبان ثبت نشده.');
  // No Dari voice and no narration yet: no read-aloud button at all.
  await expect(page.locator('button.read-aloud')).toHaveCount(0);

  await recorder.getByRole('button', { name: 'ثبت صدا' }).click();
  await expect(recorder.getByRole('status')).toHaveText(/^در حال ثبت/);
  await page.waitForTimeout(1500);
  await recorder.getByRole('button', { name: 'توقف' }).click();
  await expect(recorder).toHaveAttribute('data-recorded', 'true');
  const read = page.getByRole('button', { name: 'درس را بلند بخوان' });
  await expect(read).toHaveAttribute('data-source', 'narration');

  await page.goto('/en/trainer/');
  await page.getByRole('button', { name: 'Lock trainer mode' }).click();
  await expect(page.locator('form[data-gate]')).toBeVisible();
  await page.goto(lesson);
  await expect(page.locator('section.narration')).toHaveCount(0);
  await page.getByRole('button', { name: 'درس را بلند بخوان' }).click();
  expect(await page.evaluate(() => (window as unknown as { played: number }).played)).toBe(1);
  // The same lesson in the youth course plays the same narration; another lesson has none.
  await page.goto('/fa-AF/canada/youth/cultural-adaptation/culture-shock-stages/');
  await expect(page.locator('button.read-aloud')).toHaveAttribute('data-source', 'narration');
  await page.goto('/fa-AF/canada/adult/housing/housing-lease-and-rent/');
  await expect(page.locator('nav.onward')).toBeVisible();
  await page.waitForTimeout(1800);
  await expect(page.locator('button.read-aloud')).toHaveCount(0);
});

test('a trainer records a question in Pashto, and the question reads it aloud', async ({
  page,
}) => {
  await withoutVoices(page);
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await page.goto('/ps/canada/adult/quiz/?test=practice');
  const recorder = page.getByRole('region', { name: 'د دې پوښتنې غږ (د روزونکو لپاره)' });
  await expect(page.locator('.prompt button.read-aloud')).toHaveCount(0);
  await recorder.getByRole('button', { name: 'غږ ثبت کړئ' }).click();
  await page.waitForTimeout(1200);
  await recorder.getByRole('button', { name: 'ودروئ' }).click();
  await expect(page.locator('.prompt button.read-aloud')).toHaveAttribute(
    'data-source',
    'narration',
  );
  await page.reload();
  await expect(page.locator('.prompt button.read-aloud')).toHaveAttribute(
    'data-source',
    'narration',
  );
});

test.describe('narration shipped with the content', () => {
  // The routes below stand in for a build whose content ships this narration; a service
  // worker would answer before them.
  test.use({ serviceWorkers: 'block' });

  test('plays before the device’s voice, and a trainer’s own recording plays before it', async ({
    page,
  }) => {
    await withoutVoices(page);
    const audioUrl = '/narration/fa-AF/lesson/culture-shock-stages.wav';
    await page.route('**/narration/fa-AF.json', (route) =>
      route.fulfill({ json: { 'fa-AF/lesson/culture-shock-stages': audioUrl } }),
    );
    const fetched: string[] = [];
    await page.route(`**${audioUrl}`, (route) => {
      fetched.push(route.request().url());
      return route.fulfill({
        path: join(
          import.meta.dirname,
          '../fixtures/content-valid/narration/en/lesson/home-lesson.wav',
        ),
        contentType: 'audio/wav',
      });
    });
    await page.addInitScript(() => {
      Object.assign(window, { played: [] });
      HTMLMediaElement.prototype.play = function play() {
        (window as unknown as { played: string[] }).played.push(this.src);
        return Promise.resolve();
      };
    });
    const played = () => page.evaluate(() => (window as unknown as { played: string[] }).played);

    await page.goto(lesson);
    const read = page.getByRole('button', { name: 'درس را بلند بخوان' });
    await expect(read).toHaveAttribute('data-source', 'content');
    await read.click();
    await expect.poll(() => fetched.length).toBe(1);
    await expect.poll(async () => (await played()).length).toBe(1);
    // A lesson the content has no narration for, with no voice: no button.
    await page.goto('/fa-AF/canada/adult/housing/housing-lease-and-rent/');
    await expect(page.locator('nav.onward')).toBeVisible();
    await page.waitForTimeout(1800);
    await expect(page.locator('button.read-aloud')).toHaveCount(0);

    await page.goto('/en/trainer/');
    await passTrainerGate(page);
    await page.goto(lesson);
    const recorder = page.getByRole('region', { name: 'صدای این درس (برای مربیان)' });
    await recorder.getByRole('button', { name: 'ثبت صدا' }).click();
    await page.waitForTimeout(1200);
    await recorder.getByRole('button', { name: 'توقف' }).click();
    await expect(read).toHaveAttribute('data-source', 'narration');
    await read.click();
    // This page played the tablet's recording; the shipped audio was not fetched again.
    await expect.poll(async () => (await played()).length).toBe(1);
    expect(fetched).toHaveLength(1);
  });
});
