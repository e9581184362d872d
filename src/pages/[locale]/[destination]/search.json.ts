import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { lessonSearchFile } from '~/curriculum/lesson-search-file.ts';
import { loadCatalogue } from '~/curriculum/load.ts';
import { pickLocale } from '~/curriculum/localized.ts';
import { destinationIds } from '~/curriculum/routes.ts';
import { localeCodes, type LocaleCode } from '~/i18n/locales.ts';

export const getStaticPaths = (async () => {
  const catalogue = await loadCatalogue();
  return localeCodes.flatMap((locale) =>
    destinationIds(catalogue).map((destination) => ({ params: { locale, destination } })),
  );
}) satisfies GetStaticPaths;

/** The bundle's lesson search: every lesson's text and the lunr index over it. */
export const GET: APIRoute = async ({ params }) => {
  const catalogue = await loadCatalogue();
  const markdown = new Map<string, string>();
  for (const texts of catalogue.lessons.values()) {
    const { entryId } = pickLocale(texts, params.locale ?? '').value;
    markdown.set(entryId, (await getEntry('lessons', entryId))?.body ?? '');
  }
  const file = lessonSearchFile(
    catalogue,
    params.destination ?? '',
    params.locale as LocaleCode,
    (entryId) => markdown.get(entryId) ?? '',
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
