import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  assetUrls,
  bundleIndex,
  bundleManifest,
  pageUrl,
  shippedNarrationUrls,
  type BuiltFile,
} from '../curriculum/bundles.ts';
import { contentRoot } from '../curriculum/content-root.ts';
import { courseLessonOf, sharedLessonPath } from '../domain/lesson-address.ts';
import { lessonSearchFilePath } from '../domain/lesson-search-file.ts';
import { shippedNarrationIndexPath } from '../domain/narration.ts';
import { localeCodes } from '../i18n/locales.ts';

function htmlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Writes one manifest per (destination, locale) into `bundles/` of the built client: every
 * page under `/{locale}/{destination}/` (lesson pages as their shared copies under
 * `/{locale}/lessons/`), every picture those pages show, the lesson search file, and the
 * language's shipped narrations for those lessons and its quiz questions. Tablets download
 * bundles on the Downloads screen; the app shell itself stays small.
 */
export function offlineBundles(): AstroIntegration {
  return {
    name: 'waypoint:offline-bundles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        const destinations = readdirSync(join(contentRoot(), 'destinations'))
          .filter((name) => name.endsWith('.yaml'))
          .map((name) => name.replace(/\.yaml$/, ''));
        const manifests = destinations.flatMap((destination) =>
          localeCodes.flatMap((locale) => {
            const pages = htmlFiles(join(client, locale, destination));
            if (pages.length === 0) return [];
            const files = new Map<string, BuiltFile>();
            const lessonIds = new Set<string>();
            const add = (url: string) =>
              files.set(url, { url, bytes: readFileSync(join(client, url)) });
            for (const coursePath of pages) {
              // A course's lesson page travels as the lesson's shared copy, stored once.
              const lesson = courseLessonOf(pageUrl(relative(client, coursePath)));
              if (lesson) lessonIds.add(lesson.lesson);
              const url = lesson
                ? sharedLessonPath(lesson.locale, lesson.lesson)
                : pageUrl(relative(client, coursePath));
              if (files.has(url)) continue;
              const bytes = readFileSync(join(client, url, 'index.html'));
              files.set(url, { url, bytes });
              for (const url of assetUrls(bytes.toString('utf8'))) add(url);
            }
            add(lessonSearchFilePath(locale, destination));
            const narrations = shippedNarrationIndexPath(locale);
            add(narrations);
            const index: unknown = JSON.parse(readFileSync(join(client, narrations), 'utf8'));
            for (const url of shippedNarrationUrls(index, locale, lessonIds)) add(url);
            return [bundleManifest(destination, locale, [...files.values()])];
          }),
        );
        mkdirSync(join(client, 'bundles'), { recursive: true });
        for (const manifest of manifests) {
          writeFileSync(join(client, 'bundles', `${manifest.id}.json`), JSON.stringify(manifest));
        }
        writeFileSync(
          join(client, 'bundles', 'index.json'),
          JSON.stringify(bundleIndex(manifests)),
        );
        logger.info(`${manifests.length} offline bundles written to bundles/`);
      },
    },
  };
}
