import type { Catalogue } from '~/curriculum/catalogue.ts';
import { outlinesByCourse } from '~/curriculum/course-tables.ts';
import {
  neighbouringLessons,
  neutralLessonHref,
  type LessonLink,
  type ModuleOutline,
} from '~/curriculum/course.ts';
import type { Audience } from '~/curriculum/schemas.ts';
import { lessonKey } from '~/domain/lesson-progress.ts';
import type { LocaleCode } from '~/i18n/locales.ts';
import type { PageTranslator } from '~/i18n/page-translator.ts';
import { localizedPath } from '~/i18n/paths.ts';
import { courseTrail } from './course-trail.ts';

interface Link {
  href: string;
  label: string;
}

/** What a lesson page shows around the lesson in one course that teaches it. */
export interface LessonInCourse {
  /** `{destination}/{audience}`, as in the lesson page's address. */
  course: string;
  lessonKey: string;
  trail: Link[];
  /** "Lesson 2 of 3". */
  position: string;
  previous: Link | undefined;
  next: Link | undefined;
  courseHref: string;
  /** Where the quick exit goes from this course's GBV lessons (see `neutralLessonHref`). */
  exitHref: string;
}

const outlines = new Map<LocaleCode, Record<string, ModuleOutline[]>>();

/**
 * Every course (in one language) that teaches a lesson, with the lesson's place in it. One
 * lesson page carries them all, so the same page serves every course and a tablet keeps
 * one copy of it.
 */
export function lessonCourses(
  catalogue: Catalogue,
  t: PageTranslator,
  locale: LocaleCode,
  lessonId: string,
): LessonInCourse[] {
  let byCourse = outlines.get(locale);
  if (!byCourse) outlines.set(locale, (byCourse = outlinesByCourse(catalogue, locale)));
  return Object.entries(byCourse).flatMap(([course, modules]) => {
    const module = modules.find((m) => m.lessons.some((lesson) => lesson.id === lessonId));
    if (!module) return [];
    const [destination = '', audience = 'adult'] = course.split('/') as [string, Audience];
    const key = { locale, destination, audience };
    const { previous, next } = neighbouringLessons(modules, lessonId);
    const hrefOf = (lesson: LessonLink) =>
      localizedPath(locale, destination, audience, lesson.moduleId, lesson.id);
    return [
      {
        course,
        lessonKey: lessonKey({ destination, audience, module: module.id, lesson: lessonId }),
        trail: courseTrail(catalogue, t, key, 'module', module),
        position: t('learn:lesson.position', {
          current: module.lessons.findIndex((lesson) => lesson.id === lessonId) + 1,
          total: module.lessons.length,
        }),
        previous: previous && { href: hrefOf(previous), label: t('learn:lesson.previous') },
        next: next && {
          href: hrefOf(next),
          label:
            next.moduleId === module.id
              ? t('learn:lesson.next')
              : t('learn:lesson.nextIn', {
                  title: modules.find((m) => m.id === next.moduleId)?.title ?? '',
                }),
        },
        courseHref: localizedPath(locale, destination, audience),
        exitHref: neutralLessonHref(modules, locale, destination, audience),
      },
    ];
  });
}
