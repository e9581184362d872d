import { localeCodes, sourceLocale } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import type { Catalogue } from './catalogue.ts';
import { courseDays, type CourseKey } from './course.ts';
import type { ContentProblem } from './integrity.ts';
import { courseKeys, destinationIds, lessonPages, modulePages } from './routes.ts';

/** Lessons are read aloud in a few minutes: about two minutes at a calm pace. */
export const lessonWordLimit = 300;

/** Words in a Markdown text, ignoring its markup. */
export function wordCount(markdown: string): number {
  const text = markdown.replace(/\]\([^)]*\)/g, ']').replace(/[#>*_`[\]|-]/g, ' ');
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Every page path the build makes, for checking internal links. */
export function builtPaths(catalogue: Catalogue): Set<string> {
  const paths = new Set<string>(['/']);
  for (const locale of localeCodes) {
    paths.add(localizedPath(locale));
    paths.add(localizedPath(locale, 'offline'));
    for (const destination of destinationIds(catalogue))
      paths.add(localizedPath(locale, destination));
  }
  for (const { locale, destination, audience } of courseKeys(catalogue)) {
    paths.add(localizedPath(locale, destination, audience));
  }
  for (const { key, module } of modulePages(catalogue)) {
    paths.add(localizedPath(key.locale, key.destination, key.audience, module.id));
  }
  for (const { key, module, lesson } of lessonPages(catalogue)) {
    paths.add(localizedPath(key.locale, key.destination, key.audience, module.id, lesson.id));
  }
  return paths;
}

/** Problems in lesson texts: too long, or a link that leads nowhere. */
export function findLessonTextProblems(
  catalogue: Catalogue,
  lessonBodies: Map<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const paths = builtPaths(catalogue);
  for (const [file, body] of lessonBodies) {
    const words = wordCount(body);
    if (words > lessonWordLimit) {
      problems.push({
        file,
        field: '(text)',
        message: `${words} words; a lesson has at most ${lessonWordLimit}`,
      });
    }
    for (const [, target = ''] of body.matchAll(/\]\(([^)\s]+)[^)]*\)/g)) {
      if (/^(https?:|tel:|mailto:)/.test(target)) continue;
      const path = target.split('#')[0]?.replace(/\/?$/, '/') ?? '';
      if (!target.startsWith('/') || !paths.has(path)) {
        problems.push({
          file,
          field: '(link)',
          message: `"${target}" is not a page Waypoint builds`,
        });
      }
    }
  }
  return problems;
}

/** Every picture id the content uses, with the file that uses it. */
export function usedPictures(catalogue: Catalogue): Map<string, string> {
  const used = new Map<string, string>();
  for (const [id, module] of catalogue.modules) used.set(module.picture, `modules/${id}.yaml`);
  for (const [id, item] of catalogue.quizItems) {
    for (const picture of Object.values(item.pictures ?? {})) used.set(picture, `quiz/${id}.yaml`);
  }
  for (const [id, activity] of catalogue.activities) {
    for (const picture of Object.values(activity.pictures))
      used.set(picture, `activities/${id}.yaml`);
  }
  return used;
}

/** How much of one course exists in one language. */
export interface CoverageRow {
  destination: string;
  audience: string;
  locale: string;
  lessons: [number, number];
  objectives: [number, number];
  quizItems: [number, number];
  /** Share of the course's texts (modules, lessons, quiz items) written in this language. */
  translated: number;
  /** Share that is the source text or reviewed by a speaker. */
  reviewed: number;
}

export function coverage(catalogue: Catalogue): CoverageRow[] {
  const byCourse = (a: CourseKey, b: CourseKey) =>
    a.destination.localeCompare(b.destination) ||
    a.audience.localeCompare(b.audience) ||
    localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale);
  return courseKeys(catalogue)
    .sort(byCourse)
    .map((key: CourseKey) => {
      const modules = courseDays(catalogue, key).flatMap((day) => day.modules);
      const moduleIds = modules.map((m) => m.id);
      const lessonIds = modules.flatMap((m) => m.lessons.map((l) => l.id));
      const objectives = moduleIds.flatMap((id) => catalogue.modules.get(id)?.objectives ?? []);
      const quizIds = [...catalogue.quizItems]
        .filter(([, item]) => objectives.includes(item.objective))
        .map(([id]) => id);
      const statuses = [
        ...moduleIds.map((id) => catalogue.moduleTexts.get(id)?.get(key.locale)?.status),
        ...lessonIds.map((id) => catalogue.lessons.get(id)?.get(key.locale)?.meta.status),
        ...quizIds.map((id) => catalogue.quizItemTexts.get(id)?.get(key.locale)?.status),
      ];
      const share = (count: number) =>
        statuses.length ? Math.round((100 * count) / statuses.length) : 0;
      const objectivesIn = moduleIds.reduce((sum, id) => {
        const text = catalogue.moduleTexts.get(id)?.get(key.locale);
        return sum + (text ? Object.keys(text.objectives).length : 0);
      }, 0);
      return {
        destination: key.destination,
        audience: key.audience,
        locale: key.locale,
        lessons: [
          lessonIds.filter((id) => catalogue.lessons.get(id)?.has(key.locale)).length,
          lessonIds.length,
        ],
        objectives: [objectivesIn, objectives.length],
        quizItems: [
          quizIds.filter((id) => catalogue.quizItemTexts.get(id)?.has(key.locale)).length,
          quizIds.length,
        ],
        translated: share(statuses.filter(Boolean).length),
        reviewed: share(
          statuses.filter(
            (s) => s === 'reviewed' || (s === 'source' && key.locale === sourceLocale),
          ).length,
        ),
      };
    });
}

/** The coverage table as printed by `npm run content:check`. */
export function formatCoverage(rows: CoverageRow[]): string {
  const header = [
    'destination',
    'audience',
    'locale',
    'lessons',
    'objectives',
    'quiz items',
    'translated',
    'reviewed',
  ];
  const cells = rows.map((row) => [
    row.destination,
    row.audience,
    row.locale,
    `${row.lessons[0]}/${row.lessons[1]}`,
    `${row.objectives[0]}/${row.objectives[1]}`,
    `${row.quizItems[0]}/${row.quizItems[1]}`,
    `${row.translated}%`,
    `${row.reviewed}%`,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((c) => c[i]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
