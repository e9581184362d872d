import { z } from 'zod';

/** Where a lesson is taught in a destination's courses: one link per audience and module. */
export const lessonPlaceSchema = z.object({
  /** `adult`, `youth` or `child`. */
  audience: z.string().min(1),
  /** Title of the module the lesson belongs to there, in the bundle's language. */
  moduleTitle: z.string(),
  /** The lesson page in that course. */
  href: z.string().startsWith('/'),
});
export type LessonPlace = z.infer<typeof lessonPlaceSchema>;

/** A lesson as search shows it: a lesson shared by several courses is listed once. */
export const searchedLessonSchema = z.object({
  /** The lesson's content id. */
  id: z.string().min(1),
  title: z.string(),
  /** The lesson as plain text, for snippets. */
  body: z.string(),
  places: z.array(lessonPlaceSchema).min(1),
});
export type SearchedLesson = z.infer<typeof searchedLessonSchema>;

/** `/{locale}/{destination}/search.json`: one bundle's lessons and their lunr index. */
export const lessonSearchFileSchema = z.object({
  locale: z.string().min(1),
  destination: z.string().min(1),
  /** The lessons; a lesson's position in this list is its key in the index. */
  lessons: z.array(searchedLessonSchema),
  /** A serialised lunr index (`lunr.Index.toJSON()`) over the lessons' titles and text. */
  index: z.record(z.string(), z.unknown()),
});
export type LessonSearchFile = z.infer<typeof lessonSearchFileSchema>;

/** The URL of a bundle's search file; it travels in the bundle, so search works offline. */
export function lessonSearchFilePath(locale: string, destination: string): string {
  return `/${locale}/${destination}/search.json`;
}
