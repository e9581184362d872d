/**
 * Where each collection's files live under `content/`, shared by the Astro loaders and
 * the content check so both read exactly the same files.
 */
export const collectionFiles = {
  sources: { folder: 'sources', pattern: '*.yaml' },
  destinations: { folder: 'destinations', pattern: '*.yaml' },
  curricula: { folder: 'curricula', pattern: '*.yaml' },
  modules: { folder: 'modules', pattern: '*.yaml' },
  moduleTexts: { folder: 'modules', pattern: '*/*.yaml' },
  lessons: { folder: 'lessons', pattern: '*/*.md' },
  quizItems: { folder: 'quiz', pattern: '*.yaml' },
  quizItemTexts: { folder: 'quiz', pattern: '*/*.yaml' },
  pictures: { folder: 'pictures', pattern: '*.yaml' },
  activities: { folder: 'activities', pattern: '*.yaml' },
  activityTexts: { folder: 'activities', pattern: '*/*.yaml' },
} as const;
