import type { Catalogue } from '~/curriculum/catalogue.ts';
import { destinationName } from '~/curriculum/course.ts';
import { destinationIds } from '~/curriculum/routes.ts';
import { locales, type LocaleCode } from '~/i18n/locales.ts';
import type { PageTranslator } from '~/i18n/page-translator.ts';

/** "Canada · العربية" for every bundle id (`canada-ar`), named in the page's language. */
export function bundleNames(catalogue: Catalogue, t: PageTranslator, pageLocale: LocaleCode) {
  return Object.fromEntries(
    destinationIds(catalogue).flatMap((destination) =>
      locales.map((language) => [
        `${destination}-${language.code}`,
        t('downloads:bundle', {
          destination: destinationName(catalogue, destination, pageLocale),
          language: language.endonym,
        }),
      ]),
    ),
  );
}
