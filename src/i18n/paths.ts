import { isLocaleCode, type LocaleCode } from './locales.ts';

/** The URL of a learner page: `/{locale}/{segment}/…/`, always with a trailing slash. */
export function localizedPath(locale: LocaleCode, ...segments: string[]): string {
  return `/${[locale, ...segments].map(encodeURIComponent).join('/')}/`;
}

/**
 * The same page in another language: swaps the locale segment and keeps the rest,
 * so the language picker never sends a learner back to the start.
 */
export function switchLocalePath(pathname: string, target: LocaleCode): string {
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length > 0 && isLocaleCode(segments[0] ?? '')) segments.shift();
  return `/${[target, ...segments].join('/')}/`;
}
