import { localeCodes } from '../i18n/locales.ts';
import type { Catalogue } from './catalogue.ts';
import { courseChoices, courseDays, type CourseKey } from './course.ts';

/** Every course a learner can reach: locale × curriculum. */
export function courseKeys(catalogue: Catalogue): CourseKey[] {
  return localeCodes.flatMap((locale) =>
    courseChoices(catalogue).map(({ destination, audience }) => ({
      locale,
      destination,
      audience,
    })),
  );
}

/** Every module page of every course. */
export function modulePages(catalogue: Catalogue) {
  return courseKeys(catalogue).flatMap((key) =>
    courseDays(catalogue, key).flatMap((day) => day.modules.map((module) => ({ key, module }))),
  );
}

/** Every lesson page of every course. */
export function lessonPages(catalogue: Catalogue) {
  return modulePages(catalogue).flatMap(({ key, module }) =>
    module.lessons.map((lesson) => ({ key, module, lesson })),
  );
}

/** Every destination that has at least one curriculum. */
export function destinationIds(catalogue: Catalogue): string[] {
  return [...new Set(courseChoices(catalogue).map((c) => c.destination))];
}
