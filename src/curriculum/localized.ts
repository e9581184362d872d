import { sourceLocale } from '../i18n/locales.ts';
import type { ByLocale } from './catalogue.ts';

/** A text in the learner's language, or the English one with `fallback` set so the page can say so. */
export interface Localized<T> {
  value: T;
  locale: string;
  fallback: boolean;
}

export function pickLocale<T>(texts: ByLocale<T> | undefined, locale: string): Localized<T> {
  const own = texts?.get(locale);
  if (own !== undefined) return { value: own, locale, fallback: false };
  const source = texts?.get(sourceLocale);
  if (source === undefined) throw new Error(`no ${sourceLocale} text to fall back on`);
  return { value: source, locale: sourceLocale, fallback: locale !== sourceLocale };
}

/** A name map such as `{ en: 'Canada', ar: 'كندا' }` in the given locale, else English. */
export function localName(names: { en: string } & Record<string, string>, locale: string): string {
  return names[locale] ?? names.en;
}
