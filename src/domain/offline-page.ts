/** First path segments that are app-shell pages, not a destination's bundle. */
const shellPages = new Set([
  'offline',
  'downloads',
  'bundle-missing',
  'trainer',
  'feedback',
  'search',
  'learners',
  'child-mode',
]);

function localeOf(first: string): string {
  return /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(first) ? first : 'en';
}

/** The offline page for a URL: in the language of its first path segment, else in English. */
export function offlinePagePath(pathname: string): string {
  const first = pathname.split('/').find(Boolean) ?? '';
  return `/${localeOf(first)}/offline/index.html`;
}

/**
 * The bundle a page belongs to: `/ar/canada/adult/` → `{ locale: 'ar', destination: 'canada' }`.
 * Pages outside any bundle (the app shell, the hub, unknown addresses) give undefined.
 */
export function bundleOfPath(
  pathname: string,
  destinations: ReadonlySet<string>,
): { locale: string; destination: string } | undefined {
  const [locale, destination] = pathname.split('/').filter(Boolean);
  if (!locale || !destination || localeOf(locale) !== locale || shellPages.has(destination)) {
    return undefined;
  }
  return destinations.has(destination) ? { locale, destination } : undefined;
}

/** The page shown for a bundle page that is not on the tablet, in the bundle's language. */
export function missingBundlePagePath(locale: string): string {
  return `/${locale}/bundle-missing/index.html`;
}
