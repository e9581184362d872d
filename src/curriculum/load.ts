import { getCollection } from 'astro:content';
import { indexCatalogue, type Catalogue } from './catalogue.ts';
import { contentRoot } from './content-root.ts';
import { CurriculumError, findContentProblems } from './integrity.ts';
import {
  checkNarrationFiles,
  listNarrationFiles,
  type ShippedNarration,
} from './shipped-narrations.ts';

let loading: Promise<Catalogue> | undefined;

/**
 * The whole catalogue, checked. Loaded once per build: every page's getStaticPaths
 * asks for it, and content does not change during a build. Cross-reference problems
 * fail the build with the file and field named.
 */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= (async () => {
    const catalogue = indexCatalogue({
      sources: await getCollection('sources'),
      destinations: await getCollection('destinations'),
      curricula: await getCollection('curricula'),
      modules: await getCollection('modules'),
      moduleTexts: await getCollection('moduleTexts'),
      lessons: await getCollection('lessons'),
      quizItems: await getCollection('quizItems'),
      quizItemTexts: await getCollection('quizItemTexts'),
      pictures: await getCollection('pictures'),
      activities: await getCollection('activities'),
      activityTexts: await getCollection('activityTexts'),
    });
    const problems = findContentProblems(catalogue);
    if (problems.length > 0) throw new CurriculumError(problems);
    return catalogue;
  })();
  return loading;
}

/**
 * The narration audio the content ships, checked against the catalogue. A stray or broken
 * file fails the build with the file named, like any other content problem.
 */
export async function loadShippedNarrations(): Promise<ShippedNarration[]> {
  const { narrations, problems } = checkNarrationFiles(
    listNarrationFiles(contentRoot()),
    await loadCatalogue(),
  );
  if (problems.length > 0) throw new CurriculumError(problems);
  return narrations;
}
