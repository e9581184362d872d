import { expect, it } from 'vitest';
import { localizedPath, switchLocalePath } from '../../../src/i18n/paths.ts';

it('builds locale-prefixed paths with a trailing slash', () => {
  expect(localizedPath('ar', 'canada', 'adult')).toBe('/ar/canada/adult/');
  expect(localizedPath('en')).toBe('/en/');
});

it.each([
  [
    '/en/canada/adult/housing/housing-lease-and-rent/',
    'ar',
    '/ar/canada/adult/housing/housing-lease-and-rent/',
  ],
  ['/ar/canada/', 'en', '/en/canada/'],
  ['/en/', 'ar', '/ar/'],
  ['/', 'ar', '/ar/'],
] as const)(
  'the language picker keeps the learner on the same page: %s → %s',
  (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  },
);
