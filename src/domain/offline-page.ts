/** The offline page for a URL: in the language of its first path segment, else in English. */
export function offlinePagePath(pathname: string): string {
  const first = pathname.split('/').find(Boolean) ?? '';
  const locale = /^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(first) ? first : 'en';
  return `/${locale}/offline/index.html`;
}
