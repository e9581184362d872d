import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot } from '~/curriculum/content-root.ts';
import { loadShippedNarrations } from '~/curriculum/load.ts';
import { shippedNarrationTypes } from '~/domain/narration.ts';

export const getStaticPaths = (async () =>
  (await loadShippedNarrations()).map((narration) => ({
    params: {
      locale: narration.locale,
      subject: narration.subject,
      file: `${narration.id}.${narration.extension}`,
    },
    props: { file: narration.file, type: shippedNarrationTypes[narration.extension] },
  }))) satisfies GetStaticPaths;

/** A shipped narration's audio, copied from the content folder as it is. */
export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(join(contentRoot(), props['file'] as string)), {
    headers: { 'Content-Type': props['type'] as string },
  });
