// Narration audio shipped with the content: `content/narration/{locale}/{lesson|question}/
// {id}.{ogg|opus|mp3|m4a|webm|wav}`, recorded by a speaker of the language and checked like
// any other content file. The build serves each file at the same path under `/narration/`.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_SHIPPED_NARRATION_BYTES,
  narrationKey,
  shippedNarrationPath,
  shippedNarrationTypes,
  type NarrationSubject,
  type ShippedNarrationExtension,
  type ShippedNarrationIndex,
} from '../domain/narration.ts';
import { isLocaleCode } from '../i18n/locales.ts';
import type { Catalogue } from './catalogue.ts';
import type { ContentProblem } from './integrity.ts';

/** A file found under `content/narration/`: its path there and its size. */
export interface NarrationFile {
  /** e.g. `narration/fa-AF/lesson/housing-lease-and-rent.ogg`, relative to the content root. */
  file: string;
  bytes: number;
}

/** A narration the content ships, checked. */
export interface ShippedNarration {
  file: string;
  key: string;
  locale: string;
  subject: NarrationSubject;
  id: string;
  extension: ShippedNarrationExtension;
  url: string;
}

/** Every file under the content's `narration/` folder (none when it does not exist). */
export function listNarrationFiles(contentDir: string): NarrationFile[] {
  const walk = (relative: string): NarrationFile[] => {
    let names: string[];
    try {
      names = readdirSync(join(contentDir, relative));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const path = `${relative}/${name}`;
      const stat = statSync(join(contentDir, path));
      return stat.isDirectory() ? walk(path) : [{ file: path, bytes: stat.size }];
    });
  };
  return walk('narration');
}

const extensions = Object.keys(shippedNarrationTypes).join(', ');

/** The narrations the files are, and what is wrong with those that are not. */
export function checkNarrationFiles(
  files: readonly NarrationFile[],
  catalogue: Pick<Catalogue, 'lessons' | 'quizItems'>,
): { narrations: ShippedNarration[]; problems: ContentProblem[] } {
  const narrations: ShippedNarration[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { file, bytes } of files) {
    const report = (field: string, message: string) => problems.push({ file, field, message });
    const match = /^narration\/([^/]+)\/([^/]+)\/([^/]+)\.([^./]+)$/.exec(file);
    if (!match) {
      report('(path)', `expected narration/{locale}/lesson|question/{id}.{${extensions}}`);
      continue;
    }
    const [, locale = '', subject = '', id = '', extension = ''] = match;
    if (!isLocaleCode(locale)) report('(locale)', `"${locale}" is not one of Waypoint's locales`);
    else if (subject !== 'lesson' && subject !== 'question')
      report('(subject)', `"${subject}" must be "lesson" or "question"`);
    else if (subject === 'lesson' && !catalogue.lessons.has(id))
      report('(id)', `no lesson "${id}" in content/lessons`);
    else if (subject === 'question' && !catalogue.quizItems.has(id))
      report('(id)', `no quiz item "${id}" in content/quiz`);
    else if (!(extension in shippedNarrationTypes))
      report('(type)', `".${extension}" is not an audio type Waypoint ships (${extensions})`);
    else if (bytes === 0) report('(audio)', 'the file is empty');
    else if (bytes > MAX_SHIPPED_NARRATION_BYTES)
      report('(audio)', `${bytes} bytes; a narration has at most ${MAX_SHIPPED_NARRATION_BYTES}`);
    else {
      const key = narrationKey(locale, subject, id);
      const twin = seen.get(key);
      if (twin) {
        report('(id)', `narrates the same ${subject} as ${twin}; keep one`);
        continue;
      }
      seen.set(key, file);
      const type = extension as ShippedNarrationExtension;
      narrations.push({
        file,
        key,
        locale,
        subject,
        id,
        extension: type,
        url: shippedNarrationPath(locale, subject, id, type),
      });
    }
  }
  return { narrations, problems };
}

/** One language's shipped narrations, as the index learners' tablets read. */
export function shippedNarrationIndex(
  narrations: readonly ShippedNarration[],
  locale: string,
): ShippedNarrationIndex {
  return Object.fromEntries(
    narrations
      .filter((narration) => narration.locale === locale)
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((narration) => [narration.key, narration.url]),
  );
}
