import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './curriculum/content-root.ts';
import { collectionFiles } from './curriculum/collection-files.ts';
import {
  activitySchema,
  activityTextSchema,
  curriculumSchema,
  destinationSchema,
  lessonSchema,
  moduleSchema,
  moduleTextSchema,
  pictureSchema,
  quizItemSchema,
  quizItemTextSchema,
  sourceSchema,
} from './curriculum/schemas.ts';

const root = contentRoot();

/** Entry ids are file paths under `content/`, so every error names its file. */
const load = (name: keyof typeof collectionFiles) => {
  const { folder, pattern } = collectionFiles[name];
  return glob({
    base: `${root}/${folder}`,
    pattern,
    generateId: ({ entry }) => `${folder}/${entry}`,
  });
};

export const collections = {
  sources: defineCollection({ loader: load('sources'), schema: sourceSchema }),
  destinations: defineCollection({ loader: load('destinations'), schema: destinationSchema }),
  curricula: defineCollection({ loader: load('curricula'), schema: curriculumSchema }),
  modules: defineCollection({ loader: load('modules'), schema: moduleSchema }),
  moduleTexts: defineCollection({ loader: load('moduleTexts'), schema: moduleTextSchema }),
  lessons: defineCollection({ loader: load('lessons'), schema: lessonSchema }),
  quizItems: defineCollection({ loader: load('quizItems'), schema: quizItemSchema }),
  quizItemTexts: defineCollection({ loader: load('quizItemTexts'), schema: quizItemTextSchema }),
  pictures: defineCollection({ loader: load('pictures'), schema: pictureSchema }),
  activities: defineCollection({ loader: load('activities'), schema: activitySchema }),
  activityTexts: defineCollection({ loader: load('activityTexts'), schema: activityTextSchema }),
};
