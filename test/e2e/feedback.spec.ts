import { expect, test, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';
import { pickLearner, tabletClass } from './learner-support.ts';
import { spoken, withVoice } from './speech-support.ts';
import { storeRows, tabletDatabaseText } from './tablet-records.ts';
import { createCohort } from './trainer-support.ts';

test('learners give anonymous end-of-day feedback; the trainer sees the summary and the questions', async ({
  page,
}) => {
  const cohortId = await createCohort(page);
  await page.goto(`/en/trainer/course/?cohort=${cohortId}`);
  await expect(page.locator('.course-days[data-loaded="true"]')).toBeVisible();
  await page.getByRole('link', { name: "Open today's feedback for learners" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/feedback/\\?cohort=${cohortId}&day=1`));
  // Learners pass the tablet round without the PIN.
  await expect(page.locator('form[data-gate]')).toHaveCount(0);

  for (const [face, helped, question] of [
    ['Very good', 'Housing', 'Can we bring our own medicine on the plane?'],
    ['Good', 'Housing', ''],
    ['Bad', 'Your first days and weeks', ''],
  ] as const) {
    await page.getByText(face, { exact: true }).click();
    await page.getByText(helped, { exact: true }).click();
    if (question) await page.getByLabel('A question or a worry? (No name is kept.)').fill(question);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Thank you! Pass the tablet to the next person.',
    );
    await expect(page.locator('form.feedback')).toBeVisible({ timeout: 10_000 });
  }

  await page.goto(`/en/trainer/results/?cohort=${cohortId}`);
  await expect(page.locator('[data-feedback-summary]')).toHaveText('3 answers · average 3.7 of 5');
  await expect(page.getByText('Housing: 2')).toBeVisible();
  await expect(page.getByText('Can we bring our own medicine on the plane?')).toBeVisible();
});

async function expectThanks(page: Page) {
  await expect(page.getByRole('status')).toHaveText(
    'Thank you! Pass the tablet to the next person.',
  );
  await expect(page.locator('form.feedback')).toBeVisible({ timeout: 10_000 });
}

test('a signed-in learner’s questions, typed or said aloud, keep no trace of who left them', async ({
  page,
}) => {
  await withVoice(page, 'en-GB');
  const cohortId = await tabletClass(page, ['Amina', 'Omar']);
  await pickLearner(page, 'Amina');
  const [session] = await storeRows<{ learnerId: string }>(page, 'learnerSession');
  expect(session?.learnerId).toMatch(/^[0-9a-f-]{36}$/);

  await page.goto(`/en/feedback/?cohort=${cohortId}&day=2`);
  await expect(page.locator('form.feedback[data-loaded="true"]')).toBeVisible();
  await page.getByText('Good', { exact: true }).click();
  // The faces have spoken labels for learners who cannot read them.
  await expect.poll(() => spoken(page)).toEqual(['Good']);
  await page.getByLabel('A question or a worry? (No name is kept.)').fill('Where do we sleep?');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectThanks(page);

  await page.getByText('So-so', { exact: true }).click();
  await page.getByRole('button', { name: 'Say it instead' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Recording… 0:0\d$/);
  // Sending waits until the microphone is off.
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Your question is recorded. Only your voice is kept, not your name.',
  );
  await page.getByRole('button', { name: 'Delete the recording' }).click();
  await expect(page.getByRole('button', { name: 'Say it instead' })).toBeVisible();
  await page.getByRole('button', { name: 'Say it instead' }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
  await page.getByRole('button', { name: 'Send' }).click();
  await expectThanks(page);

  const questions = await storeRows<{ text?: string; recording?: { mimeType: string } }>(
    page,
    'anonymousQuestions',
  );
  expect(questions.map((q) => q.text ?? q.recording?.mimeType.split('/')[0]).sort()).toEqual([
    'Where do we sleep?',
    'audio',
  ]);
  const stored = await tabletDatabaseText(page);
  const outbox = await storeRows<{ recordType: string }>(page, 'outbox');
  const queued = outbox.filter((entry) => ['feedback', 'question'].includes(entry.recordType));
  expect(queued).toHaveLength(4);
  for (const text of [
    stored['anonymousQuestions']?.join('\n'),
    stored['feedback']?.join('\n'),
    JSON.stringify(queued),
  ]) {
    expect(text).not.toContain(session!.learnerId);
    expect(text).not.toContain('Amina');
  }

  await page.goto(`/en/trainer/results/?cohort=${cohortId}`);
  await passTrainerGate(page);
  await expect(page.getByText('Where do we sleep?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play: Recorded question' })).toBeVisible();
});

test('without a microphone the box says so, and typing still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
  });
  const cohortId = await createCohort(page);
  await page.goto(`/ar/feedback/?cohort=${cohortId}&day=1`);
  await expect(page.locator('form.feedback[data-loaded="true"]')).toBeVisible();
  await page.getByText('جيد جداً', { exact: true }).click();
  await page.getByRole('button', { name: 'قلها بصوتك' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'تعذّر استخدام الميكروفون. يمكنك كتابة سؤالك بدلاً من ذلك.',
  );
  await page.getByLabel('سؤال أو قلق؟ (لا يُحفظ أي اسم.)').fill('متى نسافر؟');
  await page.getByRole('button', { name: 'أرسل' }).click();
  await expect(page.getByRole('status')).toHaveText('شكراً! أعطِ الجهاز للشخص التالي.');
  expect((await storeRows<{ text: string }>(page, 'anonymousQuestions'))[0]?.text).toBe(
    'متى نسافر؟',
  );
});
