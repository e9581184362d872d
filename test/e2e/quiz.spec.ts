import { expect, test, type Page } from '@playwright/test';
import { pickLearner, tabletClass } from './learner-support.ts';
import { spoken, withoutVoices, withVoice } from './speech-support.ts';
import { storeRows } from './tablet-records.ts';

const quiz = (test: string, locale = 'en') => `/${locale}/canada/adult/quiz/?test=${test}`;

function question(page: Page) {
  return page.locator('#question');
}

async function answerFirstOption(page: Page) {
  const before = await page.locator('.count').textContent();
  await page.locator('.options .option').first().click();
  await expect(page.locator('.count')).not.toHaveText(before ?? '');
}

/** The quiz answers stored on the tablet. */
const storedAnswers = (page: Page) =>
  storeRows<{ participantId: string; test: string; chosen?: string }>(page, 'quizAnswers');

test('a learner’s pre-test answers are saved as given, and a reload resumes at the same question', async ({
  page,
}) => {
  await tabletClass(page, ['Amina', 'Omar']);
  await pickLearner(page, 'Omar');
  await page.goto(quiz('pre'));
  await expect(page.locator('.count')).toHaveText(/^Question 1 of \d+$/);
  const omarsFirst = await question(page).textContent();
  await answerFirstOption(page);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page).toHaveURL('/en/learners/');

  await pickLearner(page, 'Amina');
  await page.goto(quiz('pre'));
  // Omar's answer is his own: Amina starts at the beginning of her test.
  await expect(page.locator('.count')).toHaveText(/^Question 1 of \d+$/);
  // Counterbalanced: the second learner registered takes the other form first.
  expect(await question(page).textContent()).not.toBe(omarsFirst);
  await answerFirstOption(page);
  await answerFirstOption(page);
  // Deferred feedback: a test says nothing about right or wrong.
  await expect(page.locator('.feedback')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.count')).toHaveText(/^Question 3 of \d+$/);
  const saved = await storedAnswers(page);
  expect(saved).toHaveLength(3);
  expect(saved.every((answer) => answer.test === 'pre' && answer.chosen)).toBe(true);
});

test('practice gives kind feedback at once and keeps nothing, even for a guest', async ({
  page,
}) => {
  await tabletClass(page, ['Amina']);
  await pickLearner(page, 'Guest', '/en/canada/');
  await page.goto(quiz('practice'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice questions');
  await page.locator('.options .option').first().click();
  await expect(page.locator('.feedback')).toHaveText(
    /^(Yes, that is right\. Well done!|Not quite\. The answer is: .+\. Good to know now!)$/,
  );
  await expect(page.locator('.option.right')).toHaveCount(1);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.locator('.count')).toHaveText(/^Question 2 of \d+$/);
  expect(await storedAnswers(page)).toEqual([]);
});

test('a test asks who is answering first, in Arabic', async ({ page }) => {
  await page.goto(quiz('post', 'ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أسئلة بعد الدورة');
  await expect(page.getByRole('link', { name: 'اذهب إلى قائمة المتعلّمين' })).toHaveAttribute(
    'href',
    '/ar/learners/',
  );
});

test('read-aloud hides without a voice and reads the question with one', async ({ browser }) => {
  const silent = await browser.newPage();
  await withoutVoices(silent);
  await silent.goto(quiz('practice', 'ar'));
  await expect(silent.locator('.count')).toBeVisible();
  await silent.waitForTimeout(1800);
  await expect(silent.locator('button.read-aloud')).toHaveCount(0);
  await silent.close();

  const voiced = await browser.newPage();
  await withVoice(voiced, 'ar-SA');
  await voiced.goto(quiz('practice', 'ar'));
  const prompt = await question(voiced).textContent();
  await voiced.getByRole('button', { name: 'اقرأ السؤال بصوت عالٍ' }).click();
  expect(await spoken(voiced)).toEqual([prompt]);
  await voiced.getByRole('button', { name: 'اقرأ هذه الإجابة بصوت عالٍ' }).first().click();
  expect((await spoken(voiced)).length).toBe(2);
  await voiced.close();
});

test('a lesson is read aloud in its language, and offers no button without a voice', async ({
  browser,
}) => {
  const lesson = '/ar/canada/adult/housing/housing-lease-and-rent/';
  const voiced = await browser.newPage();
  await withVoice(voiced, 'ar-EG');
  await voiced.goto(lesson);
  await voiced.getByRole('button', { name: 'اقرأ الدرس بصوت عالٍ' }).click();
  const [text] = await spoken(voiced);
  expect(text).toContain('عقد الإيجار والإيجار');
  expect(text).toContain('الإيصالات');
  await voiced.close();

  const silent = await browser.newPage();
  await withoutVoices(silent);
  await silent.goto(lesson.replace('/ar/', '/fa-AF/'));
  await expect(silent.locator('nav.onward')).toBeVisible();
  await silent.waitForTimeout(1800);
  await expect(silent.locator('button.read-aloud')).toHaveCount(0);
  await silent.close();
});
