import { buildLessonIndex } from '../i18n/lesson-search.ts';
import type { LocaleCode } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import type { LessonSearchFile, SearchedLesson } from '../domain/lesson-search-file.ts';
import type { Catalogue } from './catalogue.ts';
import { courseChoices, lessonSequence, moduleOutline } from './course.ts';
import { pickLocale } from './localized.ts';

/**
 * A lesson's Markdown as the words a reader sees: no emphasis marks, link targets, heading
 * or quote markers, so snippets read naturally and word positions match the snippet text.
 */
export function lessonPlainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every lesson of a destination's courses in one language, each listed once with the courses
 * and modules that teach it, and the lunr index over their titles and text.
 */
export function lessonSearchFile(
  catalogue: Catalogue,
  destination: string,
  locale: LocaleCode,
  markdownOf: (entryId: string) => string,
): LessonSearchFile {
  const lessons = new Map<string, SearchedLesson>();
  for (const { audience } of courseChoices(catalogue).filter(
    (c) => c.destination === destination,
  )) {
    const key = { locale, destination, audience };
    for (const link of lessonSequence(catalogue, key)) {
      const place = {
        audience,
        moduleTitle: moduleOutline(catalogue, key, link.moduleId).title,
        href: localizedPath(locale, destination, audience, link.moduleId, link.id),
      };
      const known = lessons.get(link.id);
      if (known) {
        known.places.push(place);
        continue;
      }
      const text = pickLocale(catalogue.lessons.get(link.id), locale);
      lessons.set(link.id, {
        id: link.id,
        title: link.title,
        body: lessonPlainText(markdownOf(text.value.entryId)),
        places: [place],
      });
    }
  }
  const list = [...lessons.values()];
  return {
    locale,
    destination,
    lessons: list,
    index: buildLessonIndex(locale, list).toJSON() as unknown as Record<string, unknown>,
  };
}
