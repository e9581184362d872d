// Reads a content folder the way the Astro loaders do (same globs, ids and schemas), so
// tests can check real and fixture content without running a build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  indexCatalogue,
  type Catalogue,
  type RawEntry,
} from '../../../src/curriculum/catalogue.ts';
import {
  curriculumSchema,
  destinationSchema,
  lessonSchema,
  moduleSchema,
  moduleTextSchema,
  quizItemSchema,
  quizItemTextSchema,
  sourceSchema,
} from '../../../src/curriculum/schemas.ts';

function files(dir: string, depth: number, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return depth > 0 ? files(path, depth - 1, extension) : [];
    return depth === 0 && name.endsWith(extension) ? [path] : [];
  });
}

function load<S extends z.ZodType>(
  root: string,
  folder: string,
  depth: number,
  schema: S,
  extension = '.yaml',
) {
  return files(join(root, folder), depth, extension).map((path): RawEntry<z.infer<S>> => {
    const text = readFileSync(path, 'utf8');
    const data = extension === '.md' ? parse(text.split(/^---$/m)[1] ?? '') : parse(text);
    return { id: `${folder}/${relative(join(root, folder), path)}`, data: schema.parse(data) };
  });
}

export function loadContentFolder(root: string): Catalogue {
  return indexCatalogue({
    sources: sourceSchema.array().parse(parse(readFileSync(join(root, 'sources.yaml'), 'utf8'))),
    destinations: load(root, 'destinations', 0, destinationSchema),
    curricula: load(root, 'curricula', 0, curriculumSchema),
    modules: load(root, 'modules', 0, moduleSchema),
    moduleTexts: load(root, 'modules', 1, moduleTextSchema),
    lessons: load(root, 'lessons', 1, lessonSchema, '.md'),
    quizItems: load(root, 'quiz', 0, quizItemSchema),
    quizItemTexts: load(root, 'quiz', 1, quizItemTextSchema),
  });
}
