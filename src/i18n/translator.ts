import i18next, { type TFunction } from 'i18next';
import { sourceLocale, type LocaleCode } from './locales.ts';
import type { Resources } from './resources.ts';

/**
 * A ready i18next instance for one locale. Resources are passed in whole, so
 * initialisation is synchronous: pages render at build time and islands hydrate
 * without waiting for a fetch.
 */
export function createTranslator(
  locale: LocaleCode,
  resources: Resources,
): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: sourceLocale,
    resources,
    defaultNS: 'common',
    ns: Object.keys(resources[sourceLocale] ?? {}),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
