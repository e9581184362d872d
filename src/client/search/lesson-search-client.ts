// Opens one bundle's lesson search in the browser. The search file comes from the bundle
// cache through the service worker when the course is downloaded (so it works offline), else
// from the network; lunr is only loaded here, on the search screen.
import {
  lessonSearchFilePath,
  lessonSearchFileSchema,
  type LessonPlace,
  type SearchedLesson,
} from '../../domain/lesson-search-file.ts';
import { markMatches, searchSnippet, type SnippetPart } from '../../domain/search-text.ts';
import type { LocaleCode } from '../../i18n/locales.ts';

/** One result: a lesson in one course, with its title and a snippet, matches marked. */
export interface LessonSearchResult {
  lesson: SearchedLesson;
  place: LessonPlace;
  title: SnippetPart[];
  snippet: SnippetPart[];
}

export interface LessonSearch {
  /** Lessons matching `text`, best first; only those taught in `audience`'s course if given. */
  find(text: string, audience?: string): LessonSearchResult[];
}

/** The search file could not be had: the course is not on the tablet and the tablet is offline. */
export class LessonSearchUnavailable extends Error {
  constructor(reason: string) {
    super(`lesson search unavailable: ${reason}`);
    this.name = 'LessonSearchUnavailable';
  }
}

export async function openLessonSearch(
  locale: LocaleCode,
  destination: string,
): Promise<LessonSearch> {
  const [response, { findLessons, loadLessonIndex, matchedRanges }] = await Promise.all([
    fetch(lessonSearchFilePath(locale, destination)).catch((error: unknown) => {
      throw new LessonSearchUnavailable(String(error));
    }),
    import('../../i18n/lesson-search.ts'),
  ]);
  if (!response.ok) throw new LessonSearchUnavailable(`HTTP ${response.status}`);
  const file = lessonSearchFileSchema.parse(await response.json());
  const index = loadLessonIndex(file.index);
  return {
    find(text, audience) {
      return findLessons(index, locale, text).flatMap(({ position, terms }) => {
        const lesson = file.lessons[position];
        if (!lesson) return [];
        return lesson.places
          .filter((place) => !audience || place.audience === audience)
          .map((place) => ({
            lesson,
            place,
            title: markMatches(lesson.title, matchedRanges(locale, lesson.title, terms)),
            snippet: searchSnippet(lesson.body, matchedRanges(locale, lesson.body, terms)),
          }));
      });
    },
  };
}
