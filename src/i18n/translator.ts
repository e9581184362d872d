import i18next, { type FlatNamespace, type TFunction } from 'i18next';
import { sourceLocale, type LocaleCode } from './locales.ts';
import type { Resources } from './resources.ts';

/**
 * A ready translator for one locale. Resources are passed in whole, so initialisation
 * is synchronous: pages render at build time and islands hydrate without a fetch.
 * Keys of the first namespace are written bare, others as `namespace:key`.
 */
export function createTranslator<const Ns extends readonly [FlatNamespace, ...FlatNamespace[]]>(
  locale: LocaleCode,
  resources: Resources,
  namespaces: Ns,
): TFunction<Ns> {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: sourceLocale,
    resources,
    ns: [...namespaces],
    defaultNS: namespaces[0],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT<Ns>(locale, namespaces) as TFunction<Ns>;
}
