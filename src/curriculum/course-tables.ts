import type { LocaleCode } from '../i18n/locales.ts';
import type { Catalogue } from './catalogue.ts';
import { courseChoices, moduleOutline, type ModuleOutline } from './course.ts';
import type { Curriculum } from './schemas.ts';

/** A course's key in the tables trainer screens look cohorts up in: `{destination}/{audience}`. */
const courseKey = (c: Curriculum) => `${c.destination}/${c.audience}`;

/** Every course's plans, by course key. */
export function plansByCourse(catalogue: Catalogue): Record<string, Curriculum['plans']> {
  return Object.fromEntries(courseChoices(catalogue).map((c) => [courseKey(c), c.plans]));
}

/** Every course's modules in teaching order, in one language, by course key. */
export function outlinesByCourse(
  catalogue: Catalogue,
  locale: LocaleCode,
): Record<string, ModuleOutline[]> {
  return Object.fromEntries(
    courseChoices(catalogue).map((c) => [
      courseKey(c),
      c.plans['three-day']
        .flat()
        .map((id) =>
          moduleOutline(
            catalogue,
            { locale, destination: c.destination, audience: c.audience },
            id,
          ),
        ),
    ]),
  );
}

/** Title and picture of every module any course teaches, in one language. */
export function moduleCards(
  catalogue: Catalogue,
  locale: LocaleCode,
): Record<string, { title: string; picture: string }> {
  return Object.fromEntries(
    Object.values(outlinesByCourse(catalogue, locale))
      .flat()
      .map((module) => [
        module.id,
        { title: module.title, picture: catalogue.modules.get(module.id)?.picture ?? module.id },
      ]),
  );
}
