import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Pages with a Svelte island are scanned once it has hydrated, so axe sees what learners see.
const pages = (locale: string) => [
  { path: '/' },
  { path: `/${locale}/` },
  { path: `/${locale}/canada/` },
  { path: `/${locale}/canada/adult/` },
  { path: `/${locale}/canada/adult/housing/`, ready: '[data-progress-loaded="true"]' },
  {
    path: `/${locale}/canada/adult/housing/housing-lease-and-rent/`,
    ready: '[data-recorded="true"]',
  },
  { path: `/${locale}/offline/` },
  { path: `/${locale}/downloads/`, ready: '.bundles[data-loaded="true"]' },
  { path: `/${locale}/trainer/`, ready: 'form[data-gate]' },
  { path: `/${locale}/feedback/` },
  { path: `/${locale}/trainer/participants/`, ready: 'form[data-gate]' },
  { path: `/${locale}/trainer/register/`, ready: 'form[data-gate]' },
  { path: `/${locale}/bundle-missing/` },
];

for (const locale of ['en', 'ar']) {
  for (const { path, ready } of pages(locale)) {
    // "/" is the same page in both passes; scanning it once is enough.
    if (path === '/' && locale !== 'en') continue;

    test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      if (ready) await expect(page.locator(ready)).toBeAttached();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const severe = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(severe, severe.join('\n')).toEqual([]);
    });
  }
}
