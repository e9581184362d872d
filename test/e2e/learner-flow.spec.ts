import { expect, test, type Page } from '@playwright/test';

const flows = [
  {
    locale: 'en',
    dir: 'ltr',
    language: 'English',
    destinationsTitle: 'Where are you going?',
    audiencesTitle: 'Who is learning?',
    days: ['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5'],
    fiveDays: '5 days',
    journey: 'Your journey: documents, airport and flight',
    housing: 'Housing',
    whatYouWillLearn: 'What you will learn',
    start: 'Start the first lesson',
    next: 'Next lesson',
    previous: 'Previous lesson',
    lessons: [
      { position: 'Lesson 1 of 3', title: 'Your first home in Canada' },
      { position: 'Lesson 2 of 3', title: 'The lease and the rent' },
    ],
  },
  {
    locale: 'ar',
    dir: 'rtl',
    language: 'العربية',
    destinationsTitle: 'إلى أين السفر؟',
    audiencesTitle: 'من يتعلّم؟',
    days: ['اليوم 1', 'اليوم 2', 'اليوم 3', 'اليوم 4', 'اليوم 5'],
    fiveDays: '5 أيام',
    journey: 'رحلتك: الوثائق والمطار والطائرة',
    housing: 'السكن',
    whatYouWillLearn: 'ماذا ستتعلّم',
    start: 'ابدأ الدرس الأول',
    next: 'الدرس التالي',
    previous: 'الدرس السابق',
    lessons: [
      { position: 'الدرس 1 من 3', title: 'مسكنك الأول في كندا' },
      { position: 'الدرس 2 من 3', title: 'عقد الإيجار والإيجار' },
    ],
  },
] as const;

async function expectLanguage(page: Page, locale: string, dir: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

for (const flow of flows) {
  const { locale, dir } = flow;
  const course = `/${locale}/canada/adult/`;

  test(`a learner clicks from the language choice to the second lesson (${locale})`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link', { name: flow.language }).click();
    await expect(page).toHaveURL(`/${locale}/`);
    await expectLanguage(page, locale, dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.destinationsTitle);

    await page.locator(`main a[href="/${locale}/canada/"]`).click();
    await expect(page).toHaveURL(`/${locale}/canada/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.audiencesTitle);

    await page.locator(`main a[href="${course}"]`).click();
    await expect(page).toHaveURL(course);
    await expectLanguage(page, locale, dir);
    const main = page.getByRole('main');
    await expect(main.locator('[data-plan] h2:visible')).toHaveText([...flow.days.slice(0, 3)]);
    await main.getByText(flow.fiveDays).click();
    await expect(main.locator('[data-plan] h2:visible')).toHaveText([...flow.days]);
    await expect(main.getByRole('link', { name: flow.journey })).toHaveAttribute(
      'href',
      `${course}your-journey/`,
    );

    await main.getByRole('link', { name: flow.housing }).click();
    await expect(page).toHaveURL(`${course}housing/`);
    await expectLanguage(page, locale, dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(flow.housing);
    const objectives = page.getByRole('region', { name: flow.whatYouWillLearn });
    await expect(objectives.locator('[data-objective]')).toHaveCount(4);
    await expect(objectives.locator('[data-objective]').first()).toBeVisible();

    await page.getByRole('link', { name: flow.start }).click();
    await expect(page).toHaveURL(`${course}housing/housing-first-home-canada/`);
    await expectLanguage(page, locale, dir);
    await expect(main.getByText(flow.lessons[0].position)).toBeVisible();
    await expect(page.locator('article h1')).toHaveText(flow.lessons[0].title);

    await page.getByRole('link', { name: flow.next }).click();
    await expect(page).toHaveURL(`${course}housing/housing-lease-and-rent/`);
    await expectLanguage(page, locale, dir);
    await expect(main.getByText(flow.lessons[1].position)).toBeVisible();
    await expect(page.locator('article h1')).toHaveText(flow.lessons[1].title);

    await page.getByRole('link', { name: flow.previous }).click();
    await expect(page).toHaveURL(`${course}housing/housing-first-home-canada/`);
  });
}

test('the language picker switches a lesson to the same lesson in the other language', async ({
  page,
}) => {
  const lesson = 'canada/adult/housing/housing-lease-and-rent/';
  await page.goto(`/en/${lesson}`);
  const picker = page.locator('header details.languages');

  await picker.locator('summary').click();
  await picker.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(`/ar/${lesson}`);
  await expectLanguage(page, 'ar', 'rtl');
  await expect(page.locator('article h1')).toHaveText('عقد الإيجار والإيجار');

  await picker.locator('summary').click();
  await picker.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/${lesson}`);
  await expectLanguage(page, 'en', 'ltr');
  await expect(page.locator('article h1')).toHaveText('The lease and the rent');
});
