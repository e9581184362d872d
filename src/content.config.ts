import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './curriculum/content-root.ts';
import {
  curriculumSchema,
  destinationSchema,
  lessonSchema,
  moduleSchema,
  moduleTextSchema,
  quizItemSchema,
  quizItemTextSchema,
  sourceSchema,
} from './curriculum/schemas.ts';

const root = contentRoot();

/** Entry ids are file paths under the collection's folder, so every error names its file. */
const inFolder = (folder: string, pattern: string) =>
  glob({ base: `${root}/${folder}`, pattern, generateId: ({ entry }) => `${folder}/${entry}` });

export const collections = {
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  destinations: defineCollection({
    loader: inFolder('destinations', '*.yaml'),
    schema: destinationSchema,
  }),
  curricula: defineCollection({
    loader: inFolder('curricula', '*.yaml'),
    schema: curriculumSchema,
  }),
  modules: defineCollection({ loader: inFolder('modules', '*.yaml'), schema: moduleSchema }),
  moduleTexts: defineCollection({
    loader: inFolder('modules', '*/*.yaml'),
    schema: moduleTextSchema,
  }),
  lessons: defineCollection({ loader: inFolder('lessons', '*/*.md'), schema: lessonSchema }),
  quizItems: defineCollection({ loader: inFolder('quiz', '*.yaml'), schema: quizItemSchema }),
  quizItemTexts: defineCollection({
    loader: inFolder('quiz', '*/*.yaml'),
    schema: quizItemTextSchema,
  }),
};
