import type { APIRoute, GetStaticPaths } from 'astro';
import { courseChoices } from '~/curriculum/course.ts';
import { courseOutline } from '~/curriculum/course-outline.ts';
import { loadCatalogue } from '~/curriculum/load.ts';
import type { Audience } from '~/curriculum/schemas.ts';

export const getStaticPaths = (async () =>
  courseChoices(await loadCatalogue()).map(({ destination, audience }) => ({
    params: { destination, audience },
  }))) satisfies GetStaticPaths;

/** A course's plan, objectives and quiz item ids, for the hub's demo data (no words). */
export const GET: APIRoute = async ({ params }) => {
  const outline = courseOutline(
    await loadCatalogue(),
    params.destination ?? '',
    params.audience as Audience,
  );
  return new Response(JSON.stringify(outline), {
    headers: { 'Content-Type': 'application/json' },
  });
};
