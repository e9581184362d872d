// Lesson search figures per bundle: how big the index is next to the text it indexes, how
// long a tablet takes to load it, and how long a query takes (in Node, on this machine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleManifest } from '../../src/domain/bundle-manifest.ts';
import {
  lessonSearchFilePath,
  lessonSearchFileSchema,
} from '../../src/domain/lesson-search-file.ts';
import { searchWords } from '../../src/domain/search-text.ts';
import { findLessons, loadLessonIndex } from '../../src/i18n/lesson-search.ts';
import { isLocaleCode, localeInfo } from '../../src/i18n/locales.ts';

export interface LessonSearchFigures {
  bundle: string;
  indexBytes: number;
  textBytes: number;
  loadMedianMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function lessonSearchFigures(
  client: string,
  manifest: BundleManifest,
  queries = 200,
): LessonSearchFigures {
  const { locale, destination } = manifest;
  if (!isLocaleCode(locale)) throw new Error(`bundle ${manifest.id} has an unknown locale`);
  const json = readFileSync(join(client, lessonSearchFilePath(locale, destination)), 'utf8');
  const file = lessonSearchFileSchema.parse(JSON.parse(json));
  const text = file.lessons.map((lesson) => `${lesson.title} ${lesson.body}`).join(' ');

  const loads = Array.from({ length: 11 }, () =>
    timed(() => loadLessonIndex(lessonSearchFileSchema.parse(JSON.parse(json)).index)),
  ).sort((a, b) => a - b);

  // Words of the lessons themselves, spread over the bundle, with every third one cut short
  // as a learner still typing would leave it.
  const words = searchWords(text, localeInfo(locale).search.folding).filter(
    (word) => word.length >= 4,
  );
  const step = Math.max(1, Math.floor(words.length / queries));
  const asked = Array.from({ length: queries }, (_, i) => {
    const word = words[(i * step) % words.length];
    const typed = text.slice(word?.start ?? 0, (word?.start ?? 0) + (word?.length ?? 0));
    return i % 3 === 2 ? typed.slice(0, 3) : typed;
  });
  const index = loadLessonIndex(file.index);
  const times = asked.map((q) => timed(() => findLessons(index, locale, q))).sort((a, b) => a - b);

  return {
    bundle: manifest.id,
    indexBytes: Buffer.byteLength(JSON.stringify(file.index)),
    textBytes: Buffer.byteLength(text),
    loadMedianMs: percentile(loads, 50),
    queryMedianMs: percentile(times, 50),
    queryP95Ms: percentile(times, 95),
  };
}
