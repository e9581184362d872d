import type { APIRoute, GetStaticPaths } from 'astro';
import { loadShippedNarrations } from '~/curriculum/load.ts';
import { shippedNarrationIndex } from '~/curriculum/shipped-narrations.ts';
import { localeCodes } from '~/i18n/locales.ts';

export const getStaticPaths = (() =>
  localeCodes.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** The narrations shipped for one language: narration key → audio URL (often none). */
export const GET: APIRoute = async ({ params }) => {
  const index = shippedNarrationIndex(await loadShippedNarrations(), params.locale ?? '');
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
