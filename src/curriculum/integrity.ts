import { isLocaleCode, sourceLocale } from '../i18n/locales.ts';
import type { ByLocale, Catalogue } from './catalogue.ts';

/** One thing wrong with the content, named by file (under `content/`) and field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Content that passed each file's schema but does not fit together. */
export class CurriculumError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content does not fit together (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  content/${p.file} → ${p.field}: ${p.message}`).join('\n') +
        '\nFix the files named above; each field is written as it appears in the file.',
    );
    this.name = 'CurriculumError';
    this.problems = problems;
  }
}

/** Checks the cross-references no single file's schema can see. */
export function findContentProblems(catalogue: Catalogue): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) =>
    problems.push({ file, field, message });
  const needSource = (file: string, field: string, id: string) => {
    if (!catalogue.sources.has(id))
      report(file, field, `no source "${id}" in content/sources.yaml`);
  };

  for (const [id, destination] of catalogue.destinations) {
    const file = `destinations/${id}.yaml`;
    destination.emergency.forEach((line, i) =>
      needSource(file, `emergency[${i}].source`, line.source),
    );
    needSource(file, 'receivingProgramme.source', destination.receivingProgramme.source);
  }

  for (const [file, curriculum] of catalogue.curricula) {
    if (!catalogue.destinations.has(curriculum.destination)) {
      report(
        file,
        'destination',
        `no destination "${curriculum.destination}" in content/destinations`,
      );
    }
    curriculum.days.forEach((day, d) =>
      day.modules.forEach((moduleId, m) => {
        const field = `days[${d}].modules[${m}]`;
        const module = catalogue.modules.get(moduleId);
        if (!module) report(file, field, `no module "${moduleId}" in content/modules`);
        else if (!module.audiences.includes(curriculum.audience)) {
          report(file, field, `module "${moduleId}" is not for the ${curriculum.audience} track`);
        }
      }),
    );
  }

  const quizzedObjectives = new Set<string>();
  for (const [id, item] of catalogue.quizItems) {
    const file = `quiz/${id}.yaml`;
    quizzedObjectives.add(item.objective);
    const owner = [...catalogue.modules.values()].some((m) =>
      m.objectives.includes(item.objective),
    );
    if (!owner) report(file, 'objective', `no module has objective "${item.objective}"`);
    if (!item.options.includes(item.answer)) {
      report(file, 'answer', `"${item.answer}" is not one of the options`);
    }
    checkTexts(report, `quiz/${id}`, catalogue.quizItemTexts.get(id), (text, textFile) =>
      checkKeys(report, textFile, 'options', item.options, Object.keys(text.options)),
    );
  }

  for (const [id, module] of catalogue.modules) {
    const file = `modules/${id}.yaml`;
    module.objectives.forEach((objective, i) => {
      if (!quizzedObjectives.has(objective)) {
        report(
          file,
          `objectives[${i}]`,
          `objective "${objective}" has no quiz item in content/quiz`,
        );
      }
    });
    module.lessons.forEach((lesson, i) => {
      const texts = catalogue.lessons.get(lesson.id);
      if (!texts?.has(sourceLocale)) {
        report(file, `lessons[${i}].id`, `no content/lessons/${lesson.id}/${sourceLocale}.md`);
      }
      lesson.destinations?.forEach((destination, j) => {
        if (!catalogue.destinations.has(destination)) {
          report(file, `lessons[${i}].destinations[${j}]`, `no destination "${destination}"`);
        }
      });
    });
    checkTexts(report, `modules/${id}`, catalogue.moduleTexts.get(id), (text, textFile) =>
      checkKeys(report, textFile, 'objectives', module.objectives, Object.keys(text.objectives)),
    );
  }

  for (const [id, texts] of catalogue.lessons) {
    for (const [locale, lesson] of texts) {
      const file = `lessons/${id}/${locale}.md`;
      if (!isLocaleCode(locale))
        report(file, '(file name)', `"${locale}" is not a known locale code`);
      lesson.meta.sources.forEach((source, i) => needSource(file, `sources[${i}]`, source));
    }
  }
  return problems;
}

type Report = (file: string, field: string, message: string) => void;

/** Every text file of an item: a known locale, and an English one to fall back on. */
function checkTexts<T>(
  report: Report,
  stem: string,
  texts: ByLocale<T> | undefined,
  check: (text: T, file: string) => void,
) {
  if (!texts?.has(sourceLocale))
    report(`${stem}.yaml`, '(texts)', `no ${stem}/${sourceLocale}.yaml`);
  for (const [locale, text] of texts ?? []) {
    const file = `${stem}/${locale}.yaml`;
    if (!isLocaleCode(locale))
      report(file, '(file name)', `"${locale}" is not a known locale code`);
    check(text, file);
  }
}

/** A text file must give words for exactly the ids its structure file lists. */
function checkKeys(
  report: Report,
  file: string,
  field: string,
  expected: string[],
  actual: string[],
) {
  for (const key of expected) {
    if (!actual.includes(key)) report(file, `${field}.${key}`, 'missing');
  }
  for (const key of actual) {
    if (!expected.includes(key))
      report(file, `${field}.${key}`, 'not listed in the structure file');
  }
}
