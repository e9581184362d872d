import type { LessonRef } from './lesson-progress.ts';

/** Where lesson pages shared by every course of a language live: `/{locale}/lessons/{id}/`. */
const SHARED_LESSONS = 'lessons';

/** A lesson page in a course, as its address says: `/ar/canada/adult/housing/housing-rent/`. */
export interface CourseLessonAddress extends LessonRef {
  locale: string;
}

/** The course, module and lesson a lesson page's address names; undefined for other pages. */
export function courseLessonOf(pathname: string): CourseLessonAddress | undefined {
  const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length !== 5) return undefined;
  const [locale = '', destination = '', audience = '', module = '', lesson = ''] = segments;
  return { locale, destination, audience, module, lesson };
}

/**
 * The one copy of a lesson page that bundles carry: every course teaching the lesson in this
 * language shows this same page, so a tablet stores it once however many courses it holds.
 */
export function sharedLessonPath(locale: string, lesson: string): string {
  return `/${locale}/${SHARED_LESSONS}/${encodeURIComponent(lesson)}/`;
}

export function isSharedLessonPath(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean);
  return segments.length === 3 && segments[1] === SHARED_LESSONS;
}

/** The lesson a shared copy's address holds: `/ar/lessons/housing-rent/` → `housing-rent`. */
export function sharedLessonOf(pathname: string): string | undefined {
  if (!isSharedLessonPath(pathname)) return undefined;
  return decodeURIComponent(pathname.split('/').filter(Boolean)[2] ?? '');
}
