import { join } from 'node:path';
import type { Catalogue } from '../../../src/curriculum/catalogue.ts';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';

export const fixtures = join(import.meta.dirname, '../../fixtures');

/**
 * The valid fixture content, freshly loaded (tests may break it): two destinations, an adult
 * course of five modules, one module with a draft Arabic text and a Lemuria-only lesson.
 */
export function fixtureCatalogue(): Catalogue {
  const { catalogue, problems } = loadContentFolder(join(fixtures, 'content-valid'));
  if (problems.length > 0)
    throw new Error(`fixture content is invalid: ${JSON.stringify(problems)}`);
  return catalogue;
}
