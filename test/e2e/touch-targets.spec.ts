import { expect, test } from '@playwright/test';

// WCAG 2.5.8 minimum; links inside running lesson text are exempt as inline targets.
const minimum = 24;

const pages = (locale: string) => [
  { path: `/${locale}/canada/adult/` },
  { path: `/${locale}/canada/adult/housing/`, ready: '[data-progress-loaded="true"]' },
  {
    path: `/${locale}/canada/adult/housing/housing-first-home-canada/`,
    ready: '[data-recorded="true"]',
  },
  { path: `/${locale}/downloads/`, ready: '.bundles[data-loaded="true"]' },
  { path: `/${locale}/trainer/`, ready: 'form[data-gate]' },
  { path: `/${locale}/feedback/` },
  { path: `/${locale}/trainer/participants/`, ready: 'form[data-gate]' },
  { path: `/${locale}/trainer/register/`, ready: 'form[data-gate]' },
];

for (const locale of ['en', 'ar']) {
  for (const { path, ready } of pages(locale)) {
    test(`every link and button on ${path} is at least ${minimum}px square`, async ({ page }) => {
      await page.goto(path);
      if (ready) await expect(page.locator(ready)).toBeAttached();
      const targets = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'header :is(a, button), main :is(a, button, summary)',
          ),
        ]
          .filter((el) => !el.matches('.lesson-body p a, .skip') && el.checkVisibility())
          .map((el) => {
            const { width, height } = el.getBoundingClientRect();
            return { target: el.outerHTML.slice(0, 120), width, height };
          }),
      );
      expect(targets.length).toBeGreaterThan(0);
      const small = targets.filter((t) => t.width < minimum || t.height < minimum);
      expect(small).toEqual([]);
    });
  }
}
