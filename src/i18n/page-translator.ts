import type { TFunction } from 'i18next';
import type { LocaleCode } from './locales.ts';
import { uiResources } from './resources.ts';
import { createTranslator } from './translator.ts';

const pageNamespaces = [
  'common',
  'learn',
  'offline',
  'downloads',
  'cohorts',
  'participants',
  'register',
  'sessions',
  'certificates',
  'results',
  'feedback',
  'search',
  'learners',
  'quiz',
  'child',
  'gbv',
  'operator',
  'partner',
] as const;
export type PageTranslator = TFunction<typeof pageNamespaces>;
const cache = new Map<LocaleCode, PageTranslator>();

/** The translator Astro pages render with at build time, one per locale. */
export function pageTranslator(locale: LocaleCode): PageTranslator {
  let t = cache.get(locale);
  if (!t)
    cache.set(locale, (t = createTranslator(locale, uiResources(pageNamespaces), pageNamespaces)));
  return t;
}
