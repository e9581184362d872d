// Reads a content folder from disk the way the Astro loaders do (same files, ids and
// schemas), for the content check and tests that run without a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { indexCatalogue, type Catalogue, type RawCollections, type RawEntry } from './catalogue.ts';
import { collectionFiles } from './collection-files.ts';
import type { ContentProblem } from './integrity.ts';
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
} from './schemas.ts';

/** A lesson's Markdown body, by entry id, for checks on its text. */
export type LessonBodies = Map<string, string>;

/** Paths matching a collection pattern (`*.ext` or `*\/*.ext`), relative to the folder. */
function matching(dir: string, pattern: string): string[] {
  const [first, second] = pattern.split('/');
  const extension = (second ?? first ?? '').replace('*', '');
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  if (!second)
    return names.filter(
      (name) => name.endsWith(extension) && !statSync(join(dir, name)).isDirectory(),
    );
  return names
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((sub) => matching(join(dir, sub), `*${extension}`).map((name) => `${sub}/${name}`));
}

function frontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: parse(match[1] ?? ''), body: match[2] ?? '' } : { data: {}, body: text };
}

/** Loads and validates every collection; schema failures come back as problems, not throws. */
export function loadContentFolder(root: string): {
  catalogue: Catalogue;
  problems: ContentProblem[];
  lessonBodies: LessonBodies;
} {
  const problems: ContentProblem[] = [];
  const lessonBodies: LessonBodies = new Map();
  const load = <S extends z.ZodType>(name: keyof typeof collectionFiles, schema: S) => {
    const { folder, pattern } = collectionFiles[name];
    return matching(join(root, folder), pattern).flatMap((path): RawEntry<z.infer<S>>[] => {
      const id = `${folder}/${path}`;
      let data: unknown;
      try {
        const text = readFileSync(join(root, folder, path), 'utf8');
        if (path.endsWith('.md')) {
          const parsed = frontmatter(text);
          lessonBodies.set(id, parsed.body);
          data = parsed.data;
        } else {
          data = parse(text);
        }
      } catch (error) {
        problems.push({
          file: id,
          field: '(file)',
          message: error instanceof Error ? error.message : String(error),
        });
        return [];
      }
      const result = schema.safeParse(data);
      if (result.success) return [{ id, data: result.data }];
      for (const issue of result.error.issues) {
        problems.push({
          file: id,
          field: issue.path.join('.') || '(file)',
          message: issue.message,
        });
      }
      return [];
    });
  };
  const raw: RawCollections = {
    sources: load('sources', sourceSchema),
    destinations: load('destinations', destinationSchema),
    curricula: load('curricula', curriculumSchema),
    modules: load('modules', moduleSchema),
    moduleTexts: load('moduleTexts', moduleTextSchema),
    lessons: load('lessons', lessonSchema),
    quizItems: load('quizItems', quizItemSchema),
    quizItemTexts: load('quizItemTexts', quizItemTextSchema),
    pictures: load('pictures', pictureSchema),
    activities: load('activities', activitySchema),
    activityTexts: load('activityTexts', activityTextSchema),
  };
  return { catalogue: indexCatalogue(raw), problems, lessonBodies };
}
