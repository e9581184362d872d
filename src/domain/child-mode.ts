/**
 * Child mode keeps a tablet on the child track of one country: every other page sends the
 * child back to it, and only the trainer's PIN (on the leave page) ends it. Its state is the
 * child track's start page, kept in a cookie because the check must run before a page paints,
 * which only synchronous storage allows (see BaseLayout's head script).
 */
export const CHILD_MODE_COOKIE = 'waypoint-child-mode';

/** The leave page, reachable in child mode in every language. */
export const CHILD_MODE_EXIT = 'child-mode';

/** The child track's start page in child mode: `/ar/canada/child/`. */
export function childModeHome(locale: string, destination: string): string {
  return `/${locale}/${destination}/child/`;
}

/**
 * Whether child mode lets a page open: the child track of its country in any language, and
 * the leave page. Never trainer screens, adult or youth courses (GBV included), search, or a
 * lesson's shared copy typed by hand.
 */
export function childModeAllows(pathname: string, home: string): boolean {
  const [, destination = '', track = ''] = home.split('/').filter(Boolean);
  const [, second = '', third = ''] = pathname.split('/').filter(Boolean);
  return (second === destination && third === track) || second === CHILD_MODE_EXIT;
}

/** The cookie that turns child mode on (a year; the leave page removes it). */
export function childModeCookie(home: string | undefined): string {
  return home
    ? `${CHILD_MODE_COOKIE}=${encodeURIComponent(home)}; path=/; max-age=31536000; SameSite=Strict`
    : `${CHILD_MODE_COOKIE}=; path=/; max-age=0; SameSite=Strict`;
}

/** Child mode's home from a `document.cookie` string, if child mode is on. */
export function childModeFromCookies(cookies: string): string | undefined {
  const found = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${CHILD_MODE_COOKIE}=`));
  const value = found && decodeURIComponent(found.slice(CHILD_MODE_COOKIE.length + 1));
  return value || undefined;
}
