import type { SearchFolding } from '../domain/search-text.ts';

/** One language Waypoint's interface can be shown in. */
export interface LocaleInfo {
  /** BCP 47 code, also the first segment of every localized URL. */
  code: string;
  /** The language's name in itself, as shown in the language picker. */
  endonym: string;
  /** Text direction: drives `<html dir>` and, through logical CSS properties, the layout. */
  dir: 'ltr' | 'rtl';
  /** Main script, for fonts and search pipelines. */
  script: 'Latn' | 'Arab' | 'Cyrl';
  /** How lesson search compares words: folding for every language, a stemmer where lunr-languages has one. */
  search: { folding: SearchFolding; stemmer?: 'en' | 'fr' | 'ar' };
}

export const locales = [
  {
    code: 'en',
    endonym: 'English',
    dir: 'ltr',
    script: 'Latn',
    search: { folding: 'latin', stemmer: 'en' },
  },
  {
    code: 'ar',
    endonym: 'العربية',
    dir: 'rtl',
    script: 'Arab',
    search: { folding: 'arabic', stemmer: 'ar' },
  },
  {
    code: 'fa-AF',
    endonym: 'دری',
    dir: 'rtl',
    script: 'Arab',
    search: { folding: 'perso-arabic' },
  },
  { code: 'ps', endonym: 'پښتو', dir: 'rtl', script: 'Arab', search: { folding: 'perso-arabic' } },
  {
    code: 'uk',
    endonym: 'Українська',
    dir: 'ltr',
    script: 'Cyrl',
    search: { folding: 'cyrillic' },
  },
  {
    code: 'fr',
    endonym: 'Français',
    dir: 'ltr',
    script: 'Latn',
    search: { folding: 'latin', stemmer: 'fr' },
  },
] as const satisfies readonly LocaleInfo[];

export type LocaleCode = (typeof locales)[number]['code'];

/** The language content falls back to when a translation is missing. */
export const sourceLocale: LocaleCode = 'en';

export const localeCodes: readonly LocaleCode[] = locales.map((locale) => locale.code);

export function isLocaleCode(value: string): value is LocaleCode {
  return (localeCodes as readonly string[]).includes(value);
}

export function localeInfo(code: LocaleCode): LocaleInfo {
  const found = locales.find((locale) => locale.code === code);
  if (!found) throw new Error(`Unknown locale "${code}"`);
  return found;
}
