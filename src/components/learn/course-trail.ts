import type { PageTranslator } from '~/i18n/page-translator.ts';
import type { Catalogue } from '~/curriculum/catalogue.ts';
import { destinationName, type CourseKey } from '~/curriculum/course.ts';
import { localizedPath } from '~/i18n/paths.ts';

/** Breadcrumb steps from the language's start page down to the course overview. */
export function courseTrail(
  catalogue: Catalogue,
  t: PageTranslator,
  key: CourseKey,
  depth: 'destination' | 'course' | 'module',
  module?: { id: string; title: string },
) {
  const { locale, destination, audience } = key;
  const trail = [{ label: t('start'), href: localizedPath(locale) }];
  if (depth === 'destination') return trail;
  trail.push({
    label: destinationName(catalogue, destination, locale),
    href: localizedPath(locale, destination),
  });
  if (depth === 'course') return trail;
  trail.push({
    label: t(`learn:audiences.${audience}`),
    href: localizedPath(locale, destination, audience),
  });
  if (module)
    trail.push({
      label: module.title,
      href: localizedPath(locale, destination, audience, module.id),
    });
  return trail;
}
